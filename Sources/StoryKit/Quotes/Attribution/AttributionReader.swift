/// Finds who said each quotation and reported statement of an article: direct quotes'
/// attributions before, after or around them (`AttributionReader+DirectQuotes`), statements
/// reported in the writer's words (`AttributionReader+ReportedSpeech`), each speaker phrase
/// resolved to an entity (`SpeakerResolver`).
struct AttributionReader: QuoteTextReader {
  let source: QuoteText
  let phrases: PhraseReader
  /// Resolves the phrases read, learning the article's entities as it goes.
  var resolver: SpeakerResolver
  /// The speakers of the statements that end before a participle cue of their own sentence
  /// (`Hewitt said …, saying the default age …`), by the participle's token: what the
  /// participle reports is that speaker's too.
  var splitSpeakers: [Int: SpeakerPhrase] = [:]

  /// Resolves a phrase into an attribution.
  ///
  /// - Parameter pronounContext: where a pronoun is read as if it stood, when that is before
  ///   it: a pronoun inside a clause (`Paris, it said, was …`) stands for someone named
  ///   before the clause, not for the clause's own subject.
  mutating func attribution(
    _ phrase: SpeakerPhrase, cue: ClosedRange<Int>?, pronounContext: Int? = nil
  ) -> Attribution {
    Attribution(
      speaker: resolver.resolve(phrase, pronounContext: pronounContext), mention: phrase.tokens,
      cue: cue)
  }
}
