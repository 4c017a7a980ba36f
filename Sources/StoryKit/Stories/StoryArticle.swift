/// What a story shows of one of its articles: enough to assemble stories
/// (`StoryCatalog.assemble`) without the article's text.
public struct StoryArticle: Equatable, Sendable {
  /// One quote of the article: its id and canonical speaker.
  public struct QuoteMark: Equatable, Sendable {
    /// The quote.
    public var id: QuoteID
    /// Its speaker's canonical name, when attributed.
    public var speaker: String?

    /// Creates a quote mark.
    public init(id: QuoteID, speaker: String?) {
      self.id = id
      self.speaker = speaker
    }
  }

  /// The article.
  public var id: ArticleID
  /// Its headline as given.
  public var title: String?
  /// Its outlet.
  public var source: String?
  /// Its own day (`ArticleDating.of`, without the corpus period), for an article that is not in
  /// the story index (a copy); `nil` otherwise or when undated.
  public var date: StoryDate?
  /// Its quotes, in text order.
  public var quotes: [QuoteMark]

  /// Creates the outline of an article.
  public init(
    id: ArticleID, title: String?, source: String?, date: StoryDate?, quotes: [QuoteMark]
  ) {
    self.id = id
    self.title = title
    self.source = source
    self.date = date
    self.quotes = quotes
  }

  /// The outline of `article`, with its own `date` and its `quotes` (canonical speakers).
  public init(_ article: Article, date: StoryDate?, quotes: [Quote]) {
    self.init(
      id: article.id, title: article.title, source: article.source, date: date,
      quotes: quotes.map { QuoteMark(id: $0.id, speaker: $0.speaker) })
  }
}
