/// The quotes of a corpus, with speakers merged across articles: what `storyline quotes` and
/// `storyline speakers` print, and what the reader shows.
///
/// ```swift
/// let analysis = try QuoteAnalysis.analyse(articles)
/// for speaker in analysis.directory.speakers.prefix(5) {
///   print(speaker.name, analysis.quotes(by: speaker.name).count)
/// }
/// ```
public struct QuoteAnalysis: Sendable {
  /// Every quote of the corpus, in article order, `speaker` holding canonical names.
  public let quotes: [Quote]
  /// The corpus's speakers.
  public let directory: SpeakerDirectory
  /// Positions in `quotes` by article, and by canonical speaker name.
  private let byArticle: [ArticleID: [Int]]
  private let bySpeaker: [String: [Int]]

  /// Wraps quotes whose `speaker` holds canonical names of `directory`, and indexes them.
  public init(quotes: [Quote], directory: SpeakerDirectory) {
    self.quotes = quotes
    self.directory = directory
    var byArticle: [ArticleID: [Int]] = [:]
    var bySpeaker: [String: [Int]] = [:]
    for (position, quote) in quotes.enumerated() {
      byArticle[quote.article, default: []].append(position)
      if let speaker = quote.speaker { bySpeaker[speaker, default: []].append(position) }
    }
    self.byArticle = byArticle
    self.bySpeaker = bySpeaker
  }

  /// Extracts the quotes of `articles` (on all cores) with the bundled lexicon and merges
  /// their speakers.
  ///
  /// - Throws: `StoryKitError` when the bundled lexicon is missing or damaged.
  public static func analyse(_ articles: [Article]) throws(StoryKitError) -> QuoteAnalysis {
    analyse(articles, extractor: try QuoteExtractor.bundled())
  }

  /// Extracts the quotes of `articles` (on all cores) with `extractor` and merges their
  /// speakers across the corpus.
  ///
  /// - Parameter progress: called with the number of articles done, from worker threads.
  public static func analyse(
    _ articles: [Article], extractor: QuoteExtractor,
    progress: (@Sendable (Int) -> Void)? = nil
  ) -> QuoteAnalysis {
    let results = articles.parallelMap(reporting: progress) { extractor.extract(from: $0) }
    let directory = SpeakerDirectory(
      Array(zip(articles.map(\.id), results)).map { ($0.0, $0.1) }, extractor: extractor)
    // NB: the directory's nodes are the articles' speakers in order, as it was given them.
    var quotes: [Quote] = []
    var firstNode = 0
    for result in results {
      let names = result.speakers.lazy.map(\.name)
      for var quote in result.quotes {
        if let local = quote.speaker {
          quote.speaker =
            directory.canonicalName(localName: local, amongNames: names, firstNode: firstNode)
            ?? local
        }
        quotes.append(quote)
      }
      firstNode += result.speakers.count
    }
    return QuoteAnalysis(quotes: quotes, directory: directory)
  }

  /// The quotes of one article, in text order.
  public func quotes(in article: ArticleID) -> [Quote] {
    (byArticle[article] ?? []).map { quotes[$0] }
  }

  /// The quotes of one speaker (canonical name or alias, any case), in corpus order.
  public func quotes(by speaker: String) -> [Quote] {
    guard let name = directory.speaker(named: speaker)?.name else { return [] }
    return (bySpeaker[name] ?? []).map { quotes[$0] }
  }
}
