import StoryKit

/// The reader's data from a `StoryKit.Library`, through its public queries only.
///
/// ```swift
/// let library = try Library.open(paths, configuration: try .bundled())
/// let data = LibraryReaderData(library: library, name: "sample")
/// var app = ReaderApp(data: data, size: GridSize(rows: 24, columns: 80))
/// ```
public struct LibraryReaderData: ReaderData {
  /// The library read.
  public let library: Library
  /// The corpus's name for the status line.
  public let name: String
  private let session: SearchSession
  /// Summaries, duplicate groups and speakers, read in bulk once (``LibraryLookups``).
  private let lookups = LibraryLookups()

  /// Creates the adapter.
  ///
  /// - Parameters:
  ///   - library: An open library.
  ///   - name: What the status line calls the corpus (`sample`, a folder's name).
  ///   - searchLimit: The most hits a search returns.
  public init(library: Library, name: String, searchLimit: Int = 200) {
    self.library = library
    self.name = name
    self.session = library.searchSession(limit: searchLimit)
  }

  /// Reads in bulk what the screens look up one by one (every article's summary, every
  /// duplicate group, everyone quoted and the filter over their names), so that no key waits
  /// for it later: on ~100k articles this takes about a second, so the reader calls it on a
  /// thread of its own after the first frame. Safe to call from any thread, at any time; the
  /// screens work without it (the first that needs a table reads it).
  public func prepareLookups() throws(LibraryError) {
    try lookups.load(from: library)
  }

  public func overview() throws(LibraryError) -> CorpusOverview {
    let status = try library.status()
    return CorpusOverview(
      name: name, stories: status.stories, articles: status.articles,
      speakers: status.speakers, quotes: status.quotes, problems: status.problems)
  }

  public func storyCount() throws(LibraryError) -> Int {
    try library.storyCount()
  }

  public func storyPosition(of id: StoryID, order: StoryOrder) throws(LibraryError) -> Int? {
    try library.storyPosition(of: id, order: order)
  }

  public func stories(order: StoryOrder, offset: Int, limit: Int) throws(LibraryError)
    -> [StoryListItem]
  {
    let headings = try library.storyHeadings(order: order, limit: limit, offset: offset)
    // NB: one read for the page's reading states, not one per story.
    let states = try library.readingStates(of: headings.map(\.id))
    return headings.map { story in
      let state = states[story.id] ?? ReadingState()
      return StoryListItem(heading: story, isUnread: !state.isRead, isStarred: state.isStarred)
    }
  }

  public func story(_ id: StoryID) throws(LibraryError) -> StoryDetail? {
    guard let story = try library.story(id) else { return nil }
    var members: [StoryDetail.Member] = []
    // NB: one read each for the members' reading states and the story's quotes, not two per
    // member: a story of 400 articles opens as fast as one of four.
    let states = try library.readingStates(of: story.members.map(\.article))
    let quotes = try library.quotes(story.quotes)
    for member in story.members {
      // NB: the summaries, once read, give headline and outlet without decoding the text.
      let title: String
      let source: String
      if let summary = lookups.loadedSummary(of: member.article) {
        (title, source) = (summary.title, summary.source)
      } else {
        guard let article = try library.article(member.article) else { continue }
        (title, source) = (article.title ?? "", article.source ?? "")
      }
      let copy: CopyInfo? =
        if member.copyOf != nil {
          try copyInfo(of: member.article)
        } else {
          nil
        }
      members.append(
        StoryDetail.Member(
          article: member.article, title: title, source: source, date: member.date, copy: copy,
          isRead: states[member.article]?.isRead ?? false))
    }
    var related: [Story] = []
    for id in story.related where id != story.id {
      if let other = try library.story(id) { related.append(other) }
    }
    return StoryDetail(story: story, members: members, quotes: quotes, related: related)
  }

  public func article(_ id: ArticleID) throws(LibraryError) -> ArticleDetail? {
    guard let article = try library.article(id) else { return nil }
    return ArticleDetail(
      article: article, quotes: try library.quotes(in: id), copy: try copyInfo(of: id))
  }

  public func speakers() throws(LibraryError) -> [Speaker] {
    try lookups.speakers(in: library)
  }

  public func speakerFilter(for speakers: [Speaker]) -> SpeakerFilter {
    lookups.speakerFilter(for: speakers)
  }

  public func quoteReferences(by speaker: SpeakerID) throws(LibraryError) -> [QuoteReference] {
    try library.quoteReferences(by: speaker)
  }

  public func quotes(_ ids: [QuoteID]) throws(LibraryError) -> [Quote] {
    try library.quotes(ids)
  }

  public func summaries(of articles: [ArticleID]) throws(LibraryError)
    -> [ArticleID: ArticleSummary]
  {
    // NB: one read of the columns for all articles, kept; a query per id would cost more for
    // a speaker quoted in hundreds of articles.
    try lookups.summaries(of: articles, in: library)
  }

  public func search(_ text: String) throws(LibraryError) -> SearchSession.Outcome {
    try session.update(text)
  }

  public func preview(of hit: SearchHit, query: SearchQuery) throws(LibraryError)
    -> SearchHitPreview?
  {
    // NB: the summaries, once read, give the outlet without decoding the article again.
    var source = lookups.loadedSummary(of: hit.article)?.source
    if source == nil {
      guard let article = try library.article(hit.article) else { return nil }
      source = article.source ?? ""
    }
    let snippet = try library.highlight(hit, query: query).snippet
    return SearchHitPreview(
      hit: hit, source: source ?? "", snippet: snippet,
      matches: query.matchRanges(in: snippet))
  }

  public func problems() throws(LibraryError) -> [IngestProblem] {
    try library.problems()
  }

  public func markRead(_ article: ArticleID) throws(LibraryError) {
    var state = try library.readingState(of: article)
    guard !state.isRead else { return }
    state.isRead = true
    try library.setReadingState(state, of: article)
  }

  public func readingState(of article: ArticleID) throws(LibraryError) -> ReadingState {
    try library.readingState(of: article)
  }

  public func setReadingState(_ state: ReadingState, of article: ArticleID) throws(LibraryError) {
    try library.setReadingState(state, of: article)
  }

  public func readingState(of story: StoryID) throws(LibraryError) -> ReadingState {
    try library.readingState(of: story)
  }

  public func readingStates(of stories: [StoryID]) throws(LibraryError)
    -> [StoryID: ReadingState]
  {
    try library.readingStates(of: stories)
  }

  public func setReadingState(_ state: ReadingState, of story: StoryID) throws(LibraryError) {
    try library.setReadingState(state, of: story)
    guard !state.isRead, try library.readingState(of: story).isRead,
      let members = try library.story(story)?.members
    else { return }
    // NB: a story whose articles were all read counts as read whatever its own mark says;
    // to show it unread again, its articles become unread.
    for member in members {
      var articleState = try library.readingState(of: member.article)
      articleState.isRead = false
      try library.setReadingState(articleState, of: member.article)
    }
  }

  /// How `article` relates to its original, when it is a copy.
  private func copyInfo(of article: ArticleID) throws(LibraryError) -> CopyInfo? {
    guard let group = try lookups.duplicateGroup(of: article, in: library),
      let copy = group.copies.first(where: { $0.article == article })
    else { return nil }
    var title = lookups.loadedSummary(of: group.original)?.title
    if title == nil { title = try library.article(group.original)?.title }
    return CopyInfo(
      original: group.original, originalTitle: title ?? "", similarity: copy.similarity,
      differences: copy.differences)
  }
}
