import StoryKit
import StoryUI
import Synchronization

/// A reader data source held in memory, for text no corpus on disk should hold (control
/// characters, bidi overrides, thousands of combining marks) and for exact layouts.
struct FakeReaderData: ReaderData {
  var name = "fake"
  var items: [StoryListItem] = []
  var details: [StoryID: StoryDetail] = [:]
  var articles: [ArticleID: ArticleDetail] = [:]
  var problemList: [IngestProblem] = []
  var speakerList: [Speaker] = []
  /// Reading states recorded, shared by copies of this value.
  let states = ReadingStates()

  func overview() throws(LibraryError) -> CorpusOverview {
    CorpusOverview(
      name: name, stories: items.count, articles: articles.count, problems: problemList.count)
  }
  func storyCount() throws(LibraryError) -> Int { items.count }
  func storyPosition(of id: StoryID, order: StoryOrder) throws(LibraryError) -> Int? {
    sorted(order).firstIndex { $0.heading.id == id }
  }
  func stories(order: StoryOrder, offset: Int, limit: Int) throws(LibraryError) -> [StoryListItem] {
    sorted(order).dropFirst(offset).prefix(limit).map { item in
      var item = item
      if let state = states.stories.withLock({ $0[item.heading.id] }) {
        item.isUnread = !state.isRead
        item.isStarred = state.isStarred
      }
      return item
    }
  }
  /// The items in `order`.
  private func sorted(_ order: StoryOrder) -> [StoryListItem] {
    var sorted = items
    switch order {
    case .size: sorted.sort { $0.heading.articleCount > $1.heading.articleCount }
    case .title: sorted.sort { $0.heading.title < $1.heading.title }
    case .newest, .corpus: break
    }
    return sorted
  }
  func story(_ id: StoryID) throws(LibraryError) -> StoryDetail? { details[id] }
  func article(_ id: ArticleID) throws(LibraryError) -> ArticleDetail? { articles[id] }
  func speakers() throws(LibraryError) -> [Speaker] { speakerList }
  func quoteReferences(by speaker: SpeakerID) throws(LibraryError) -> [QuoteReference] { [] }
  func quotes(_ ids: [QuoteID]) throws(LibraryError) -> [Quote] { [] }
  func summaries(of articles: [ArticleID]) throws(LibraryError) -> [ArticleID: ArticleSummary] {
    [:]
  }
  func search(_ text: String) throws(LibraryError) -> SearchSession.Outcome { .superseded }
  func preview(of hit: SearchHit, query: SearchQuery) throws(LibraryError) -> SearchHitPreview? {
    nil
  }
  func problems() throws(LibraryError) -> [IngestProblem] { problemList }
  func markRead(_ article: ArticleID) throws(LibraryError) {
    states.articles.withLock { $0[article, default: ReadingState()].isRead = true }
  }
  func readingState(of article: ArticleID) throws(LibraryError) -> ReadingState {
    states.articles.withLock { $0[article] ?? ReadingState() }
  }
  func setReadingState(_ state: ReadingState, of article: ArticleID) throws(LibraryError) {
    states.articles.withLock { $0[article] = state }
  }
  func readingState(of story: StoryID) throws(LibraryError) -> ReadingState {
    states.stories.withLock { $0[story] }
      ?? ReadingState(
        isRead: !(items.first { $0.heading.id == story }?.isUnread ?? true))
  }
  func setReadingState(_ state: ReadingState, of story: StoryID) throws(LibraryError) {
    states.stories.withLock { $0[story] = state }
  }

  /// One story of one article whose title and text are `title` and `text`.
  static func single(title: String, text: String, quotes: [Quote] = [], date: String = "2025-01-02")
    -> FakeReaderData
  {
    let id = ArticleID("a1")
    let storyDate = ArticleDate(iso: date).map { StoryDate(date: $0, isInferred: false) }
    let story = Story(
      id: StoryID("s1"), title: title, firstDate: storyDate, lastDate: storyDate,
      members: [Story.Member(article: id, date: storyDate, copyOf: nil)], sources: ["Wire"],
      speakers: [], quotes: quotes.map(\.id), related: [])
    let count = text.unicodeScalars.count
    let article = Article(
      id: id, location: SourceLocation(path: "a1.txt"), title: title, titleProvenance: nil,
      titleRange: nil, date: storyDate?.date, source: "Wire", sourceProvenance: nil, url: nil,
      author: nil, originalText: text, cleanText: text,
      alignment: .identity(length: count), removals: [], repeatedParagraphs: 0, findings: [],
      wordCount: text.split(separator: " ").count)
    var data = FakeReaderData()
    data.items = [StoryListItem(story: story, isUnread: true)]
    data.details[story.id] = StoryDetail(
      story: story,
      members: [
        StoryDetail.Member(
          article: id, title: title, source: "Wire", date: storyDate, copy: nil, isRead: false)
      ], quotes: quotes)
    data.articles[id] = ArticleDetail(article: article, quotes: quotes)
    return data
  }
}
