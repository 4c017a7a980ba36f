import StoryKit

/// An article laid out for a width: its header and clean text as wrapped lines, every quote in
/// ``Role/quote``, every speaker mention in ``Role/speaker``, and, where the text names the
/// speaker only by a pronoun or a role (`he`, `the top diplomat`), the speaker's name inserted
/// after it in brackets, as editors do: `he [Sergei Lavrov] said`.
///
/// Quote ranges index the *original* text; they are mapped into the clean text through the
/// article's `TextAlignment`. Each line records the clean-text offset it starts at, so a
/// resize can keep the reading position and `]`/`[` can find quotes.
struct ArticleLayout: Hashable, Sendable {
  /// One line of the laid-out article.
  struct Line: Hashable, Sendable {
    /// The text.
    var text: StyledText
    /// The clean-text offset (Unicode scalars) of its first grapheme; `nil` for header lines.
    var offset: Int?
  }

  /// The lines, top to bottom.
  var lines: [Line]
  /// The line each quote starts on, in the order of `ArticleDetail.quotes`.
  var quoteLines: [Int]
  /// The line each search match starts on, in the order of the matches given.
  var matchLines: [Int]

  /// Lays `detail` out for text `width` columns wide.
  ///
  /// - Parameters:
  ///   - detail: The article and its quotes.
  ///   - width: The text width, in columns.
  ///   - includesTitle: Whether the headline opens the text (when the title bar cannot show it
  ///     whole).
  ///   - matches: Search matches to mark in ``Role/match``, as Unicode-scalar ranges of the
  ///     clean text, in order.
  ///   - showsRemovals: Whether the lines cleaning removed stand in place in the text, in
  ///     ``Role/dim``, each followed by its reason (`[boilerplate]`, `[repeated]`).
  init(
    _ detail: ArticleDetail, width: Int, includesTitle: Bool = true, matches: [Range<Int>] = [],
    showsRemovals: Bool = false
  ) {
    let article = detail.article
    var lines: [Line] = []
    func add(_ text: StyledText, offset: Int? = nil) {
      for line in text.wrapped(toColumns: width) { lines.append(Line(text: line, offset: offset)) }
    }
    if includesTitle { add(StyledText(article.title ?? article.id.rawValue, role: .title)) }
    var meta = [detail.shownDate?.description, article.source, article.author.map { "by " + $0 }]
      .compactMap { $0 }.filter { !$0.isEmpty }
    meta.append(Plural.count(article.wordCount, "word", "words"))
    meta.append(Plural.count(detail.quotes.count, "quote", "quotes"))
    add(StyledText(meta.joined(separator: " · "), role: .dim))
    if !detail.eventDays.isEmpty {
      add(StyledText(Self.eventLine(detail.eventDays), role: .dim))
    }
    if let copy = detail.copy {
      let original = copy.originalTitle.isEmpty ? copy.original.rawValue : copy.originalTitle
      var banner = "Copy of “\(original)” · \(Int((copy.similarity * 100).rounded()))% similar"
      if !copy.differences.isEmpty { banner += " · " + copy.differences.joined(separator: ", ") }
      add(StyledText(banner, role: .copy))
    }
    lines.append(Line(text: StyledText(), offset: nil))

    var marks = Marks(detail)
    for match in matches {
      for offset in match { marks.roles[offset] = .match }
    }
    var removed = showsRemovals ? Self.removals(of: article) : [:]
    func addRemoved(before offset: Int) {
      guard let lines = removed.removeValue(forKey: offset) else { return }
      for line in lines { add(line, offset: offset) }
    }
    var pieces: [StyledText.Piece] = []
    var offset = 0
    var paragraphStart = 0
    func endParagraph() {
      for line in StyledText.wrap(pieces, toColumns: width, emptyTag: paragraphStart) {
        lines.append(Line(text: line.text, offset: line.tag))
      }
      pieces = []
    }
    for character in article.cleanText {
      let length = character.unicodeScalars.count
      if character == "\n" {
        endParagraph()
        paragraphStart = offset + length
      } else {
        if pieces.isEmpty, offset == paragraphStart { addRemoved(before: offset) }
        let role = marks.roles[offset] ?? .normal
        pieces += StyledText.pieces(of: String(character), role: role, tag: offset)
        for label in marks.insertions[offset + length] ?? [] {
          pieces += StyledText.pieces(of: " [" + label + "]", role: .speaker, tag: offset)
        }
      }
      offset += length
    }
    if !pieces.isEmpty || article.cleanText.isEmpty { endParagraph() }
    // NB: what follows the last paragraph (a footer), and anything not placed before one.
    for key in removed.keys.sorted() {
      lines.append(Line(text: StyledText(), offset: key))
      addRemoved(before: key)
    }

    self.lines = lines
    self.quoteLines = marks.quoteStarts.map { start in
      Self.line(containing: start, in: lines) ?? 0
    }
    self.matchLines = matches.map { match in
      Self.line(containing: match.lowerBound, in: lines) ?? 0
    }
  }

  /// The most event days the header lists.
  static let eventDayLimit = 6

  /// `mentions 1920-04-05 · 2025-06-02`, the first `eventDayLimit` days, then how many more.
  static func eventLine(_ days: [ArticleDate]) -> String {
    var line = "mentions " + days.prefix(eventDayLimit).map(\.description).joined(separator: " · ")
    if days.count > eventDayLimit { line += " · \(days.count - eventDayLimit) more" }
    return line
  }

  /// The last line starting at or before the clean offset `offset`.
  static func line(containing offset: Int, in lines: [Line]) -> Int? {
    var found: Int?
    for (index, line) in lines.enumerated() {
      guard let start = line.offset else { continue }
      if start > offset { break }
      found = index
    }
    return found
  }

  /// Where quotes and speakers stand in the clean text.
  private struct Marks {
    /// The role of each marked clean-text offset.
    var roles: [Int: Role] = [:]
    /// Speaker names to insert after the grapheme ending at a clean-text offset.
    var insertions: [Int: [String]] = [:]
    /// Each quote's first clean-text offset.
    var quoteStarts: [Int] = []

    init(_ detail: ArticleDetail) {
      let alignment = detail.article.alignment
      let clean = Array(detail.article.cleanText.unicodeScalars)
      func cleanRange(_ range: TextRange) -> Range<Int> {
        let start = min(alignment.cleanOffset(ofOriginal: range.start), clean.count)
        let end =
          range.isEmpty
          ? start : min(alignment.cleanOffset(ofOriginal: range.end - 1) + 1, clean.count)
        return start..<max(start, end)
      }
      for quote in detail.quotes {
        let range = cleanRange(quote.range)
        quoteStarts.append(range.lowerBound)
        for offset in range { roles[offset] = .quote }
        if let mention = quote.speakerMention {
          for offset in cleanRange(mention.range) { roles[offset] = .speaker }
        }
        guard let speaker = quote.speaker, !speaker.isEmpty else { continue }
        var at: Int
        if let mention = quote.speakerMention {
          guard !Self.names(mention.text, speaker) else { continue }
          at = cleanRange(mention.range).upperBound
        } else {
          at = range.upperBound
          // NB: after the closing quotation mark, not inside the quotation.
          if at < clean.count, Self.closingMarks.contains(clean[at]) { at += 1 }
        }
        if !(insertions[at]?.contains(speaker) ?? false) {
          insertions[at, default: []].append(speaker)
        }
      }
    }

    static let closingMarks: Set<Unicode.Scalar> = ["\"", "”", "’", "'", "»", "›", "“"]

    /// Whether `mention` already names `speaker` (holds their last name, in any case).
    static func names(_ mention: String, _ speaker: String) -> Bool {
      guard let last = speaker.split(separator: " ").last else { return true }
      return mention.lowercased().contains(last.lowercased())
    }
  }
}
