extension SearchQuery {
  /// Parses what the user typed.
  ///
  /// - Bare words must all occur; the last word is a prefix unless a space follows it (it is
  ///   still being typed): `lav` finds `Lavrov`.
  /// - `"…"` is a phrase; `-word` and `-"…"` exclude.
  /// - Qualifiers: `speaker:NAME`, `source:NAME`, `date:YYYY[-MM[-DD]]`, `date:FROM..TO` (either
  ///   side may be left out), `in:quotes`, `in:title`, `is:copy`, `is:unread`, `is:starred`,
  ///   `story:ID`; a value with spaces goes in quotes (`speaker:"sergei lavrov"`). A speaker's
  ///   name being typed is a prefix once its last word has three letters (`speaker:lav`):
  ///   shorter, it would match most names and cost a scan of the index.
  ///
  /// Linear in the query's length.
  ///
  /// - Throws: `SearchQueryError` for an unknown qualifier, a bad date or an unclosed quote.
  public init(parsing text: String) throws(SearchQueryError) {
    self.init()
    let pieces = try Self.pieces(of: text)
    let endsInSpace =
      text.unicodeScalars.last.map { Scalars.isSpace($0) || $0 == "\n" } ?? true
    for (index, piece) in pieces.enumerated() {
      let isLast = index == pieces.count - 1
      if let qualifier = piece.qualifier {
        if piece.negated {
          throw SearchQueryError(
            "-\(qualifier): cannot be negated; leave out the minus, or exclude words with -word")
        }
        try apply(
          qualifier: qualifier, value: piece.text,
          beingTyped: isLast && !piece.quoted && !endsInSpace)
        continue
      }
      let words = WordScanner.words(in: piece.text).map(\.key)
      guard !words.isEmpty else { continue }
      terms.append(
        Term(
          words: words, isPrefix: isLast && !piece.quoted && !endsInSpace,
          isNegated: piece.negated))
    }
  }

  private mutating func apply(qualifier: String, value: String, beingTyped: Bool)
    throws(SearchQueryError)
  {
    let folded = value.lowercased()
    switch qualifier.lowercased() {
    case "speaker":
      let words = WordScanner.words(in: value).map(\.key)
      guard !words.isEmpty else {
        throw SearchQueryError("speaker: needs a name, e.g. speaker:lavrov")
      }
      let isPrefix = beingTyped && (words.last?.count ?? 0) >= Self.shortestSpeakerPrefix
      speakers.append(Term(words: words, isPrefix: isPrefix, isNegated: false))
    case "source":
      let words = WordScanner.foldedText(value)
      guard !words.isEmpty else {
        throw SearchQueryError("source: needs an outlet, e.g. source:tass")
      }
      sources.append(words)
    case "date":
      let range = try Self.dateRange(value)
      if let existing = dateRange {
        guard existing.overlaps(range) else {
          throw SearchQueryError(
            "the date: ranges do not overlap; give one date: or overlapping ones")
        }
        dateRange =
          max(
            existing.lowerBound, range.lowerBound)...min(
            existing.upperBound, range.upperBound)
      } else {
        dateRange = range
      }
    case "in":
      guard let field = Field(rawValue: folded) else {
        throw SearchQueryError("in:\(value) is not a place to search; use in:quotes or in:title")
      }
      self.field = field
    case "is":
      guard let state = State(rawValue: folded) else {
        throw SearchQueryError(
          "is:\(value) is not a state; use is:copy, is:unread or is:starred")
      }
      states.insert(state)
    case "story":
      guard !value.isEmpty else {
        throw SearchQueryError("story: needs a story id, e.g. story:s1a2b3c4d")
      }
      story = StoryID(value)
    default:
      throw SearchQueryError(
        "\(qualifier): is not a qualifier; use speaker:, source:, date:, in:, is: or story:")
    }
  }

  /// The fewest letters of a speaker's last word that make it a prefix while it is typed.
  static let shortestSpeakerPrefix = 3

  /// The days a `date:` value covers: a year, a month, a day, or `FROM..TO`.
  static func dateRange(_ value: String) throws(SearchQueryError) -> ClosedRange<Int> {
    let parts = value.components(separatedBy: "..")
    guard parts.count <= 2 else {
      throw SearchQueryError("date:\(value) is not a date; use date:YYYY-MM-DD or date:FROM..TO")
    }
    if parts.count == 2 {
      let from = parts[0].isEmpty ? Int.min / 4 : try period(parts[0]).lowerBound
      let to = parts[1].isEmpty ? Int.max / 4 : try period(parts[1]).upperBound
      guard from <= to else {
        throw SearchQueryError("date:\(value) ends before it starts")
      }
      return from...to
    }
    return try period(value)
  }

  /// The days of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
  private static func period(_ text: String) throws(SearchQueryError) -> ClosedRange<Int> {
    let fields = text.split(separator: "-", omittingEmptySubsequences: false)
    let numbers = fields.map { Int($0) }
    func invalid() -> SearchQueryError {
      SearchQueryError("date:\(text) is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    }
    guard (1...3).contains(fields.count), fields[0].count == 4, !numbers.contains(nil),
      let year = numbers[0]
    else { throw invalid() }
    if fields.count == 1 {
      guard let first = ArticleDate(year: year, month: 1, day: 1),
        let last = ArticleDate(year: year, month: 12, day: 31)
      else { throw invalid() }
      return first.dayNumber...last.dayNumber
    }
    guard let month = numbers[1], (1...12).contains(month) else { throw invalid() }
    if fields.count == 2 {
      guard let first = ArticleDate(year: year, month: month, day: 1),
        let last = ArticleDate(
          year: year, month: month, day: ArticleDate.daysIn(month: month, year: year))
      else { throw invalid() }
      return first.dayNumber...last.dayNumber
    }
    guard let day = numbers[2], let date = ArticleDate(year: year, month: month, day: day) else {
      throw invalid()
    }
    return date.dayNumber...date.dayNumber
  }

  /// One piece of a query: a word, a quoted phrase, or a qualifier with its value.
  private struct Piece {
    var text: String
    var qualifier: String?
    var negated = false
    var quoted = false
  }

  /// Splits the query on spaces, keeping quoted runs whole.
  private static func pieces(of text: String) throws(SearchQueryError) -> [Piece] {
    var pieces: [Piece] = []
    var scalars = Array(text.unicodeScalars)[...]
    func isQuote(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "\"" || scalar == "\u{201C}" || scalar == "\u{201D}" || scalar == "\u{201E}"
    }
    while let first = scalars.first {
      if Scalars.isSpace(first) || first == "\n" {
        scalars.removeFirst()
        continue
      }
      var piece = Piece(text: "")
      if first == "-", scalars.count > 1 {
        piece.negated = true
        scalars.removeFirst()
      }
      // A qualifier: letters, then a colon.
      if let colon = scalars.firstIndex(where: { !$0.properties.isAlphabetic }),
        scalars[colon] == ":", colon > scalars.startIndex
      {
        piece.qualifier = String(String.UnicodeScalarView(scalars[scalars.startIndex..<colon]))
        scalars = scalars[(colon + 1)...]
      }
      if let open = scalars.first, isQuote(open) {
        scalars.removeFirst()
        guard let close = scalars.firstIndex(where: isQuote) else {
          throw SearchQueryError("a quotation mark is not closed; close it or remove it")
        }
        piece.text = String(String.UnicodeScalarView(scalars[scalars.startIndex..<close]))
        piece.quoted = true
        scalars = scalars[(close + 1)...]
      } else {
        let end = scalars.firstIndex { Scalars.isSpace($0) || $0 == "\n" } ?? scalars.endIndex
        piece.text = String(String.UnicodeScalarView(scalars[scalars.startIndex..<end]))
        scalars = scalars[end...]
      }
      pieces.append(piece)
    }
    return pieces
  }
}
