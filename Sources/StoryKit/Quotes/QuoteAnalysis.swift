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

  /// Extracts the quotes of `articles` (on all cores) and merges their speakers.
  ///
  /// - Throws: `StoryKitError` when the bundled lexicon is missing or damaged.
  public static func analyse(_ articles: [Article]) throws(StoryKitError) -> QuoteAnalysis {
    let extractor = try QuoteExtractor.bundled()
    let results = articles.parallelMap { extractor.extract(from: $0) }
    let directory = SpeakerDirectory(Array(zip(articles.map(\.id), results)).map { ($0.0, $0.1) })
    var quotes: [Quote] = []
    for (article, result) in zip(articles, results) {
      for var quote in result.quotes {
        if let local = quote.speaker {
          quote.speaker = directory.canonicalName(article: article.id, localName: local) ?? local
        }
        quotes.append(quote)
      }
    }
    return QuoteAnalysis(quotes: quotes, directory: directory)
  }

  /// The quotes of one article, in text order.
  public func quotes(in article: ArticleID) -> [Quote] {
    quotes.filter { $0.article == article }
  }

  /// The quotes of one speaker (canonical name or alias, any case), in corpus order.
  public func quotes(by speaker: String) -> [Quote] {
    guard let name = directory.speaker(named: speaker)?.name else { return [] }
    return quotes.filter { $0.speaker == name }
  }
}
