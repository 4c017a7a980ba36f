import StoryKit

/// The screen shown while the library opens (the first open analyses every file): the stage,
/// how much is done, the rate and the time left, drawn from ``LibraryProgress`` reports.
///
/// It is shown before there is a library to read, so it is not one of ``ReaderApp``'s screens:
/// the run loop (``run(on:now:poll:)``) draws it until the library is open, then the caller
/// starts the app. Drawing is a pure function of the reports and the time passed in.
///
/// ```swift
/// var screen = ProgressScreen(corpusName: "corpus")
/// screen.record(LibraryProgress(stage: .quotes, done: 500, total: 2_000), at: 3)
/// let grid = screen.render(size: GridSize(rows: 24, columns: 80), now: 4)
/// ```
public struct ProgressScreen: Hashable, Sendable {
  /// What a key did while the library opens.
  public enum KeyOutcome: Hashable, Sendable {
    /// Nothing to show anew.
    case unchanged
    /// The frame changed (a message, a new size).
    case redraw
    /// The user asked to quit; the analysis is abandoned, and not saved.
    case quit
  }

  /// The stages that count towards `n of m` (waiting for another process is not one).
  static let countedStages = LibraryProgress.Stage.allCases.filter { $0 != .waiting }

  /// What the status line calls the inputs (`sample`, `corpus +2`).
  public let corpusName: String
  /// The key bindings: `back` and `quit` quit here.
  public let keymap: Keymap
  /// The rate and time left, from the reports so far.
  public private(set) var estimate = ProgressEstimate()
  /// A message for the status line, until the next key.
  public private(set) var message: String?

  /// A Progress screen for the inputs called `corpusName`.
  public init(corpusName: String, keymap: Keymap = .default) {
    self.corpusName = corpusName
    self.keymap = keymap
  }

  /// Takes a progress report received at `time` (seconds on a monotonic clock).
  public mutating func record(_ progress: LibraryProgress, at time: Double) {
    estimate.record(progress, at: time)
  }

  /// Handles a key: `back` and `quit` (`q`, `Q`, `Esc`) and `Ctrl-C` quit; a resize redraws;
  /// any other key says on the status line what is going on.
  public mutating func handle(_ key: Key) -> KeyOutcome {
    if key == .resize { return .redraw }
    if key == .control("c") { return .quit }
    if let action = keymap.action(for: key), action == .quit || action == .back { return .quit }
    if case .mouse = key { return .unchanged }
    message = "the stories appear when the library is open; \(quitKeys) quits"
    return .redraw
  }

  /// The keys that quit, as the hint bar names them (`q/Q`).
  private var quitKeys: String {
    let keys = [keymap.keys(for: .back).first, keymap.keys(for: .quit).first]
      .compactMap { $0?.description }
    return (keys.isEmpty ? ["Ctrl-c"] : keys).joined(separator: "/")
  }

  /// The frame for `size` as of `now` (seconds on the clock the reports were timed with).
  public func render(size: GridSize, now: Double) -> ScreenGrid {
    var grid = ScreenGrid(size: size)
    guard size.rows >= ReaderApp.minimumSize.rows, size.columns >= ReaderApp.minimumSize.columns
    else {
      drawTooSmall(into: &grid)
      return grid
    }
    grid.fill(row: 0, role: .title)
    grid.write(" Opening the library", row: 0, column: 0, width: grid.columns - 1, role: .title)
    drawBody(into: &grid, now: now)

    let statusRow = grid.rows - 2
    grid.fill(row: statusRow, role: .status)
    let elapsed = estimate.firstTime.map { ProgressText.duration(max(0, now - $0)) } ?? ""
    let rightStart = grid.writeRight(
      elapsed.isEmpty ? "" : elapsed + " ", row: statusRow, width: grid.columns / 2,
      role: .status)
    grid.write(
      " " + (message ?? corpusName + " · opening"), row: statusRow, column: 0,
      width: rightStart - 1, role: .status)

    let hintRow = grid.rows - 1
    grid.fill(row: hintRow, role: .hint)
    grid.write(
      " \(quitKeys) quit (an unfinished first analysis is not kept)", row: hintRow, column: 0,
      width: grid.columns - 1, role: .hint)
    return grid
  }

  /// The stage, counts, bar, rate and time left, from the third row down.
  private func drawBody(into grid: inout ScreenGrid, now: Double) {
    let labelWidth = 10
    let valueColumn = 2 + labelWidth
    let valueWidth = grid.columns - valueColumn - 1
    var row = 2
    func line(_ label: String, _ value: String, role: Role = .normal) {
      guard row < grid.rows - 3 else { return }
      grid.write(label, row: row, column: 2, width: labelWidth, role: .dim)
      grid.write(value, row: row, column: valueColumn, width: valueWidth, role: role)
      row += 1
    }
    guard let progress = estimate.latest else {
      line("Stage", "opening " + corpusName)
      return
    }
    var stage = progress.stage.rawValue
    if let index = Self.countedStages.firstIndex(of: progress.stage) {
      stage += "  (\(index + 1) of \(Self.countedStages.count))"
    }
    line("Stage", stage, role: .title)
    if let batch = progress.batch {
      line(
        "Batch",
        "\(batch.number) of about \(batch.estimatedCount): a large input is analysed a part at a time"
      )
    }
    let unit = progress.stage == .reading ? "files" : "articles"
    var done = ProgressText.count(progress.done)
    if let total = progress.total {
      done += " of " + ProgressText.count(total)
    }
    done += " " + unit
    if let fraction = estimate.fraction { done += "  \(Int((fraction * 100).rounded(.down)))%" }
    line("Done", done)
    if let fraction = estimate.fraction, row < grid.rows - 3 {
      let width = max(0, min(valueWidth, 50))
      let filled = Int((fraction * Double(width)).rounded(.down))
      grid.write(
        String(repeating: " ", count: filled), row: row, column: valueColumn, width: filled,
        role: .selected, ellipsis: false)
      grid.write(
        String(repeating: "·", count: width - filled), row: row, column: valueColumn + filled,
        width: width - filled, role: .dim, ellipsis: false)
      row += 1
    }
    line("Rate", estimate.rate.map { ProgressText.rate($0, unit) } ?? "–")
    let left = estimate.secondsLeft(at: now).map { "about " + ProgressText.duration($0) } ?? "–"
    line("Left", left + " in this stage")
    line("Elapsed", ProgressText.duration(estimate.stageSeconds(at: now)) + " in this stage")
    row += 1
    let note = StyledText(
      "The first open analyses every file once and keeps the result, so later opens start "
        + "at once. The stories appear as soon as it is done.", role: .dim)
    for text in note.wrapped(toColumns: max(1, grid.columns - 4)) where row < grid.rows - 3 {
      grid.write(text, row: row, column: 2)
      row += 1
    }
  }

  /// The message shown when the window is below the reader's minimum size.
  private func drawTooSmall(into grid: inout ScreenGrid) {
    let text =
      "Opening the library… The window is \(grid.size); the reader needs "
      + "\(ReaderApp.minimumSize). \(quitKeys) quits."
    let lines = StyledText(text, role: .error).wrapped(toColumns: max(1, grid.columns))
    let first = max(0, (grid.rows - lines.count) / 2)
    for (index, line) in lines.enumerated() where first + index < grid.rows {
      grid.write(line, row: first + index, column: 0)
    }
  }
}
