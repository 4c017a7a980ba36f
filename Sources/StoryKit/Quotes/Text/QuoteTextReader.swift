/// A reader of one article's `QuoteText` (`PhraseReader`, `MentionFinder`, `SpeakerResolver`,
/// `AttributionReader`): what the text holds, read through `source` as if it were the
/// reader's own.
protocol QuoteTextReader {
  /// The article's text, shared by every reader of it.
  var source: QuoteText { get }
}

extension QuoteTextReader {
  var article: Article { source.article }
  var lexicon: SpeechLexicon { source.lexicon }
  var tokens: [TextToken] { source.tokens }
  var sentences: [Sentence] { source.sentences }
  /// The sentence of each token.
  var sentenceOf: [Int] { source.sentenceOf }
  var spans: [QuotedSpan] { source.spans }
  var inParentheses: [Bool] { source.inParentheses }
  var inTicker: [Bool] { source.inTicker }

  func isQuoted(_ token: Int) -> Bool { source.isQuoted(token) }
  func spans(openingIn range: ClosedRange<Int>) -> ArraySlice<QuotedSpan> {
    source.spans(openingIn: range)
  }
  func text(_ first: Int, _ last: Int) -> String { source.text(first, last) }
  func sentenceEnd(of token: Int) -> Int { source.sentenceEnd(of: token) }
  func opensSentence(_ token: Int) -> Bool { source.opensSentence(token) }
  func isDash(_ index: Int) -> Bool { source.isDash(index) }

  func cueVerb(at index: Int, allowGerund: Bool = false, insideQuote: Bool = false)
    -> SpeechLexicon.CueVerb?
  {
    source.cueVerb(at: index, allowGerund: allowGerund, insideQuote: insideQuote)
  }

  /// The cue verb at `index` when it may attribute a quotation of its own: any but a verb of
  /// evidence (`the figures showed`), whose document quotes nobody, and a verb that reports
  /// its object with the quoted words in it (`called the plan "a real start"`).
  func quotingCueVerb(at index: Int, allowGerund: Bool = false, insideQuote: Bool = false)
    -> SpeechLexicon.CueVerb?
  {
    cueVerb(at: index, allowGerund: allowGerund, insideQuote: insideQuote).flatMap {
      $0.isContextual ? nil : $0
    }
  }

  func isNegated(cue index: Int) -> Bool { source.isNegated(cue: index) }
  func isDocumentNoun(at index: Int) -> Bool { source.isDocumentNoun(at: index) }
  func cueEnd(at index: Int) -> Int { source.cueEnd(at: index) }
  func isProgressive(at index: Int) -> Bool { source.isProgressive(at: index) }
}
