/// One quotation or reported statement in an article, and who said it.
///
/// `range` is in Unicode-scalar offsets of the article's *original* text, quotation marks
/// excluded, so the reader can highlight it in place and `text` equals that slice.
///
/// ```swift
/// for quote in analysis.quotes(in: article.id) {
///   print(quote.kind, quote.speaker ?? "?", quote.text)
/// }
/// ```
public struct Quote: Hashable, Sendable, Codable, Identifiable {
  /// The quote's identifier (see `QuoteID`: the article id and a hash of the quote's words).
  public var id: QuoteID
  /// The article it stands in.
  public var article: ArticleID
  /// Where the quoted or reported words stand in the original text (marks excluded).
  public var range: TextRange
  /// The quoted or reported words, as they stand in the original text.
  public var text: String
  /// Whether the words are quoted, reported, or reported with quoted fragments.
  public var kind: QuoteKind
  /// The canonical name of the speaker, when known (see `SpeakerDirectory`).
  public var speaker: String?
  /// The words in the article that name the speaker for this quote (`he`, `the ministry`,
  /// `Lavrov`), with their place in the original text.
  public var speakerMention: TextSpan?
  /// The verb or phrase that marks the speech (`said`, `according to`), with its place.
  public var cue: TextSpan?
  /// Problems met while reading this quote (an opening mark that never closes).
  public var findings: [Finding]

  /// Creates a quote.
  public init(
    id: QuoteID, article: ArticleID, range: TextRange, text: String, kind: QuoteKind,
    speaker: String?, speakerMention: TextSpan?, cue: TextSpan?, findings: [Finding] = []
  ) {
    self.id = id
    self.article = article
    self.range = range
    self.text = text
    self.kind = kind
    self.speaker = speaker
    self.speakerMention = speakerMention
    self.cue = cue
    self.findings = findings
  }
}

/// How a quote gives the speaker's words.
public enum QuoteKind: String, Hashable, Sendable, Codable, CaseIterable {
  /// Quoted word for word, between quotation marks.
  case direct
  /// Reported in the writer's words (`X said that …`).
  case indirect
  /// Reported, with quoted fragments (`was "constructive and quite useful"`).
  case mixed
}

/// A piece of an article's original text: where it stands and what it says.
public struct TextSpan: Hashable, Sendable, Codable {
  /// Where it stands, in Unicode-scalar offsets of the original text.
  public var range: TextRange
  /// The text, as it stands in the original.
  public var text: String

  /// Creates a span.
  public init(range: TextRange, text: String) {
    self.range = range
    self.text = text
  }
}
