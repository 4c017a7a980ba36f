import StoryKit

/// Everything the reader's screens read and write, and nothing else.
///
/// Screens never open files or query the library themselves: they ask a `ReaderData`. The
/// reader uses ``LibraryReaderData`` (over `StoryKit.Library`); tests can use the same adapter
/// over an in-memory library, or a small fake for text no corpus holds.
///
/// Lists come page by page (``stories(order:offset:limit:)``), so a screen reads only what it
/// shows and the first frame of a large library is quick.
public protocol ReaderData: Sendable {
  /// The corpus's name and counts, for the status line.
  func overview() throws(LibraryError) -> CorpusOverview

  /// The number of stories.
  func storyCount() throws(LibraryError) -> Int

  /// Where the story `id` stands in the list in `order` (0 is the first), or `nil`.
  func storyPosition(of id: StoryID, order: StoryOrder) throws(LibraryError) -> Int?

  /// Up to `limit` stories from position `offset` of the list in `order`.
  func stories(order: StoryOrder, offset: Int, limit: Int) throws(LibraryError)
    -> [StoryListItem]

  /// One story with its members and quotes, or `nil` when there is no such story.
  func story(_ id: StoryID) throws(LibraryError) -> StoryDetail?

  /// One article with its quotes, or `nil` when there is no such article.
  func article(_ id: ArticleID) throws(LibraryError) -> ArticleDetail?

  /// Everyone quoted, most quoted first.
  func speakers() throws(LibraryError) -> [Speaker]

  /// The filter over `speakers` (as ``speakers()`` gave them) for the Speakers screen's `/`;
  /// an adapter may keep one prepared.
  func speakerFilter(for speakers: [Speaker]) -> SpeakerFilter

  /// Where each quote of one speaker stands, in corpus order, without the quotes.
  func quoteReferences(by speaker: SpeakerID) throws(LibraryError) -> [QuoteReference]

  /// The quotes with these ids, in the order given (a list reads only those it shows).
  func quotes(_ ids: [QuoteID]) throws(LibraryError) -> [Quote]

  /// What lists show of these articles (headline, outlet, day), by id; ids not found are
  /// left out.
  func summaries(of articles: [ArticleID]) throws(LibraryError) -> [ArticleID: ArticleSummary]

  /// The hits for what is typed so far (search as you type; see `SearchSession`).
  func search(_ text: String) throws(LibraryError) -> SearchSession.Outcome

  /// The outlet and a marked snippet of one hit of `query`; `nil` when the article is gone.
  func preview(of hit: SearchHit, query: SearchQuery) throws(LibraryError) -> SearchHitPreview?

  /// What could not be read, in the order met.
  func problems() throws(LibraryError) -> [IngestProblem]

  /// Records that the article was read.
  func markRead(_ article: ArticleID) throws(LibraryError)

  /// The reading state of an article (unread and unstarred when never recorded).
  func readingState(of article: ArticleID) throws(LibraryError) -> ReadingState

  /// Records the reading state of an article (read, starred).
  func setReadingState(_ state: ReadingState, of article: ArticleID) throws(LibraryError)

  /// The reading state of a story: read when marked read or when all its articles are.
  func readingState(of story: StoryID) throws(LibraryError) -> ReadingState

  /// The reading states of several stories (the rows of a list in view), read together.
  func readingStates(of stories: [StoryID]) throws(LibraryError) -> [StoryID: ReadingState]

  /// Records the reading state of a story (read, starred); marking a story unread makes it
  /// show unread even when all its articles were read.
  func setReadingState(_ state: ReadingState, of story: StoryID) throws(LibraryError)
}

extension ReaderData {
  /// One `readingState(of:)` per story; a source that can read them together does better.
  public func readingStates(of stories: [StoryID]) throws(LibraryError)
    -> [StoryID: ReadingState]
  {
    var states: [StoryID: ReadingState] = [:]
    for story in stories { states[story] = try readingState(of: story) }
    return states
  }

  /// A new filter over `speakers`.
  public func speakerFilter(for speakers: [Speaker]) -> SpeakerFilter {
    SpeakerFilter(speakers)
  }
}
