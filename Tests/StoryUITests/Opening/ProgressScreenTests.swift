import StoryKit
import StoryUI
import Testing

/// The Progress screen shown while the library opens: its frames as snapshots, its keys, and
/// its run loop on the virtual terminal.
@MainActor
@Suite struct ProgressScreenTests {
  static let large = GridSize(rows: 24, columns: 80)
  static let small = GridSize(rows: 10, columns: 40)

  /// A screen part-way through finding quotes: 2 s into the stage, 5 s after the first report.
  static func midway() -> ProgressScreen {
    var screen = ProgressScreen(corpusName: "corpus +1")
    screen.record(LibraryProgress(stage: .checking, done: 0, total: nil), at: 100)
    screen.record(LibraryProgress(stage: .reading, done: 0, total: 2), at: 100.5)
    screen.record(LibraryProgress(stage: .quotes, done: 1_000, total: 20_000), at: 103)
    screen.record(LibraryProgress(stage: .quotes, done: 7_250, total: 20_000), at: 105)
    return screen
  }

  static func expectSnapshot(
    _ grid: ScreenGrid, _ name: String, note: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let text =
      "# \(name): \(grid.size), \(note)\n" + grid.plainText + "-- roles --\n" + grid.roleMap
    try Snapshots.expectMatch(text, named: name, sourceLocation: sourceLocation)
  }

  @Test func midwayAt80x24() throws {
    let grid = Self.midway().render(size: Self.large, now: 105)
    try Self.expectSnapshot(grid, "progress-80x24", note: "quotes 7,250 of 20,000 at 105 s")
    ScreenGridTests.expectWellFormed(grid)
  }

  @Test func midwayAt40x10() throws {
    let grid = Self.midway().render(size: Self.small, now: 106)
    try Self.expectSnapshot(grid, "progress-40x10", note: "quotes 7,250 of 20,000 at 106 s")
    ScreenGridTests.expectWellFormed(grid)
  }

  @Test func beforeTheFirstReport() throws {
    let grid = ProgressScreen(corpusName: "corpus").render(size: Self.large, now: 0)
    try Self.expectSnapshot(grid, "progress-start-80x24", note: "no report yet")
  }

  @Test func tooSmallAWindowSaysSoAndHowToQuit() throws {
    let grid = Self.midway().render(size: GridSize(rows: 8, columns: 30), now: 105)
    #expect(grid.plainText.contains("q/Q quits"))
  }

  @Test func aBatchedAnalysisSaysWhichBatchAndAboutHowMany() {
    var screen = ProgressScreen(corpusName: "large.jsonl")
    screen.record(
      LibraryProgress(
        stage: .quotes, done: 500, total: 1_000,
        batch: LibraryProgress.Batch(number: 2, estimatedCount: 3)),
      at: 10)
    let text = screen.render(size: Self.large, now: 11).plainText
    #expect(text.contains("Batch     2 of about 3"))
    #expect(!Self.midway().render(size: Self.large, now: 105).plainText.contains("Batch"))
    // NB: the estimate never says fewer batches than the one under way.
    #expect(LibraryProgress.Batch(number: 4, estimatedCount: 3).estimatedCount == 4)
  }

  @Test func stageNamesAreTheLibrarys() {
    for stage in LibraryProgress.Stage.allCases {
      var screen = ProgressScreen(corpusName: "c")
      screen.record(LibraryProgress(stage: stage, done: 1, total: 2), at: 0)
      #expect(screen.render(size: Self.large, now: 1).plainText.contains(stage.rawValue))
    }
  }

  @Test(arguments: [
    ("q", ProgressScreen.KeyOutcome.quit), ("Q", .quit), ("Esc", .quit), ("Ctrl-c", .quit),
    ("j", .redraw), ("Enter", .redraw),
  ])
  func keys(_ name: String, _ outcome: ProgressScreen.KeyOutcome) throws {
    var screen = ProgressScreen(corpusName: "c")
    let key = try #require(Key.script(name)?.first)
    #expect(screen.handle(key) == outcome)
    if outcome == .redraw {
      #expect(screen.render(size: Self.large, now: 0).text(ofRow: 22).contains("q/Q quits"))
    }
  }

  /// A clock that moves `step` seconds each time it is read.
  final class FakeClock {
    var time = 0.0
    let step: Double
    init(step: Double) { self.step = step }
    func now() -> Double {
      time += step
      return time
    }
  }

  @Test func finishesWithTheResultAndDrawsAtMostTenTimesASecond() {
    let terminal = VirtualTerminal(size: Self.large)
    var screen = ProgressScreen(corpusName: "c")
    let clock = FakeClock(step: 0.01)
    var polls = 0
    let end = screen.run(on: terminal, now: clock.now) {
      () -> ProgressScreen.OpeningState<String> in
      polls += 1
      // NB: a new report on every poll, 100 a second, for 3 seconds.
      if polls > 300 { return .finished("library") }
      return .working(LibraryProgress(stage: .stories, done: polls, total: 300))
    }
    guard case .finished("library") = end else {
      Issue.record("expected the result, got \(end)")
      return
    }
    #expect(terminal.frames.count >= 25 && terminal.frames.count <= 31)
    #expect(terminal.lastFrame?.plainText.contains("stories") == true)
  }

  @Test func quittingDuringTheWorkEndsTheRun() {
    let terminal = VirtualTerminal(size: Self.large, script: "j q")
    var screen = ProgressScreen(corpusName: "c")
    let end = screen.run(on: terminal, now: FakeClock(step: 0.01).now) {
      ProgressScreen.OpeningState<String>.working(nil)
    }
    guard case .quit = end else {
      Issue.record("expected quit, got \(end)")
      return
    }
    #expect(terminal.lastFrame?.text(ofRow: 22).contains("q/Q quits") == true)
  }

  @Test func aSignalEndsTheRunWithItsNumber() {
    let terminal = VirtualTerminal(size: Self.large)
    terminal.close(signal: 2)
    var screen = ProgressScreen(corpusName: "c")
    let end = screen.run(on: terminal, now: FakeClock(step: 0.01).now) {
      ProgressScreen.OpeningState<String>.working(nil)
    }
    guard case .closed(signal: 2) = end else {
      Issue.record("expected the signal, got \(end)")
      return
    }
  }

  @Test func aBurstOfResizesIsDrawnOnceAtTheLastSize() {
    let terminal = VirtualTerminal(size: Self.large)
    terminal.resize(to: GridSize(rows: 20, columns: 70))
    terminal.resize(to: Self.small)
    var screen = ProgressScreen(corpusName: "c")
    var polls = 0
    _ = screen.run(on: terminal, now: FakeClock(step: 0.001).now) {
      () -> ProgressScreen.OpeningState<String> in
      polls += 1
      return polls > 5 ? .finished("library") : .working(nil)
    }
    #expect(terminal.frames.map(\.size) == [Self.large, Self.small])
  }
}
