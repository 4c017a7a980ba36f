import StoryKit

/// An article as its screen shows it: the article, its quotes and, for a copy, its original.
public struct ArticleDetail: Hashable, Sendable {
  /// The article, with its clean text and the alignment to the original text.
  public var article: Article
  /// Its quotes, in text order; ranges index the original text.
  public var quotes: [Quote]
  /// For a syndicated copy, its original and how close it is.
  public var copy: CopyInfo?

  /// Creates a detail.
  public init(article: Article, quotes: [Quote], copy: CopyInfo? = nil) {
    self.article = article
    self.quotes = quotes
    self.copy = copy
  }
}
