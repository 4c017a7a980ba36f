/// One news article, read and cleaned: the unit everything else in Storyline works on.
///
/// An article keeps its original text next to the clean text, and the alignment between them,
/// so every later position (a quote, a search match) can be shown in place in the original.
/// Metadata records where each value came from (`Provenance`).
public struct Article: Hashable, Sendable, Codable, Identifiable {
  /// The article's identifier (see `ArticleID` for how it is chosen).
  public var id: ArticleID
  /// The file (and record) the article was read from.
  public var location: SourceLocation

  /// The headline: given by the input, detected as the text's first line, or derived from the
  /// lead; `nil` only when the article has no text at all.
  public var title: String?
  /// Where `title` came from.
  public var titleProvenance: Provenance?
  /// Where the headline stands in the original text, when it was taken from it.
  public var titleRange: TextRange?

  /// The publication day, when the input or the scraper's header gives one.
  public var date: ArticleDate?
  /// The outlet or agency that published the article (`IANS`, `Reuters`), when known.
  public var source: String?
  /// Where `source` came from: `given` (input field) or `detected` (dateline, credit line).
  public var sourceProvenance: Provenance?
  /// The article's address, when the input gives one.
  public var url: String?
  /// The author, from the input or a byline in the text.
  public var author: String?

  /// The text as read: the decoded file content, or the JSON `text` field as given.
  public var originalText: String
  /// The article text without boilerplate: paragraphs separated by a blank line (`\n\n`),
  /// whitespace and Unicode normalised (NFC).
  public var cleanText: String
  /// The map from clean-text positions back to original-text positions.
  public var alignment: TextAlignment
  /// Everything cleaning removed, in original order.
  public var removals: [Removal]
  /// How many paragraphs were dropped because they repeated an earlier one.
  public var repeatedParagraphs: Int
  /// Problems noticed while reading and cleaning this article.
  public var findings: [Finding]
  /// The number of words in the clean text.
  public var wordCount: Int

  /// Creates an article; normally made by `ArticleCleaner`.
  public init(
    id: ArticleID, location: SourceLocation, title: String?, titleProvenance: Provenance?,
    titleRange: TextRange?, date: ArticleDate?, source: String?, sourceProvenance: Provenance?,
    url: String?, author: String?, originalText: String, cleanText: String,
    alignment: TextAlignment, removals: [Removal], repeatedParagraphs: Int, findings: [Finding],
    wordCount: Int
  ) {
    self.id = id
    self.location = location
    self.title = title
    self.titleProvenance = titleProvenance
    self.titleRange = titleRange
    self.date = date
    self.source = source
    self.sourceProvenance = sourceProvenance
    self.url = url
    self.author = author
    self.originalText = originalText
    self.cleanText = cleanText
    self.alignment = alignment
    self.removals = removals
    self.repeatedParagraphs = repeatedParagraphs
    self.findings = findings
    self.wordCount = wordCount
  }

  /// The number of lines (paragraphs) removed as boilerplate, repeated paragraphs included.
  public var removedLines: Int { removals.filter { $0.reason != .header }.count }

  /// The clean text's paragraphs, as clean-text scalar ranges.
  public var paragraphRanges: [Range<Int>] { Self.paragraphRanges(of: cleanText.unicodeScalars) }

  /// The paragraphs of a clean text (separated by blank lines), as scalar ranges.
  static func paragraphRanges(of scalars: some Sequence<Unicode.Scalar>) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    var offset = 0
    var previousNewline = false
    for scalar in scalars {
      if scalar == "\n" && previousNewline {
        ranges.append(start..<(offset - 1))
        start = offset + 1
      }
      previousNewline = scalar == "\n"
      offset += 1
    }
    if start < offset { ranges.append(start..<offset) }
    return ranges
  }
}
