/// The day an article belongs to on a story's timeline, and whether it was given or inferred.
public struct StoryDate: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  /// The day.
  public var date: ArticleDate
  /// `true` when the input gave no date and the day was read from the article's opening
  /// (`Updated: November 11, 2011`); `false` for the article's own date.
  public var isInferred: Bool

  /// Creates a dated day.
  public init(date: ArticleDate, isInferred: Bool) {
    self.date = date
    self.isInferred = isInferred
  }

  /// `YYYY-MM-DD`, with a `~` in front when inferred.
  public var description: String { (isInferred ? "~" : "") + date.description }

  public static func < (lhs: StoryDate, rhs: StoryDate) -> Bool { lhs.date < rhs.date }
}
