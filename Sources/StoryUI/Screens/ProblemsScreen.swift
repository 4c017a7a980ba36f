import StoryKit

/// What could not be read, in the order met: each file or record skipped, and why.
///
/// Problems used to go to stderr behind the reader's screen; they are kept in the library and
/// listed here instead (`p`, from any screen). Each problem is its location in ``Role/error``
/// and the reason, wrapped to the window:
///
/// ```
///  corpus/broken.jsonl:12: invalid JSON (unexpected end of data); skipped
///  corpus/photo.txt: binary file (contains NUL bytes); skipped
/// ```
public struct ProblemsScreen: Screen {
  /// The problems, in the order met.
  public let problems: [IngestProblem]
  /// The reading position.
  public private(set) var pager = PagerPosition(lineCount: 0)
  private var lines: [StyledText] = []
  private var width = 0
  private var failure: String?

  /// Reads the problems.
  public init(data: any ReaderData) {
    var problems: [IngestProblem] = []
    do {
      problems = try data.problems()
    } catch {
      failure = "cannot read the problems: \(error)"
    }
    self.problems = problems
  }

  public var title: String {
    "Problems: " + Plural.count(problems.count, "input", "inputs") + " not read"
  }

  public var position: String? {
    guard pager.lineCount > pager.visibleRows else { return nil }
    return "\(pager.visible.lowerBound + 1)–\(pager.visible.upperBound)/\(pager.lineCount)"
  }

  public var actions: [Action] { ListCursor.movementActions + [.back, .quit, .help] }

  public var hintActions: [Action] { [.pageDown, .back, .help] }

  public mutating func layout(size: GridSize, data: any ReaderData) {
    if size.columns != width {
      width = size.columns
      lines = problems.flatMap { problem in
        var text = StyledText(problem.location, role: .error)
        text.append(": " + problem.message, role: .normal)
        return text.wrapped(toColumns: max(1, size.columns - 2))
      }
    }
    pager.resize(lineCount: lines.count, visibleRows: size.rows)
  }

  public mutating func handle(_ command: Command, data: any ReaderData) -> EventResult {
    if let moved = pager.perform(command) { return moved ? .redraw : .handled }
    return .notHandled
  }

  public func draw(into grid: inout ScreenGrid) {
    if let failure {
      grid.write(" " + failure, row: 0, column: 0, role: .error)
      return
    }
    guard !problems.isEmpty else {
      grid.write("  (nothing to report: every input was read)", row: 0, column: 0, role: .dim)
      return
    }
    for (row, index) in pager.visible.enumerated() {
      grid.write(lines[index], row: row, column: 1, width: grid.columns - 1)
    }
  }
}
