import StoryKit
import StoryTestSupport
import StoryUI
import Testing

/// The Problems screen: what could not be read, with file and reason, reachable with `p`.
@Suite struct ProblemsScreenTests {
  static let large = GridSize(rows: 24, columns: 80)

  @Test func problemsAreListedWithFileAndReason() throws {
    var script = ScreenScript(
      app: ReaderApp(data: try ReaderFixture.withProblems(), size: Self.large))
    #expect(script.grid.text(ofRow: 22).contains("2 problems (p)"))
    try script.press("p")
    let screen = try #require(script.app.top as? ProblemsScreen)
    let names = screen.problems.map { $0.location.split(separator: "/").last ?? "" }
    #expect(names.sorted() == ["broken.jsonl:1", "photo.txt"])
    #expect(screen.problems.allSatisfy { !$0.message.isEmpty })
    try script.press("p")
    #expect(script.app.screens.count == 2)
    try script.press("q")
    #expect(script.app.top is StoriesScreen)
  }

  @Test func longProblemsWrapAtTheSmallestSize() throws {
    var data = FakeReaderData.single(title: "A title", text: "Some text.")
    data.problemList = [
      IngestProblem(
        location: "corpus/feeds/2025/05/agency-wire-export.jsonl:1234",
        message: "invalid JSON (unexpected end of data); skipped"),
      IngestProblem(
        location: "corpus/photo.txt", message: "binary file (contains NUL bytes); skipped"),
      IngestProblem(location: "corpus/\u{1B}[31mevil.txt", message: "empty file; skipped"),
    ]
    var script = ScreenScript(app: ReaderApp(data: data, size: GridSize(rows: 10, columns: 40)))
    try script.press("p")
    try script.snapshot("problems-40x10")
    ScreenGridTests.expectWellFormed(script.grid)
  }

  @Test func noProblemsSaysSo() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    try script.press("p")
    #expect(script.grid.plainText.contains("nothing to report"))
  }

  @Test func helpListsTheKey() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    try script.press("?")
    #expect(script.grid.plainText.contains("List what could not be read"))
  }
}
