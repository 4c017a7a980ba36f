import StoryKit
import StoryUI
import Testing

/// Search as you type on the bundled sample: the prompt, the hits on every keystroke, the
/// results kept as a screen, matches marked in the article, `Esc` back to where the user was.
@Suite struct SearchScreenTests {
  static let large = GridSize(rows: 24, columns: 80)
  static let small = GridSize(rows: 10, columns: 40)

  /// The keys that type `text`, one character at a time.
  static func typing(_ text: String) -> String {
    text.map { $0 == " " ? "Space" : String($0) }.joined(separator: " ")
  }

  @Test func hitsUpdateOnEveryKeystroke() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    try script.press("/")
    try script.snapshot("search-empty-80x24")
    var counts: [Int] = []
    for character in "Istanbul" {
      try script.press(Self.typing(String(character)))
      counts.append(try #require(script.app.top as? SearchScreen).hits.count)
    }
    #expect(counts.last == 2)
    #expect(counts.first ?? 0 >= counts.last ?? 0)
    try script.snapshot("search-istanbul-80x24")
    script.resize(columns: 40, rows: 10)
    try script.snapshot("search-istanbul-40x10")
  }

  @Test func enterKeepsTheResultsAndOpensAHitWithItsMatchesMarked() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    try script.press("/ " + Self.typing("lavrov") + " Enter")
    let kept = try #require(script.app.top as? SearchScreen)
    #expect(!kept.isEditing)
    #expect(kept.title == "Search: lavrov")
    try script.press("n")
    #expect(try #require(script.app.top as? SearchScreen).cursor.selection == 1)
    try script.press("N Enter")
    let article = try #require(script.app.top as? ArticleScreen)
    #expect(article.matches.count > 1)
    #expect(article.currentMatch == 0)
    try script.snapshot("search-article-80x24")
    try script.press("n")
    #expect(try #require(script.app.top as? ArticleScreen).currentMatch == 1)
    #expect(script.grid.text(ofRow: 22).contains("match 2 of"))
    try script.press("q q")
    #expect(script.app.top is StoriesScreen)
  }

  @Test func escapeRestoresWhereTheUserWas() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    try script.press("Enter j")
    let before = script.grid
    try script.press("/ " + Self.typing("lav") + " Esc")
    #expect(script.app.screens.count == 2)
    #expect(script.grid == before)
  }

  @Test func keysInThePromptAreText() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    try script.press("/ q 2 j Q ?")
    let search = try #require(script.app.top as? SearchScreen)
    #expect(search.query == "q2jQ?")
    #expect(!script.quit)
    try script.press("Backspace Backspace Backspace Backspace Backspace")
    #expect(script.app.top is SearchScreen)
    try script.press("Backspace")
    #expect(script.app.top is StoriesScreen)
  }

  @Test func aMalformedQueryShowsItsMessageAndKeepsTheHits() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    try script.press("/ " + Self.typing("lavrov is:b"))
    let search = try #require(script.app.top as? SearchScreen)
    #expect(search.queryError != nil)
    #expect(!search.hits.isEmpty)
    try script.snapshot("search-invalid-80x24")
    let status = script.grid.row(22)
    #expect(status.contains { $0.role == .error })
  }

  @Test func slashInKeptResultsEditsTheQuery() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    try script.press("/ " + Self.typing("rubio") + " Enter / Backspace Backspace")
    let search = try #require(script.app.top as? SearchScreen)
    #expect(search.isEditing)
    #expect(search.query == "rub")
    #expect(script.app.screens.count == 2)
  }
}
