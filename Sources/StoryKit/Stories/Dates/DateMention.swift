/// A date an article's text mentions, resolved to a calendar day.
///
/// Explicit dates (`November 11, 2011`, `28 November 2005`, `2011-11-11`, `11/27/2005`) stand
/// on their own. Relative ones (`on Saturday`, `May 16`, `a week ago`, `yesterday`) are resolved
/// against the article's date when one is known (given, or read from its opening); a month and
/// day without a year may take the year of an explicit date earlier in the text. What cannot be
/// resolved is left out: a date is never invented.
public struct DateMention: Hashable, Sendable, Codable {
  /// Where the mention stands in the article's original text (Unicode scalars).
  public var range: TextRange
  /// The words of the mention as written (`May 16`, `on Saturday`).
  public var text: String
  /// The day it names.
  public var date: ArticleDate
  /// Whether the day was worked out from a reference date rather than written in full.
  public var isRelative: Bool

  /// Creates a mention.
  public init(range: TextRange, text: String, date: ArticleDate, isRelative: Bool) {
    self.range = range
    self.text = text
    self.date = date
    self.isRelative = isRelative
  }
}
