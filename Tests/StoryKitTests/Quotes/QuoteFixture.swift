import StoryKit
import StoryTestSupport
import Testing

/// What one span marked `⟦…⟧` in a quote test's text expects of the quote found there.
///
/// ```swift
/// QuoteCase("said after", "\"⟦We are ready,⟧\" Lavrov said.", .direct("Sergei Lavrov"))
/// ```
struct ExpectedQuote: Sendable, CustomStringConvertible {
  /// Whether the words are quoted, reported, or reported with quoted fragments.
  var kind: QuoteKind
  /// The speaker's article-local name (`Sergei Lavrov`), or `nil` when no speaker is known.
  ///
  /// A leading `the` is ignored on both sides, so `the Kremlin` and `Kremlin` are equal.
  var speaker: String?
  /// Whether the quote must carry an `.unclosedQuote` finding (and, when `false`, must not).
  var unclosed: Bool = false
  /// The text of the cue (`said`, `According to`), when the row checks it.
  var cue: String?
  /// The text of the speaker's mention (`Rubio`, `the statement`), when the row checks it.
  var mention: String?

  /// The same expectation, also checking the attribution's words.
  func attributed(cue: String, mention: String) -> ExpectedQuote {
    var copy = self
    copy.cue = cue
    copy.mention = mention
    return copy
  }

  static func direct(_ speaker: String?, unclosed: Bool = false) -> ExpectedQuote {
    ExpectedQuote(kind: .direct, speaker: speaker, unclosed: unclosed)
  }

  static func indirect(_ speaker: String?) -> ExpectedQuote {
    ExpectedQuote(kind: .indirect, speaker: speaker)
  }

  static func mixed(_ speaker: String?) -> ExpectedQuote {
    ExpectedQuote(kind: .mixed, speaker: speaker)
  }

  var description: String {
    "\(kind) by \(speaker ?? "nobody")\(unclosed ? " (unclosed)" : "")"
  }
}

/// One row of a quote-extraction table: a named text whose quotes are marked inline by `⟦…⟧`.
///
/// The marks surround what `Quote.range` must cover: for a direct quote the words inside the
/// quotation marks (marks excluded), for reported speech the reported clause (from `that` when
/// present, final full stop excluded). Every quote of the text is marked, so a quote found
/// outside the marks is a failure too (a false positive); a row without marks is a negative.
struct QuoteCase: Sendable, CustomTestStringConvertible {
  var name: String
  var marked: String
  /// One expectation per mark, in text order.
  var expected: [ExpectedQuote]
  /// Where the row stands in its table, so a failure points at it.
  var sourceLocation: Testing.SourceLocation

  var testDescription: String { name }

  /// A row; one expectation applies to every mark, several go one per mark in text order.
  init(
    _ name: String, _ marked: String, _ expected: ExpectedQuote...,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    self.name = name
    self.marked = marked
    let marks = MarkedText(marked).ranges.count
    self.expected =
      expected.count == 1 ? Array(repeating: expected[0], count: marks) : expected
    self.sourceLocation = sourceLocation
  }
}

/// Runs the clean → extract pipeline on test text and checks its quotes against marked spans.
enum QuoteFixture {
  static let cleaner = Result { () throws(StoryKitError) in try ArticleCleaner.bundled() }
  static let extractor = Result { () throws(StoryKitError) in try QuoteExtractor.bundled() }

  /// One article cleaned from `text`, as a plain-text file would give it.
  static func article(_ text: String, id: String = "t") throws -> Article {
    try cleaner.get().clean(
      RawArticle(id: ArticleID(id), location: StoryKit.SourceLocation(path: id), text: text))
  }

  /// The one quote of `text`, with the article's speakers; fails when there is not exactly one.
  static func onlyQuote(
    in text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> (quote: Quote, speakers: [QuoteExtractor.ArticleSpeaker]) {
    let result = try extractor.get().extract(from: try article(text))
    try #require(result.quotes.count == 1, sourceLocation: sourceLocation)
    return (result.quotes[0], result.speakers)
  }

  /// The quotes of `text` (markers already removed), in text order.
  static func quotes(
    in text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> (article: Article, quotes: [Quote]) {
    let article = try article(text)
    // NB: a first paragraph that reads as a headline leaves the body; test texts avoid it.
    try #require(
      article.titleRange == nil, "the test text's first paragraph was taken as its title",
      sourceLocation: sourceLocation)
    let quotes = try extractor.get().extract(from: article).quotes
    for quote in quotes {
      #expect(
        quote.text == article.originalText.scalarSlice(quote.range.start, quote.range.end),
        "quote text is not the original text at its range: \(describe(quote))",
        sourceLocation: sourceLocation)
      for span in [quote.cue, quote.speakerMention].compactMap({ $0 }) {
        #expect(
          span.text == article.originalText.scalarSlice(span.range.start, span.range.end),
          "attribution span \(span.text) is not the original text at \(span.range)",
          sourceLocation: sourceLocation)
      }
    }
    return (article, quotes)
  }

  /// The corpus analysis of several texts, given ids `a1`, `a2`, ….
  static func analyse(_ texts: [String]) throws -> QuoteAnalysis {
    let articles = try texts.enumerated().map { try article($1, id: "a\($0 + 1)") }
    return try QuoteAnalysis.analyse(articles)
  }

  /// Checks one table row: each marked span is a quote of the expected kind and speaker, and
  /// no other quote is found.
  static func check(_ row: QuoteCase) throws {
    let location = row.sourceLocation
    let marked = MarkedText(row.marked)
    try #require(
      marked.ranges.count == row.expected.count,
      "the row has \(marked.ranges.count) marks but \(row.expected.count) expectations",
      sourceLocation: location)
    let (article, quotes) = try quotes(in: marked.text, sourceLocation: location)
    for range in marked.ranges {
      try #require(
        article.cleanText.contains(marked.slice(range)),
        "cleaning changed the marked text ⟦\(marked.slice(range))⟧", sourceLocation: location)
    }
    var chosen = Set<Int>()
    for (range, expected) in zip(marked.ranges, row.expected) {
      let want = "⟦\(marked.slice(range))⟧"
      let exact = quotes.indices.first { quotes[$0].range.start..<quotes[$0].range.end == range }
      let overlapping = quotes.indices.filter { !chosen.contains($0) }.max { a, b in
        overlap(quotes[a], range) < overlap(quotes[b], range)
      }.flatMap { overlap(quotes[$0], range) > 0 ? $0 : nil }
      guard let index = exact ?? overlapping else {
        Issue.record(
          "missing \(expected) quote \(want); found: \(describe(quotes))", sourceLocation: location)
        continue
      }
      chosen.insert(index)
      let quote = quotes[index]
      if exact == nil {
        Issue.record(
          "span: expected \(want), got ⟦\(quote.text)⟧ (\(quote.kind), \(quote.speaker ?? "nobody"))",
          sourceLocation: location)
      }
      #expect(quote.kind == expected.kind, "kind of \(want)", sourceLocation: location)
      #expect(
        speakerKey(quote.speaker) == speakerKey(expected.speaker), "speaker of \(want)",
        sourceLocation: location)
      #expect(
        quote.findings.contains { $0.kind == .unclosedQuote } == expected.unclosed,
        "unclosed-quote finding of \(want): \(quote.findings)", sourceLocation: location)
      if let cue = expected.cue {
        #expect(quote.cue?.text == cue, "cue of \(want)", sourceLocation: location)
      }
      if let mention = expected.mention {
        #expect(
          quote.speakerMention?.text == mention, "speaker mention of \(want)",
          sourceLocation: location)
      }
    }
    for index in quotes.indices where !chosen.contains(index) {
      Issue.record("unexpected quote \(describe(quotes[index]))", sourceLocation: location)
    }
  }

  /// Scalars shared by a quote's range and `range`.
  static func overlap(_ quote: Quote, _ range: Range<Int>) -> Int {
    max(0, min(quote.range.end, range.upperBound) - max(quote.range.start, range.lowerBound))
  }

  /// A speaker name compared without a leading `the`.
  static func speakerKey(_ name: String?) -> String? {
    guard let name else { return nil }
    return name.hasPrefix("the ") || name.hasPrefix("The ") ? String(name.dropFirst(4)) : name
  }

  /// `⟦text⟧ kind by speaker` for messages.
  static func describe(_ quote: Quote) -> String {
    "⟦\(quote.text)⟧ \(quote.kind) by \(quote.speaker ?? "nobody")"
  }

  static func describe(_ quotes: [Quote]) -> String {
    quotes.isEmpty ? "no quotes" : quotes.map(describe).joined(separator: "; ")
  }
}
