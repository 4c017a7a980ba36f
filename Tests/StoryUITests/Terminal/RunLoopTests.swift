import StoryKit
import StoryUI
import Testing

/// The run loop on the virtual terminal: keys in, frames out, resizes drained.
@MainActor
@Suite struct RunLoopTests {
  static let large = GridSize(rows: 24, columns: 80)

  @Test func quittingEndsTheRun() throws {
    let terminal = VirtualTerminal(size: Self.large, script: "j Enter q q")
    var app = ReaderApp(data: try ReaderFixture.sample(), size: Self.large)
    #expect(app.run(on: terminal) == .quit)
    // NB: the first frame, then one per key that changed the screen.
    #expect(terminal.frames.count == 4)
    #expect(terminal.frames.last?.text(ofRow: 0).contains("Stories") == true)
  }

  @Test func aBurstOfResizesIsDrawnOnce() throws {
    let terminal = VirtualTerminal(size: Self.large)
    terminal.resize(to: GridSize(rows: 20, columns: 70))
    terminal.resize(to: GridSize(rows: 12, columns: 50))
    terminal.resize(to: GridSize(rows: 10, columns: 40))
    terminal.type("j")
    var app = ReaderApp(data: try ReaderFixture.sample(), size: Self.large)
    #expect(app.run(on: terminal) == .closed(signal: nil))
    let sizes = terminal.frames.map(\.size)
    #expect(
      sizes == [
        Self.large, GridSize(rows: 10, columns: 40), GridSize(rows: 10, columns: 40),
      ])
    let stories = try #require(app.top as? StoriesScreen)
    #expect(stories.cursor.selection == 1)
  }

  @Test func aSignalEndsTheRunWithItsNumber() throws {
    let terminal = VirtualTerminal(size: Self.large, script: "Enter")
    terminal.close(signal: 15)
    terminal.type("Enter")
    var app = ReaderApp(data: try ReaderFixture.sample(), size: Self.large)
    #expect(app.run(on: terminal) == .closed(signal: 15))
    #expect(app.top is StoryScreen)
  }

  @Test func keysThatChangeNothingDrawNothing() throws {
    let terminal = VirtualTerminal(size: Self.large, script: "k k g")
    var app = ReaderApp(data: try ReaderFixture.sample(), size: Self.large)
    _ = app.run(on: terminal)
    #expect(terminal.frames.count == 1)
  }

  @Test func theFirstFrameFitsTheTerminal() throws {
    let small = GridSize(rows: 10, columns: 40)
    let terminal = VirtualTerminal(size: small)
    var app = ReaderApp(data: try ReaderFixture.sample(), size: Self.large)
    _ = app.run(on: terminal)
    #expect(terminal.frames.first?.size == small)
  }
}
