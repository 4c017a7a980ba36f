import StoryKit
import StoryUI
import Testing

/// The mouse on the virtual terminal: the wheel moves, a click selects the line under it, a
/// double-click opens it; clicks where nothing can be selected do nothing.
@MainActor
@Suite struct MouseTests {
  static let large = GridSize(rows: 24, columns: 80)

  static func app() throws -> ReaderApp {
    ReaderApp(data: try ReaderFixture.sample(), size: large)
  }

  static func click(_ row: Int, double: Bool = false) -> Key {
    .mouse(MouseEvent(double ? .doubleClick : .click, row: row, column: 10))
  }

  @Test func aClickSelectsTheStoryUnderIt() throws {
    var app = try Self.app()
    // NB: window row 0 is the title bar; the stories start on row 1.
    #expect(app.handle(Self.click(3)) == .redraw)
    #expect((app.top as? StoriesScreen)?.cursor.selection == 2)
    #expect(app.top is StoriesScreen)
  }

  @Test func aDoubleClickOpensTheStoryUnderIt() throws {
    var app = try Self.app()
    #expect(app.handle(Self.click(2, double: true)) == .redraw)
    let story = try #require(app.top as? StoryScreen)
    let stories = try ReaderFixture.sample().stories(order: .newest, offset: 1, limit: 1)
    #expect(story.detail?.story.id == stories.first?.heading.id)
  }

  @Test func clicksOutsideTheListDoNothing() throws {
    var app = try Self.app()
    for row in [0, 10, 22, 23, 40] {
      #expect(app.handle(Self.click(row)) == .unchanged, "row \(row)")
    }
    #expect((app.top as? StoriesScreen)?.cursor.selection == 0)
  }

  @Test func theWheelMovesTheSelectionAndScrollsText() throws {
    var app = try Self.app()
    #expect(app.handle(.mouse(MouseEvent(.wheelDown))) == .redraw)
    #expect((app.top as? StoriesScreen)?.cursor.selection == 2)
    _ = app.handle(.mouse(MouseEvent(.wheelUp)))
    #expect((app.top as? StoriesScreen)?.cursor.selection == 0)
    // NB: the last story's article is long enough to scroll at this size.
    _ = app.handle(.character("G"))
    _ = app.handle(.enter)
    _ = app.handle(.enter)
    let article = try #require(app.top as? ArticleScreen)
    #expect(article.pager.top == 0)
    _ = app.handle(.mouse(MouseEvent(.wheelDown)))
    #expect((app.top as? ArticleScreen)?.pager.top == ReaderApp.wheelLines)
    // NB: text has no lines to select: a click leaves the reading position alone.
    #expect(app.handle(Self.click(5)) == .unchanged)
  }

  @Test func aClickOnAHeadingOfTheStoryDoesNothing() throws {
    var app = try Self.app()
    _ = app.handle(.enter)
    let before = try #require(app.top as? StoryScreen)
    // NB: row 1 is the story's summary line, row 3 the "Articles" heading.
    #expect(app.handle(Self.click(1)) == .unchanged)
    #expect(app.handle(Self.click(3)) == .unchanged)
    #expect((app.top as? StoryScreen)?.cursor == before.cursor)
    #expect(app.handle(Self.click(5)) == .redraw)
    #expect((app.top as? StoryScreen)?.cursor.selection == 4)
  }

  @Test func aClickOnTheFilteredSpeakersSkipsThePrompt() throws {
    var app = try Self.app()
    for key in Key.script("s / r Enter") ?? [] { _ = app.handle(key) }
    let speakers = try #require(app.top as? SpeakersScreen)
    #expect(speakers.shown.count > 2)
    // NB: row 1 is the prompt line; the first speaker is on row 2.
    #expect(app.handle(Self.click(1)) == .unchanged)
    _ = app.handle(Self.click(3, double: true))
    let quotes = try #require(app.top as? SpeakerQuotesScreen)
    #expect(quotes.speaker == speakers.speakers[speakers.shown[1]])
  }

  @Test func aClickOnASearchHitSelectsIt() throws {
    var app = try Self.app()
    for key in Key.script("/") ?? [] { _ = app.handle(key) }
    for character in "lavrov" { _ = app.handle(.character(character)) }
    let search = try #require(app.top as? SearchScreen)
    #expect(search.hits.count >= 2)
    // NB: the prompt is body row 0; hits take two rows each from body row 1 (window row 2).
    _ = app.handle(Self.click(4))
    #expect((app.top as? SearchScreen)?.cursor.selection == 1)
  }

  @Test func theRunLoopTakesMouseEvents() throws {
    let terminal = VirtualTerminal(size: Self.large)
    terminal.type(keys: [Self.click(2), Self.click(2, double: true)])
    var app = try Self.app()
    _ = app.run(on: terminal)
    #expect(app.top is StoryScreen)
    #expect(terminal.frames.count == 3)
  }

  @Test func mouseEventsHaveNames() {
    #expect(Key.mouse(MouseEvent(.wheelUp)).description == "Wheel-up")
    #expect(Key.mouse(MouseEvent(.doubleClick)).description == "Double-click")
  }
}
