import StoryKit
import StoryUI
import Testing

/// The article screen's `b` (the lines cleaning removed, dimmed in place with their reason)
/// and `d` (what a copy changed against its original, like a diff).
@Suite struct ArticleChangesScreenTests {
  static func app(_ data: any ReaderData, article: String, columns: Int, rows: Int) -> ReaderApp {
    let size = GridSize(rows: rows, columns: columns)
    return ReaderApp(
      data: data, size: size, home: ArticleScreen(article: ArticleID(article), data: data))
  }

  @Test func removedLinesShowInPlaceWithTheirReason() throws {
    let data = try ReaderFixture.edits()
    var script = ScreenScript(app: Self.app(data, article: "tram-edited", columns: 80, rows: 24))
    try script.press("b")
    try script.snapshot("article-removed-80x24")
    let text = script.grid.plainText
    #expect(text.contains("By Per Holm | Radio Lindholm [byline]"))
    #expect(text.contains("Share this article [boilerplate]"))
    #expect(text.contains("[repeated]"))
    // NB: quotes are still highlighted with the removed lines shown.
    #expect(script.grid.roleMap.contains("QQQQ"))
    try script.press("G")
    try script.snapshot("article-removed-end-80x24")
    #expect(script.grid.plainText.contains("Follow us on Twitter"))
    try script.press("b")
    #expect(!script.grid.plainText.contains("[boilerplate]"))
  }

  @Test func removedLinesOnASmallWindow() throws {
    let data = try ReaderFixture.edits()
    var script = ScreenScript(app: Self.app(data, article: "tram-edited", columns: 40, rows: 10))
    try script.press("b 7 j")
    try script.snapshot("article-removed-40x10")
  }

  @Test func diffShowsWhatTheCopyChanged() throws {
    let data = try ReaderFixture.edits()
    var script = ScreenScript(app: Self.app(data, article: "tram-edited", columns: 80, rows: 24))
    try script.press("d")
    try script.snapshot("article-diff-80x24")
    let text = script.grid.plainText
    #expect(text.contains("+ The tram will run every eight minutes"))
    #expect(text.contains("- The tram will run every six minutes"))
    #expect(script.grid.roleMap.contains("++++"))
    #expect(script.grid.roleMap.contains("----"))
    try script.press("G")
    #expect(script.grid.plainText.contains("- Work on the first section"))
    try script.press("q")
    let screen = try #require(script.app.top as? ArticleScreen)
    #expect(!screen.showsDiff)
  }

  @Test func diffOnASmallWindow() throws {
    let data = try ReaderFixture.edits()
    var script = ScreenScript(app: Self.app(data, article: "tram-edited", columns: 40, rows: 10))
    try script.press("d G")
    try script.snapshot("article-diff-40x10")
  }

  @Test func diffOnAnOriginalSaysItIsNotACopy() throws {
    let data = try ReaderFixture.edits()
    var script = ScreenScript(app: Self.app(data, article: "tram-wire", columns: 80, rows: 24))
    try script.press("d")
    #expect(script.grid.plainText.contains("this article is not a copy"))
    let screen = try #require(script.app.top as? ArticleScreen)
    #expect(!screen.showsDiff)
  }

  @Test func diffOnAFakeArticleWithoutCopySaysSo() throws {
    let data = FakeReaderData.single(title: "One", text: "alpha")
    var script = ScreenScript(app: Self.app(data, article: "a1", columns: 80, rows: 24))
    try script.press("d")
    #expect(script.grid.plainText.contains("not a copy"))
  }
}
