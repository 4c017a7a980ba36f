import StoryKit

/// One speaker's quotes across the corpus in time order, for `}` and `{` in an article.
///
/// Quotes are ordered by their article's day, oldest first; quotes of the same day (and of
/// articles without a day, which come last) keep the corpus order, so the quotes of one
/// article stay in text order.
struct SpeakerTrail: Sendable {
  /// The speaker.
  let speaker: Speaker
  /// Where the speaker's quotes stand, oldest first (the quotes are read when shown).
  let quotes: [QuoteReference]
  /// What lists show of the quotes' articles (their days among it), by article.
  let summaries: [ArticleID: ArticleSummary]

  /// Reads the quotes of the speaker named `name`.
  ///
  /// - Returns: `nil` when no speaker has that name.
  init?(speakerNamed name: String, data: any ReaderData) throws(LibraryError) {
    guard let speaker = try Self.speaker(named: name, data: data) else { return nil }
    try self.init(speaker: speaker, data: data)
  }

  /// Reads the quotes of `speaker`.
  init(speaker: Speaker, data: any ReaderData) throws(LibraryError) {
    let quotes = try data.quoteReferences(by: speaker.id)
    let summaries = try data.summaries(of: quotes.map(\.article))
    // NB: each quote's day number looked up once (undated last, then corpus order), so the
    // sort compares integers, not dictionary lookups of article ids.
    let keys = quotes.enumerated().map { offset, quote in
      (day: summaries[quote.article]?.date?.dayNumber ?? Int.max, offset: offset)
    }
    let ordered = keys.sorted { $0.day != $1.day ? $0.day < $1.day : $0.offset < $1.offset }
    self.speaker = speaker
    self.quotes = ordered.map { quotes[$0.offset] }
    self.summaries = summaries
  }

  /// The trail of the speaker's quotes in `article` only (for a speaker without a name, who
  /// is someone else in another article).
  func within(_ article: ArticleID) -> SpeakerTrail {
    SpeakerTrail(
      speaker: speaker, quotes: quotes.filter { $0.article == article }, summaries: summaries)
  }

  private init(speaker: Speaker, quotes: [QuoteReference], summaries: [ArticleID: ArticleSummary]) {
    self.speaker = speaker
    self.quotes = quotes
    self.summaries = summaries
  }

  /// The speaker whose canonical name is `name`, if any.
  static func speaker(named name: String, data: any ReaderData) throws(LibraryError) -> Speaker? {
    try data.speakers().first { $0.name == name }
  }

  /// The quote `times` steps after (or before) the quote `id`, stopping at the ends.
  ///
  /// - Returns: The index of the quote gone to, or `nil` when `id` is not in the trail or is
  ///   already at that end.
  func step(from id: QuoteID, forward: Bool, times: Int) -> Int? {
    guard let current = quotes.firstIndex(where: { $0.id == id }) else { return nil }
    let target = min(max(0, current + (forward ? times : -times)), quotes.count - 1)
    return target == current ? nil : target
  }
}
