/// One event as the reader's home screen lists it: the articles that report it, across outlets
/// and days, with syndicated copies folded under their original.
public struct Story: Hashable, Sendable, Codable, Identifiable {
  /// A short stable id (`s` and eight hex digits, from the story's first article).
  public var id: StoryID
  /// The most representative headline of the members.
  public var title: String
  /// The earliest and latest day of the dated members, `nil` when none is dated.
  public var firstDate: StoryDate?
  public var lastDate: StoryDate?
  /// The members in time order (dated first), each copy right after its original.
  public var members: [Member]
  /// The outlets that published the members, in member order, without repeats.
  public var sources: [String]
  /// The canonical names of the most quoted speakers, most quoted first.
  public var speakers: [String]
  /// The ids of the story's quotes, in member order.
  public var quotes: [QuoteID]
  /// The ids of related stories (same people, same thread, different events), most similar
  /// first.
  public var related: [StoryID]

  /// One article of a story.
  public struct Member: Hashable, Sendable, Codable {
    /// The article.
    public var article: ArticleID
    /// Its day on the timeline, when known.
    public var date: StoryDate?
    /// The original this article is a syndicated copy of, or `nil` for an original.
    public var copyOf: ArticleID?

    /// Creates a member.
    public init(article: ArticleID, date: StoryDate?, copyOf: ArticleID?) {
      self.article = article
      self.date = date
      self.copyOf = copyOf
    }
  }

  /// Creates a story.
  public init(
    id: StoryID, title: String, firstDate: StoryDate?, lastDate: StoryDate?, members: [Member],
    sources: [String], speakers: [String], quotes: [QuoteID], related: [StoryID]
  ) {
    self.id = id
    self.title = title
    self.firstDate = firstDate
    self.lastDate = lastDate
    self.members = members
    self.sources = sources
    self.speakers = speakers
    self.quotes = quotes
    self.related = related
  }

  /// The member article ids, copies included, in member order.
  public var articles: [ArticleID] { members.map(\.article) }

  /// The number of members that are syndicated copies.
  public var copies: Int { members.filter { $0.copyOf != nil }.count }
}
