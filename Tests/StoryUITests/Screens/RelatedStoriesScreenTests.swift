import StoryKit
import StoryUI
import Testing

/// The related stories of the same thread, as a timeline at the bottom of the Story screen.
@Suite struct RelatedStoriesScreenTests {
  static let large = GridSize(rows: 24, columns: 80)
  static let small = GridSize(rows: 10, columns: 40)

  @Test func theSampleStoryEndsWithItsThread() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    try script.press("Enter G")
    try script.snapshot("story-80x24-related")
    let story = try #require(script.app.top as? StoryScreen)
    #expect(story.detail?.related.count == 2)
    ScreenGridTests.expectWellFormed(script.grid)
  }

  @Test func enterOpensTheRelatedStoryAndBackReturns() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    try script.press("Enter")
    let first = try #require((script.app.top as? StoryScreen)?.detail?.story)
    try script.press("G Enter")
    let opened = try #require((script.app.top as? StoryScreen)?.detail?.story)
    #expect(opened.id != first.id)
    #expect(first.related.contains(opened.id))
    try script.press("q")
    #expect((script.app.top as? StoryScreen)?.detail?.story.id == first.id)
  }

  @Test func theTimelineAtTheSmallestSize() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.small))
    try script.press("Enter G")
    try script.snapshot("story-40x10-related")
    ScreenGridTests.expectWellFormed(script.grid)
  }

  /// A story dated `day` of May 2025 (or undated), with `articles` members.
  static func story(_ id: String, _ title: String, day: Int?, articles: Int = 1) -> Story {
    let date = day.flatMap { ArticleDate(iso: "2025-05-\($0 < 10 ? "0" : "")\($0)") }
      .map { StoryDate(date: $0, isInferred: false) }
    let members = (0..<articles).map {
      Story.Member(article: ArticleID("\(id)-a\($0)"), date: date, copyOf: nil)
    }
    return Story(
      id: StoryID(id), title: title, firstDate: date, lastDate: date, members: members,
      sources: [], speakers: [], quotes: [], related: [])
  }

  @Test func timeOrderWithThisStoryInItsPlaceAndUndatedLast() throws {
    var data = FakeReaderData.single(title: "Talks resume in Riyadh", text: "Text.")
    let current = try #require(data.details[StoryID("s1")])
    let related = [
      Self.story("s-late", "Ceasefire holds", day: 20, articles: 12),
      Self.story("s-undated", "Background: the talks", day: nil),
      Self.story("s-early", "Envoys meet", day: 1, articles: 3),
    ]
    var story = current.story
    story.related = related.map(\.id)
    let first = try #require(ArticleDate(iso: "2025-05-10")).self
    story.firstDate = StoryDate(date: first, isInferred: false)
    story.lastDate = story.firstDate
    data.details[story.id] = StoryDetail(
      story: story, members: current.members, quotes: [], related: related)
    for other in related {
      data.details[other.id] = StoryDetail(story: other, members: [], quotes: [])
    }
    var script = ScreenScript(app: ReaderApp(data: data, size: Self.large))
    try script.press("Enter")
    try script.snapshot("story-80x24-timeline")
    let lines = script.grid.plainText.split(separator: "\n").map(String.init)
    let order = [
      "Envoys meet", "Talks resume in Riyadh ← this story", "Ceasefire holds",
      "Background: the talks",
    ]
    let positions = order.map { title in lines.firstIndex { $0.contains(title) } }
    #expect(positions.allSatisfy { $0 != nil })
    #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    try script.press("G Enter")
    #expect((script.app.top as? StoryScreen)?.detail?.story.id == StoryID("s-undated"))
  }
}
