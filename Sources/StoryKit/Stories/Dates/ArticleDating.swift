/// When an article happened, as far as its text tells: its day on the timeline and the days it
/// mentions.
public struct ArticleDating: Hashable, Sendable, Codable {
  /// The article's day: its own date when given, else an explicit date in its opening (the
  /// headline, the header lines cleaning removed, or the first two paragraphs, where pages
  /// print `Updated: November 11, 2011`), marked inferred, else the latest day it mentions
  /// within the corpus's period (see `init(dating:period:)`); `nil` when none exists.
  public var date: StoryDate?
  /// The dates the clean text mentions, resolved against `date` (see `DateMention`).
  public var mentions: [DateMention]

  /// Creates a dating.
  public init(date: StoryDate?, mentions: [DateMention]) {
    self.date = date
    self.mentions = mentions
  }

  /// Dates `article` (see `of(_:words:period:)`).
  ///
  /// ```swift
  /// let dating = ArticleDating(dating: article, period: nil)
  /// dating.date       // ~2011-11-11 when the page opens with "Updated: November 11, 2011"
  /// dating.mentions   // "on Saturday" → the Saturday before the article's date
  /// ```
  public init(dating article: Article, period: ArticleDate? = nil) {
    self = Self.of(article, period: period)
  }

  /// Dates `article`.
  ///
  /// Without its own date or a date in its opening, an article takes the latest day it
  /// mentions within half a year of `period` (`May 16` in a corpus of May 2025), marked
  /// inferred. Relative mentions (`on Saturday`, `a week ago`) count from a publication date
  /// (given or in the opening) only, and stay unresolved without one.
  ///
  /// - Parameters:
  ///   - scalars: the article's clean text as scalars, and `words` its words, when the caller
  ///     already has them.
  ///   - period: a day of the period the corpus covers, when it covers one (see
  ///     `ArticleDating.period(of:)`).
  static func of(
    _ article: Article, scalars: [Unicode.Scalar]? = nil, words: [StoryWord]? = nil,
    period: ArticleDate? = nil
  ) -> ArticleDating {
    let scalars = scalars ?? Array(article.cleanText.unicodeScalars)
    let words = words ?? StoryWordScanner.words(in: scalars, range: 0..<scalars.count)
    let date =
      article.date.map { StoryDate(date: $0, isInferred: false) }
      ?? openingDate(of: article, scalars: scalars, words: words)
    return completed(article, scalars: scalars, words: words, date: date, period: period)
  }

  /// This dating of an article that has no date of its own nor one in its opening, redone
  /// with the corpus `period` now known (the opening is not read again).
  func withPeriod(_ period: ArticleDate, of article: Article, words: [StoryWord]) -> ArticleDating {
    guard date == nil else { return self }
    let scalars = Array(article.cleanText.unicodeScalars)
    return Self.completed(article, scalars: scalars, words: words, date: nil, period: period)
  }

  /// The dating from a publication `date` (given or from the opening) if any: the day from the
  /// mentions when there is none, and the mentions themselves.
  private static func completed(
    _ article: Article, scalars: [Unicode.Scalar], words: [StoryWord], date: StoryDate?,
    period: ArticleDate?
  ) -> ArticleDating {
    let reader = DateReader()
    // NB: relative days count from a publication date only; a day inferred from a mention is
    // a lower bound of it ("talks on May 16 … on Saturday" may mean the Saturday after).
    let reference = date?.date
    var date = date
    if date == nil, let period {
      let days = reader.mentions(in: words, reference: nil, period: period).map(\.date)
        .filter { abs($0.dayNumber - period.dayNumber) <= 183 }
      date = days.max().map { StoryDate(date: $0, isInferred: true) }
    }
    let found = reader.mentions(in: words, reference: reference, period: period)
    let mentions = found.map { mention in
      let start = words[mention.words.lowerBound].range.lowerBound
      let end = words[mention.words.upperBound - 1].range.upperBound
      let clean = start..<end
      return DateMention(
        range: article.alignment.originalRange(ofClean: clean),
        text: String(scalars: scalars[clean]), date: mention.date, isRelative: mention.isRelative)
    }
    return ArticleDating(date: date, mentions: mentions)
  }

  /// The middle day of `days` when they lie within one year (a corpus about one period), else
  /// `nil`: a corpus spanning years gives no year to a bare `May 16`.
  public static func period(of days: [ArticleDate]) -> ArticleDate? {
    guard !days.isEmpty else { return nil }
    let sorted = days.sorted()
    let low = sorted[sorted.count / 20]
    let high = sorted[sorted.count - 1 - sorted.count / 20]
    guard high.dayNumber - low.dayNumber <= 366 else { return nil }
    return sorted[sorted.count / 2]
  }

  /// The first explicit date of the opening: the headline, the lines cleaning removed before
  /// the third paragraph (`Updated: November 11, 2011` is removed as a byline), then the first
  /// two paragraphs.
  private static func openingDate(
    of article: Article, scalars: [Unicode.Scalar], words: [StoryWord]
  ) -> StoryDate? {
    let reader = DateReader()
    let paragraphs = article.paragraphRanges
    let openingEnd = paragraphs.count > 2 ? paragraphs[1].upperBound : scalars.count
    let originalEnd = article.alignment.originalOffset(ofClean: openingEnd)
    let lines =
      [article.title].compactMap { $0 }
      + article.removals.filter { $0.range.start < originalEnd }.map(\.text)
    for line in lines {
      let lineScalars = Array(line.unicodeScalars)
      let lineWords = StoryWordScanner.words(in: lineScalars, range: 0..<lineScalars.count)
      if let first = reader.mentions(in: lineWords, reference: nil).first(where: { !$0.isRelative })
      {
        return StoryDate(date: first.date, isInferred: true)
      }
    }
    let opening = words.prefix { $0.range.upperBound <= openingEnd }
    let found = reader.mentions(in: Array(opening), reference: nil)
    return found.first(where: { !$0.isRelative }).map { StoryDate(date: $0.date, isInferred: true) }
  }
}
