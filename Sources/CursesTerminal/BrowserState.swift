import StoryUI

/// Everything the browser shows, and how keys change it; no terminal involved.
///
/// The browser has two modes: the list of rows, and a pager on one row's body. The screen is
/// laid out as a header line, a content area, and a hint bar on the last line; the content area
/// is `height - 2` lines tall.
///
/// ```swift
/// var state = BrowserState(title: "Sample", rows: rows, width: 80, height: 24)
/// _ = state.handle(.down)   // .redraw
/// _ = state.handle(.enter)  // .redraw, the pager is open
/// let screen = state.screen()
/// ```
struct BrowserState: Sendable {
  /// The pager on one row.
  struct Pager: Hashable, Sendable {
    /// The index of the row being read.
    var row: Int
    /// The article laid out for the current width.
    var lines: [Screen.Line]
    /// The scroll position over `lines`.
    var viewport: PagerViewport
  }

  /// The browser title, sanitized.
  let title: String
  /// The rows, in display order.
  let rows: [BrowserRow]
  /// The screen width in columns.
  private(set) var width: Int
  /// The screen height in lines.
  private(set) var height: Int
  /// The selection and scroll position of the list.
  private(set) var list: ListViewport
  /// The open pager, or `nil` while the list is shown.
  private(set) var pager: Pager?

  /// Creates the browser state showing the list with the first row selected.
  ///
  /// - Parameters:
  ///   - title: The browser title (untrusted; it is sanitized).
  ///   - rows: The rows to list.
  ///   - width: The screen width in columns.
  ///   - height: The screen height in lines.
  init(title: String, rows: [BrowserRow], width: Int, height: Int) {
    self.title = TerminalText.sanitized(title)
    self.rows = rows
    self.width = max(width, 0)
    self.height = max(height, 0)
    self.list = ListViewport(count: rows.count, height: Self.contentHeight(forScreenHeight: height))
    self.pager = nil
  }

  /// The key bindings of the current mode.
  var bindings: [BrowserKeymap.KeyBinding] {
    pager == nil ? BrowserKeymap.list : BrowserKeymap.pager
  }

  /// The number of lines between the header and the hint bar.
  var contentHeight: Int { Self.contentHeight(forScreenHeight: height) }

  private static func contentHeight(forScreenHeight height: Int) -> Int {
    max(height - 2, 0)
  }

  /// Adapts to a new screen size: the list keeps its selection visible, the pager re-wraps.
  ///
  /// NB: re-wrapping changes the number of lines, so the pager keeps its place in proportion
  /// (the top line stays at the same fraction of the article), not at the same line number.
  mutating func resize(width: Int, height: Int) {
    self.width = max(width, 0)
    self.height = max(height, 0)
    list.resize(height: contentHeight)
    if let open = pager {
      let lines = Self.articleLines(for: rows[open.row], width: self.width)
      let oldCount = max(open.lines.count, 1)
      let top = open.viewport.top * lines.count / oldCount
      let viewport = PagerViewport(count: lines.count, height: contentHeight, top: top)
      pager = Pager(row: open.row, lines: lines, viewport: viewport)
    }
  }

  /// Handles one key press.
  ///
  /// - Parameter key: The key.
  /// - Returns: ``BrowserEventResult/redraw`` when the key did something,
  ///   ``BrowserEventResult/ignored`` when it is not bound in this mode, and
  ///   ``BrowserEventResult/quit`` when the user asked to leave.
  mutating func handle(_ key: BrowserKey) -> BrowserEventResult {
    guard let action = BrowserKeymap.action(for: key, in: bindings) else { return .ignored }
    return perform(action)
  }

  /// Performs `action` in the current mode.
  mutating func perform(_ action: BrowserAction) -> BrowserEventResult {
    if var open = pager {
      switch action {
      case .moveUp: open.viewport.scroll(by: -1)
      case .moveDown: open.viewport.scroll(by: 1)
      case .pageUp: open.viewport.pageUp()
      case .pageDown: open.viewport.pageDown()
      case .moveToFirst: open.viewport.moveToFirst()
      case .moveToEnd: open.viewport.moveToEnd()
      case .back:
        pager = nil
        return .redraw
      case .quit: return .quit
      case .open: return .ignored
      }
      pager = open
      return .redraw
    }
    switch action {
    case .moveUp: list.moveUp()
    case .moveDown: list.moveDown()
    case .pageUp: list.pageUp()
    case .pageDown: list.pageDown()
    case .moveToFirst: list.moveToFirst()
    case .moveToEnd: list.moveToEnd()
    case .open:
      guard rows.indices.contains(list.selection) else { return .ignored }
      let lines = Self.articleLines(for: rows[list.selection], width: width)
      let viewport = PagerViewport(count: lines.count, height: contentHeight)
      pager = Pager(row: list.selection, lines: lines, viewport: viewport)
    case .back: return .ignored
    case .quit: return .quit
    }
    return .redraw
  }
}
