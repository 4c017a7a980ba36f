import StoryKit
import StoryUI
import Testing

/// The reader on the bundled sample, driven by keys, compared as plain-text screens at fixed
/// sizes (`Snapshots/*.screen`; `STORYLINE_RECORD_SNAPSHOTS=1` records them again).
@Suite struct SampleScreenTests {
  static let large = GridSize(rows: 24, columns: 80)
  static let small = GridSize(rows: 10, columns: 40)

  @Test func storiesAtBothSizes() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    try script.snapshot("stories-80x24")
    try script.press("j")
    try script.snapshot("stories-80x24-second")
    script.resize(columns: 40, rows: 10)
    try script.snapshot("stories-40x10")
  }

  @Test func storyThenArticleThenBack() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    try script.press("Enter")
    try script.snapshot("story-80x24")
    try script.press("Enter")
    try script.snapshot("article-80x24")
    try script.press("]")
    try script.snapshot("article-80x24-next-quote")
    try script.press("q q")
    try script.snapshot("stories-80x24-after-reading")
    #expect(!script.quit)
    try script.press("q")
    #expect(script.quit)
  }

  @Test func anUndatedStorySaysSo() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    try script.press("G Enter")
    #expect(script.grid.text(ofRow: 1).hasPrefix(" undated · 1 article"))
  }

  @Test func storyAndArticleAtTheSmallestSize() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.small))
    try script.press("Enter")
    try script.snapshot("story-40x10")
    try script.press("Enter")
    try script.snapshot("article-40x10")
  }

  @Test func openingAQuoteStartsTheArticleThere() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    // NB: the last quote stands above the two related stories that end the screen.
    try script.press("Enter G k k Enter")
    try script.snapshot("article-80x24-from-quote")
  }

  @Test func speakersThenTheirQuotesThenAnArticle() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    try script.press("s")
    try script.snapshot("speakers-80x24")
    let speakers = try #require(script.app.top as? SpeakersScreen)
    let lavrov = try #require(speakers.speakers.firstIndex { $0.name == "Sergei Lavrov" })
    try script.press(lavrov == 0 ? "Enter" : "\(lavrov) j Enter")
    try script.snapshot("speaker-quotes-80x24")
    script.resize(columns: 40, rows: 10)
    try script.snapshot("speaker-quotes-40x10")
    try script.press("Enter")
    let article = try #require(script.app.top as? ArticleScreen)
    #expect(article.currentQuote != nil)
    try script.press("q q q")
    #expect(script.app.top is StoriesScreen)
  }

  @Test func helpIsGeneratedForTheScreen() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    try script.press("?")
    try script.snapshot("help-stories-80x24")
    try script.press("? Enter ?")
    try script.snapshot("help-story-80x24")
    try script.press("q")
    #expect(script.app.top is StoryScreen)
  }

  @Test func belowTheMinimumSizeAMessageShowsAndTheStateIsKept() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    try script.press("j")
    script.resize(columns: 39, rows: 10)
    try script.snapshot("too-small-39x10")
    script.resize(columns: 40, rows: 9)
    #expect(script.grid.plainText.contains("Storyline needs a window"))
    script.resize(columns: 80, rows: 24)
    let stories = try #require(script.app.top as? StoriesScreen)
    #expect(stories.cursor.selection == 1)
  }

  @Test func resizeKeepsTheReadingPosition() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    try script.press("Enter Enter 1 2 j")
    let before = try #require(script.app.top as? ArticleScreen)
    let topText = script.grid.text(ofRow: 1)
    script.resize(columns: 40, rows: 10)
    script.resize(columns: 80, rows: 24)
    let after = try #require(script.app.top as? ArticleScreen)
    #expect(after.pager.top == before.pager.top)
    #expect(script.grid.text(ofRow: 1) == topText)
  }

  @Test func countsRepeatMoves() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    try script.press("2")
    #expect(script.grid.text(ofRow: 22).contains("count 2"))
    try script.press("j")
    let stories = try #require(script.app.top as? StoriesScreen)
    #expect(stories.cursor.selection == 2)
  }

  @Test func unboundKeysSaySo() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    try script.press("x")
    #expect(script.grid.text(ofRow: 22).contains("x does nothing here; ? lists the keys"))
    try script.press("d")
    #expect(script.grid.text(ofRow: 22).contains("d (diff) does nothing here"))
    try script.press("j")
    #expect(!script.grid.text(ofRow: 22).contains("does nothing"))
  }

  @Test func quitAtOnceFromDeepInside() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    try script.press("Enter Enter Q")
    #expect(script.quit)
  }

  @Test func everyFrameIsFullWidthAndSafe() throws {
    var app = ReaderApp(data: try ReaderFixture.sample(), size: Self.large)
    for name in "Enter j j Tab Enter ] ] [ Ctrl-d Ctrl-u G g ? q q q".split(separator: " ") {
      _ = app.handle(try #require(Key(name: String(name))))
      let grid = app.render()
      ScreenGridTests.expectWellFormed(grid)
    }
  }
}
