import StoryKit

/// How a syndicated copy relates to its original (from its `DuplicateGroup`).
public struct CopyInfo: Hashable, Sendable {
  /// The original article.
  public var original: ArticleID
  /// The original's headline (empty when unknown).
  public var originalTitle: String
  /// Jaccard similarity of the two articles' word 5-shingles, 0…1.
  public var similarity: Double
  /// What differs: `header`, `footer`, `trimmed`, `edited`.
  public var differences: [String]

  /// Creates copy information.
  public init(
    original: ArticleID, originalTitle: String = "", similarity: Double, differences: [String]
  ) {
    self.original = original
    self.originalTitle = originalTitle
    self.similarity = similarity
    self.differences = differences
  }
}
