import StoryKit
import StoryUI
import Testing

/// `u` (read or unread) and `m` (star) on the story list and in an article: shown on screen and
/// kept in the library's reading state through ``ReaderData``.
@Suite struct ReadingStateScreenTests {
  static let large = GridSize(rows: 24, columns: 80)

  @Test func starringAndReadingAStoryShowsAndIsKept() throws {
    let data = try ReaderFixture.sample()
    var script = ScreenScript(app: ReaderApp(data: data, size: Self.large))
    let stories = try #require(script.app.top as? StoriesScreen)
    let story = try #require(stories.selected).heading.id
    try script.press("m u")
    try script.snapshot("stories-80x24-starred-read")
    let state = try data.library.readingState(of: story)
    #expect(state.isStarred)
    #expect(state.isRead)
    let item = try #require((script.app.top as? StoriesScreen)?.selected)
    #expect(item.isStarred)
    #expect(!item.isUnread)

    try script.press("m u")
    let again = try data.library.readingState(of: story)
    #expect(!again.isStarred)
    #expect(!again.isRead)
    #expect((script.app.top as? StoriesScreen)?.selected?.isUnread == true)
  }

  @Test func aStoryReadArticleByArticleCanBeMarkedUnreadAgain() throws {
    let data = try ReaderFixture.sample()
    var script = ScreenScript(app: ReaderApp(data: data, size: Self.large))
    // NB: the last story of the sample has one article; opening it reads the whole story.
    try script.press("G Enter Enter q q")
    let story = try #require((script.app.top as? StoriesScreen)?.selected).heading.id
    #expect(try data.library.readingState(of: story).isRead)
    try script.press("u")
    #expect(try !data.library.readingState(of: story).isRead)
    #expect((script.app.top as? StoriesScreen)?.selected?.isUnread == true)
  }

  @Test func anArticleCanBeStarredAndMarkedUnread() throws {
    let data = try ReaderFixture.sample()
    var script = ScreenScript(app: ReaderApp(data: data, size: Self.large))
    try script.press("G Enter Enter")
    let article = try #require(script.app.top as? ArticleScreen).articleID
    #expect(try data.library.readingState(of: article).isRead)
    try script.press("m")
    try script.snapshot("article-80x24-starred")
    try script.press("u")
    try script.snapshot("article-80x24-unread")
    let state = try data.library.readingState(of: article)
    #expect(state.isStarred)
    #expect(!state.isRead)
    try script.press("u m")
    let back = try data.library.readingState(of: article)
    #expect(back.isRead)
    #expect(!back.isStarred)
    #expect(script.app.top.title.first != "*")
  }

  @Test func theStateGoesThroughReaderData() throws {
    let data = FakeReaderData.single(title: "A title", text: "Some text.")
    var script = ScreenScript(app: ReaderApp(data: data, size: Self.large))
    try script.press("m")
    #expect(try data.readingState(of: StoryID("s1")).isStarred)
    #expect(script.grid.plainText.contains("•*"))
    try script.press("Enter Enter m u")
    let state = try data.readingState(of: ArticleID("a1"))
    #expect(state.isStarred)
    #expect(!state.isRead)
  }

  @Test func theKeysAreBoundWithHelp() {
    #expect(Keymap.default.action(for: .character("u")) == .toggleRead)
    #expect(Keymap.default.action(for: .character("m")) == .toggleStar)
    #expect(Keymap.default.action(for: .character("S")) == .sort)
    #expect(!Action.toggleRead.help.isEmpty)
    #expect(!Action.toggleStar.help.isEmpty)
    #expect(!Action.sort.help.isEmpty)
  }
}

/// Read marks changed on the article screen show on the Story screen on return.
@Suite struct StoryReadMarksTests {
  @Test func readingAnArticleAndMarkingItUnreadShowOnReturn() throws {
    var script = ScreenScript(
      app: ReaderApp(data: try ReaderFixture.sample(), size: GridSize(rows: 24, columns: 80)))
    try script.press("G Enter")
    let before = try #require(script.app.top as? StoryScreen)
    let first = try #require(before.detail?.members.first)
    #expect(!first.isRead)
    try script.press("Enter q")
    let after = try #require(script.app.top as? StoryScreen)
    #expect(after.detail?.members.first?.isRead == true)
    #expect(!script.grid.text(ofRow: 4).contains("•"))
    try script.press("Enter u q")
    let unread = try #require(script.app.top as? StoryScreen)
    #expect(unread.detail?.members.first?.isRead == false)
    #expect(script.grid.text(ofRow: 4).contains("•"))
  }
}

/// Read marks changed while other screens covered the story list (search, speakers, a story)
/// show on the list when it is uncovered, for rows out of view as well as in view.
@Suite struct StoriesReadMarksTests {
  /// A list of `count` one-article stories, all unread.
  static func stories(_ count: Int) -> FakeReaderData {
    var data = FakeReaderData()
    data.items = (0..<count).map { number in
      let article = ArticleID("a\(number)")
      let story = Story(
        id: StoryID("s\(number)"), title: "Story \(number)", firstDate: nil, lastDate: nil,
        members: [Story.Member(article: article, date: nil, copyOf: nil)], sources: ["Wire"],
        speakers: [], quotes: [], related: [])
      return StoryListItem(story: story, isUnread: true)
    }
    return data
  }

  @Test(arguments: ["?", "s", "/"])
  func marksChangedAboveShowOnReturn(_ key: String) throws {
    let data = Self.stories(40)
    var script = ScreenScript(app: ReaderApp(data: data, size: GridSize(rows: 12, columns: 60)))
    try script.press(key)
    #expect(!(script.app.top is StoriesScreen))
    // NB: what another screen would record: one story in view, one far below it.
    try data.setReadingState(ReadingState(isRead: true), of: StoryID("s1"))
    try data.setReadingState(ReadingState(isRead: true), of: StoryID("s35"))
    try script.press("Esc")
    let list = try #require(script.app.top as? StoriesScreen)
    #expect(list.item(at: 1)?.isUnread == false)
    try script.press("G")
    let bottom = try #require(script.app.top as? StoriesScreen)
    #expect(bottom.item(at: 35)?.isUnread == false)
    #expect(bottom.item(at: 34)?.isUnread == true)
  }
}
