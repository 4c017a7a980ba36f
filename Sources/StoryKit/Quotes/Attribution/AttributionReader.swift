/// Finds who said each quotation and reported statement of an article: direct quotes'
/// attributions before, after or around them (`AttributionReader+DirectQuotes`), statements
/// reported in the writer's words (`AttributionReader+ReportedSpeech`), each speaker phrase
/// resolved to an entity (`SpeakerResolver`).
struct AttributionReader: QuoteTextReader {
  let source: QuoteText
  let phrases: PhraseReader
  /// Resolves the phrases read, learning the article's entities as it goes.
  var resolver: SpeakerResolver

  /// Resolves a phrase into an attribution.
  mutating func attribution(_ phrase: SpeakerPhrase, cue: ClosedRange<Int>?) -> Attribution {
    Attribution(speaker: resolver.resolve(phrase), mention: phrase.tokens, cue: cue)
  }
}
