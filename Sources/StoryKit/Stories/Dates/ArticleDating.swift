/// When an article happened, as far as its text tells: its place on the story timeline, the
/// date it is shown with, and the days it mentions.
///
/// Two dates, because a date the text mentions is not the article's date: an obituary opens
/// with the day its subject was born, a report names the day of a meeting still to come. Such
/// an event date places the article on the timeline, where stories are told apart (`date`);
/// the date shown and sorted by (`shownDate`) needs evidence that the article was published
/// then, or a period its collection's published dates bound.
public struct ArticleDating: Hashable, Sendable, Codable {
  /// The article's day on the story timeline: its own date when given, else an explicit date
  /// in its opening (the headline, the header lines cleaning removed, or the first two
  /// paragraphs), marked inferred, else the latest day it mentions within the corpus's period
  /// (see `init(dating:period:)`); `nil` when none exists. It may be an event date.
  public var date: StoryDate?
  /// The date the article is shown and sorted by: its publication date, given, or read from
  /// evidence that says it is one (marked inferred): a line cleaning removed from the opening
  /// (`Updated: November 11, 2011`), a line of the first two paragraphs that is only a date,
  /// a date after `Published`, `Updated` or `Posted` there, or a dateline opening the lead;
  /// `nil` otherwise. A day the text only mentions is never shown as the article's date: with
  /// a fifth of Reuters-21578's dates withheld, the latest day mentioned within the period the
  /// others bound was within 3 days of the truth for 9% of the articles it dated
  /// (`Benchmarks/eval-dates.py`).
  public var shownDate: StoryDate?
  /// Whether `shownDate` is a publication date (given or read from evidence).
  public var isPublication: Bool
  /// The dates the clean text mentions, resolved against `date` (see `DateMention`).
  public var mentions: [DateMention]

  /// Creates a dating.
  public init(
    date: StoryDate?, shownDate: StoryDate? = nil, isPublication: Bool = false,
    mentions: [DateMention]
  ) {
    self.date = date
    self.shownDate = shownDate
    self.isPublication = isPublication
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
    let given = article.date.map { StoryDate(date: $0, isInferred: false) }
    let text = Text(scalars: scalars, words: words)
    // NB: the removed lines' date is read once; both the shown date and the timeline use it.
    let removed = given == nil ? removedLineDate(of: article, text) : nil
    let publication = given ?? publicationDate(of: article, text, removed: removed)
    let date = given ?? openingDate(of: article, text, removed: removed)
    var dating = completed(article, scalars: scalars, words: words, date: date, period: period)
    dating.shownDate = publication
    dating.isPublication = publication != nil
    return dating
  }

  /// The date `article` is shown with (`shownDate`), without reading the days it mentions:
  /// what a copy shows, whose place on the timeline is its original's.
  static func shownDate(of article: Article) -> StoryDate? {
    if let given = article.date { return StoryDate(date: given, isInferred: false) }
    let scalars = Array(article.cleanText.unicodeScalars)
    let text = Text(
      scalars: scalars, words: StoryWordScanner.words(in: scalars, range: 0..<scalars.count))
    return publicationDate(of: article, text, removed: removedLineDate(of: article, text))
  }

  /// This dating of an article that has no timeline day of its own nor one in its opening,
  /// redone with the corpus `period` now known (the opening is not read again; the shown date
  /// stays: a day only mentioned is never shown as the article's).
  func withPeriod(_ period: ArticleDate, of article: Article, words: [StoryWord]) -> ArticleDating {
    guard date == nil else { return self }
    let scalars = Array(article.cleanText.unicodeScalars)
    var dating = Self.completed(article, scalars: scalars, words: words, date: nil, period: period)
    dating.shownDate = shownDate
    dating.isPublication = isPublication
    return dating
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
  /// the third paragraph (`removed`, see `removedLineDate`), then the first two paragraphs.
  private static func openingDate(of article: Article, _ text: Text, removed: StoryDate?)
    -> StoryDate?
  {
    let reader = DateReader()
    if let date = article.title.flatMap(firstExplicitDate(in:)) ?? removed { return date }
    let end = text.openingEnd
    let opening = text.words.prefix { $0.range.upperBound <= end }
    let found = reader.mentions(in: Array(opening), reference: nil)
    return found.first(where: { !$0.isRelative }).map { StoryDate(date: $0.date, isInferred: true) }
  }

  /// A date the opening gives as the article's own, marked inferred: on a line cleaning
  /// removed before the third paragraph (a byline, `Updated: November 11, 2011`), on a line of
  /// the first four paragraphs that holds only the date (`Monday, July 22, 2013`), after a
  /// word that says so in the first two paragraphs (`Published on 3 May 2011`), or in a
  /// dateline opening the lead (`LONDON, May 3, 2011 (Reuters) -`). A date the headline or
  /// the text merely mentions is not one.
  ///
  /// Linear in the opening's words.
  private static func publicationDate(of article: Article, _ text: Text, removed: StoryDate?)
    -> StoryDate?
  {
    if let removed { return removed }
    let scalars = text.scalars
    // NB: a page's date line may follow its address and headline: four paragraphs are read.
    let paragraphs = text.paragraphs
    let end = paragraphs.count > 4 ? paragraphs[3].upperBound : scalars.count
    let opening = Array(text.words.prefix { $0.range.upperBound <= end })
    let cuedEnd = text.openingEnd
    let datelineEnd = paragraphs.first.flatMap { lead in
      Dateline.parse(scalars, in: lead).map(\.end)
    }
    for mention in DateReader().mentions(in: opening, reference: nil) where !mention.isRelative {
      let before = opening[max(0, mention.words.lowerBound - 2)..<mention.words.lowerBound]
      let isCued = before.contains { publicationCues.contains($0.text.lowercased()) }
      let end = opening[mention.words.upperBound - 1].range.upperBound
      let inDateline = datelineEnd.map { end <= $0 } ?? false
      if (isCued && end <= cuedEnd) || inDateline
        || isDateLine(mention, in: opening, scalars: scalars)
      {
        return StoryDate(date: mention.date, isInferred: true)
      }
    }
    return nil
  }

  /// Whether `mention` is all its line says, but for a weekday, a time or `Updated` beside it
  /// (`Monday, July 22, 2013`, `July 22, 2013 10:32 IST`): a page's date line.
  ///
  /// Constant time: a line longer than `dateLineLength` is no date line, so nothing beyond it
  /// is looked at, however long the paragraph.
  private static func isDateLine(
    _ mention: DateReader.Found, in words: [StoryWord], scalars: [Unicode.Scalar]
  ) -> Bool {
    let start = words[mention.words.lowerBound].range.lowerBound
    let end = words[mention.words.upperBound - 1].range.upperBound
    var lineStart = start
    while lineStart > 0, scalars[lineStart - 1] != "\n" {
      lineStart -= 1
      if end - lineStart > dateLineLength { return false }
    }
    var lineEnd = end
    while lineEnd < scalars.count, scalars[lineEnd] != "\n" {
      lineEnd += 1
      if lineEnd - lineStart > dateLineLength { return false }
    }
    func isBeside(_ word: StoryWord) -> Bool {
      word.isNumber || DateReader.weekdays[word.text] != nil || dateLineWords.contains(word.text)
    }
    var index = mention.words.lowerBound - 1
    while index >= 0, words[index].range.lowerBound >= lineStart {
      guard isBeside(words[index]) else { return false }
      index -= 1
    }
    index = mention.words.upperBound
    while index < words.count, words[index].range.upperBound <= lineEnd {
      guard isBeside(words[index]) else { return false }
      index += 1
    }
    return true
  }

  /// The longest a page's date line is, in scalars.
  private static let dateLineLength = 80

  /// Words a page's date line may hold beside the date: times, zones, `updated`.
  private static let dateLineWords = publicationCues.union([
    "am", "pm", "gmt", "utc", "et", "est", "edt", "bst", "cet", "ist", "pst", "pdt",
  ])

  /// Words that say the date after them is the page's own.
  private static let publicationCues: Set<String> = [
    "published", "updated", "posted", "dated", "modified",
  ]

  /// An article's clean text as the dating reads it: scalars, words and paragraphs, each made
  /// once.
  private struct Text {
    var scalars: [Unicode.Scalar]
    var words: [StoryWord]
    var paragraphs: [Range<Int>]

    init(scalars: [Unicode.Scalar], words: [StoryWord]) {
      self.scalars = scalars
      self.words = words
      paragraphs = Article.paragraphRanges(of: scalars)
    }

    /// Where the opening ends: after the second paragraph.
    var openingEnd: Int { paragraphs.count > 2 ? paragraphs[1].upperBound : scalars.count }
  }

  /// The first date named in full on a line cleaning removed from the opening (a byline,
  /// `Updated: November 11, 2011`).
  private static func removedLineDate(of article: Article, _ text: Text) -> StoryDate? {
    let originalEnd = article.alignment.originalOffset(ofClean: text.openingEnd)
    return article.removals.lazy.filter { $0.range.start < originalEnd }
      .compactMap { firstExplicitDate(in: $0.text) }.first
  }

  /// The first date `line` names in full, marked inferred.
  private static func firstExplicitDate(in line: String) -> StoryDate? {
    let scalars = Array(line.unicodeScalars)
    let words = StoryWordScanner.words(in: scalars, range: 0..<scalars.count)
    return DateReader().mentions(in: words, reference: nil).first(where: { !$0.isRelative })
      .map { StoryDate(date: $0.date, isInferred: true) }
  }
}
