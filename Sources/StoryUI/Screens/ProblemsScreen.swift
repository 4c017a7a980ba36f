import StoryKit

/// What could not be read, in the order met: each file or record skipped, and why; first, what
/// in the configuration file could not be used.
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
  /// What in the configuration file could not be used, in file order.
  public let configurationProblems: [ConfigurationProblem]
  /// The reading position.
  public private(set) var pager = PagerPosition(lineCount: 0)
  private var lines: [StyledText] = []
  private var width = 0
  private var failure: String?

  /// Reads the problems.
  ///
  /// - Parameters:
  ///   - data: Where to read the input problems.
  ///   - configurationProblems: The configuration file's problems, listed first.
  public init(data: any ReaderData, configurationProblems: [ConfigurationProblem] = []) {
    self.configurationProblems = configurationProblems
    var problems: [IngestProblem] = []
    do {
      problems = try data.problems()
    } catch {
      failure = "cannot read the problems: \(error)"
    }
    self.problems = problems
  }

  public var title: String {
    let inputs = Plural.count(problems.count, "input", "inputs") + " not read"
    guard !configurationProblems.isEmpty else { return "Problems: " + inputs }
    let entries =
      Plural.count(configurationProblems.count, "configuration entry", "configuration entries")
      + " not used"
    return "Problems: " + (problems.isEmpty ? entries : inputs + ", " + entries)
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
      let configuration = configurationProblems.map {
        IngestProblem(location: $0.location, message: $0.message)
      }
      lines = (configuration + problems).flatMap { problem in
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
    guard !problems.isEmpty || !configurationProblems.isEmpty else {
      grid.write("  (nothing to report: every input was read)", row: 0, column: 0, role: .dim)
      return
    }
    for (row, index) in pager.visible.enumerated() {
      grid.write(lines[index], row: row, column: 1, width: grid.columns - 1)
    }
  }
}
