/// The first line in view of a text taller than its window, as `less` scrolls it.
///
/// ```swift
/// var pager = PagerPosition(lineCount: 100, visibleRows: 20)
/// pager.perform(Command(.pageDown))  // top 20
/// pager.perform(Command(.bottom))    // top 80: the last line at the bottom of the window
/// ```
public struct PagerPosition: Hashable, Sendable {
  /// The number of lines of text.
  public private(set) var lineCount: Int
  /// How many lines fit in the window.
  public private(set) var visibleRows: Int
  /// The first line in view.
  public private(set) var top: Int = 0

  /// Creates a position at the top.
  public init(lineCount: Int, visibleRows: Int = 1) {
    self.lineCount = max(0, lineCount)
    self.visibleRows = max(1, visibleRows)
  }

  /// The lines in view.
  public var visible: Range<Int> { top..<min(lineCount, top + visibleRows) }

  /// The highest `top` that still fills the window.
  public var maximumTop: Int { max(0, lineCount - visibleRows) }

  /// Whether the last line is in view.
  public var isAtEnd: Bool { top >= maximumTop }

  /// Changes the text's length and the window's height, keeping `top` (clamped).
  public mutating func resize(lineCount: Int, visibleRows: Int) {
    self.lineCount = max(0, lineCount)
    self.visibleRows = max(1, visibleRows)
    scroll(to: top)
  }

  /// Puts line `line` (clamped) at the top of the window; returns whether anything moved.
  @discardableResult
  public mutating func scroll(to line: Int) -> Bool {
    let before = top
    top = max(0, min(line, maximumTop))
    return top != before
  }

  /// Carries out a movement command (lines, half pages, pages, top, bottom); returns `nil` for
  /// any other action, else whether the text moved.
  @discardableResult
  public mutating func perform(_ command: Command) -> Bool? {
    let half = max(1, visibleRows / 2)
    switch command.action {
    case .moveDown: return scroll(to: top + command.repeats)
    case .moveUp: return scroll(to: top - command.repeats)
    case .halfPageDown: return scroll(to: top + half * command.repeats)
    case .halfPageUp: return scroll(to: top - half * command.repeats)
    case .pageDown: return scroll(to: top + visibleRows * command.repeats)
    case .pageUp: return scroll(to: top - visibleRows * command.repeats)
    case .top: return scroll(to: command.count.map { $0 - 1 } ?? 0)
    case .bottom: return scroll(to: maximumTop)
    default: return nil
    }
  }
}
