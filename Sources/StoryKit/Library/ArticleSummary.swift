/// What lists show of an article, read from the library's columns without decoding the text.
public struct ArticleSummary: Hashable, Sendable {
  /// The article.
  public var id: ArticleID
  /// Its headline (empty when it has none).
  public var title: String
  /// Its outlet (empty when unknown).
  public var source: String
  /// Its day on the timeline, when known.
  public var date: ArticleDate?
  /// Its story.
  public var story: StoryID
  /// The original it is a syndicated copy of.
  public var copyOf: ArticleID?
}
