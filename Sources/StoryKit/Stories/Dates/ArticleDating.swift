/// When an article happened, as far as its text tells: its day on the timeline and the days it
/// mentions.
public struct ArticleDating: Hashable, Sendable, Codable {
  /// The article's day: its own date when given, else an explicit date in its opening (the
  /// headline or the first two paragraphs, where pages print `Updated: November 11, 2011`),
  /// marked inferred; `nil` when neither exists.
  public var date: StoryDate?
  /// The dates the clean text mentions, resolved against `date` (see `DateMention`).
  public var mentions: [DateMention]

  /// Creates a dating.
  public init(date: StoryDate?, mentions: [DateMention]) {
    self.date = date
    self.mentions = mentions
  }

  /// Dates `article`.
  ///
  /// Without its own date or a date in its opening, an article takes the latest day it
  /// mentions within half a year of `period` (`May 16` in a corpus of May 2025), marked
  /// inferred; relative mentions (`on Saturday`, `a week ago`) then count from that day.
  ///
  /// - Parameters:
  ///   - words: the article's clean-text words, when the caller already has them.
  ///   - period: a day of the period the corpus covers, when it covers one (see
  ///     `ArticleDating.period(of:)`).
  static func of(_ article: Article, words: [StoryWord]? = nil, period: ArticleDate? = nil) -> ArticleDating {
    let scalars = Array(article.cleanText.unicodeScalars)
    let words = words ?? StoryWordScanner.words(in: scalars, range: 0..<scalars.count)
    let reader = DateReader()
    var date = article.date.map { StoryDate(date: $0, isInferred: false) }
    if date == nil {
      date = openingDate(of: article, scalars: scalars, words: words, reader: reader)
    }
    if date == nil, let period {
      let days = reader.mentions(in: words, reference: nil, period: period).map(\.date)
        .filter { abs($0.dayNumber - period.dayNumber) <= 183 }
      date = days.max().map { StoryDate(date: $0, isInferred: true) }
    }
    let found = reader.mentions(in: words, reference: date?.date, period: period)
    let mentions = found.map { mention in
      let clean = words[mention.words.lowerBound].range.lowerBound..<words[mention.words.upperBound - 1].range.upperBound
      return DateMention(
        range: article.alignment.originalRange(ofClean: clean),
        text: String(scalars: scalars[clean]), date: mention.date, isRelative: mention.isRelative)
    }
    return ArticleDating(date: date, mentions: mentions)
  }

  /// The middle day of `days` when they lie within one year (a corpus about one period), else
  /// `nil`: a corpus spanning years gives no year to a bare `May 16`.
  static func period(of days: [ArticleDate]) -> ArticleDate? {
    guard !days.isEmpty else { return nil }
    let sorted = days.sorted()
    let low = sorted[sorted.count / 20]
    let high = sorted[sorted.count - 1 - sorted.count / 20]
    guard high.dayNumber - low.dayNumber <= 366 else { return nil }
    return sorted[sorted.count / 2]
  }

  /// The first explicit date of the headline or the first two paragraphs.
  private static func openingDate(
    of article: Article, scalars: [Unicode.Scalar], words: [StoryWord], reader: DateReader
  ) -> StoryDate? {
    if let title = article.title {
      let titleScalars = Array(title.unicodeScalars)
      let titleWords = StoryWordScanner.words(in: titleScalars, range: 0..<titleScalars.count)
      if let first = reader.mentions(in: titleWords, reference: nil).first(where: { !$0.isRelative }) {
        return StoryDate(date: first.date, isInferred: true)
      }
    }
    let paragraphs = article.paragraphRanges
    let openingEnd = paragraphs.count > 2 ? paragraphs[1].upperBound : scalars.count
    let opening = words.prefix { $0.range.upperBound <= openingEnd }
    let found = reader.mentions(in: Array(opening), reference: nil)
    return found.first(where: { !$0.isRelative }).map { StoryDate(date: $0.date, isInferred: true) }
  }
}
