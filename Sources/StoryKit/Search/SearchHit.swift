/// One article a search found, ranked.
public struct SearchHit: Hashable, Sendable {
  /// The article.
  public var article: ArticleID
  /// Its story.
  public var story: StoryID
  /// Its headline.
  public var title: String
  /// Its day on the timeline, when known, and whether it was inferred from the text (as in
  /// `Story.Member.date`).
  public var date: StoryDate?
  /// The rank score: BM25 relevance weighted by recency; higher is better.
  public var score: Double
}

/// The hits of one query, best first.
public struct SearchResults: Hashable, Sendable {
  /// The query as parsed.
  public var query: SearchQuery
  /// The hits, best first, at most the limit asked for.
  public var hits: [SearchHit]
  /// Whether the ranking saw every match. A query matching more than
  /// `SearchRanking.candidateLimit` articles is ranked among its most recent matches only,
  /// so that every keystroke stays within a frame.
  public var isExhaustive: Bool
}

/// Where a hit's words stand in its article, and a line of text around the first of them.
public struct SearchHighlight: Hashable, Sendable {
  /// The matched words, as ranges into the article's original text (Unicode scalars), in text
  /// order.
  public var matches: [TextRange]
  /// A short extract of the clean text around the first match (the lead when none is in the
  /// body), on one line.
  public var snippet: String
}
