/// Syndicated copies of one article: the original and every copy, with how close each is.
public struct DuplicateGroup: Hashable, Sendable, Codable {
  /// The group's identifier, named by its original (see `GroupID`).
  public var id: GroupID
  /// The original: the earliest dated member, else the most complete one.
  public var original: ArticleID
  /// The copies, most similar first.
  public var copies: [Copy]

  /// One copy and how it relates to the original.
  public struct Copy: Hashable, Sendable, Codable {
    /// The copy's article.
    public var article: ArticleID
    /// Jaccard similarity of the two articles' word 5-shingles, 0…1.
    public var similarity: Double
    /// The share of the shorter article's shingles found in the longer one, 0…1.
    public var containment: Double
    /// What differs: `header` (text before the shared part), `footer` (text after it),
    /// `trimmed` (the copy lacks the original's ending), `edited` (changes inside).
    public var differences: [String]
  }
}
