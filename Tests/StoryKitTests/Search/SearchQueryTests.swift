import StoryKit
import Testing

@Suite("Search query parsing")
struct SearchQueryTests {
  /// A parsed query as short strings, one per part, so a table row reads like the query:
  /// `lav*` (a prefix), `"phone call"` (a phrase), `-trump` (excluded), then the qualifiers
  /// (`speaker:jane doe`, `source:tass`, `date:2025-04-01..2025-04-30`, `in:title`, `is:copy`,
  /// `story:ID`) in that order.
  static func summary(_ query: SearchQuery) -> [String] {
    var parts: [String] = query.terms.map { term in
      let words = term.words.joined(separator: " ")
      let body = term.words.count > 1 ? "\"\(words)\"" : words
      return (term.isNegated ? "-" : "") + body + (term.isPrefix ? "*" : "")
    }
    parts += query.speakers.map {
      "speaker:" + $0.words.joined(separator: " ") + ($0.isPrefix ? "*" : "")
    }
    parts += query.sources.map { "source:" + $0 }
    if let range = query.dateRange {
      parts.append("date:" + iso(range.lowerBound) + ".." + iso(range.upperBound))
    }
    if let field = query.field { parts.append("in:" + field.rawValue) }
    parts += query.states.map { "is:" + $0.rawValue }.sorted()
    if let story = query.story { parts.append("story:" + story.rawValue) }
    return parts
  }

  /// `YYYY-MM-DD` of a day number (days since 1970-01-01), or "" for an open end.
  static func iso(_ dayNumber: Int) -> String {
    guard abs(dayNumber) < 10_000_000 else { return "" }
    // NB: Howard Hinnant's civil_from_days, the inverse of `ArticleDate.dayNumber`.
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    return ArticleDate(year: year, month: month, day: day)?.description ?? "?"
  }

  static func day(_ iso: String) throws -> Int {
    try #require(ArticleDate(iso: iso)).dayNumber
  }

  // MARK: Well-formed queries

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var parts: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    // Words, prefixes, phrases, negation.
    Case(name: "the word being typed is a prefix", text: "lav", parts: ["lav*"]),
    Case(name: "a trailing space ends the word", text: "lav ", parts: ["lav"]),
    Case(name: "a trailing tab ends the word", text: "lav\t", parts: ["lav"]),
    Case(name: "only the last word is a prefix", text: "sergei lav", parts: ["sergei", "lav*"]),
    Case(
      name: "runs of spaces separate like one", text: "  sergei   lavrov  ",
      parts: ["sergei", "lavrov"]),
    Case(
      name: "a quoted phrase", text: #""phone call" lavrov "#, parts: [#""phone call""#, "lavrov"]),
    Case(
      name: "a phrase at the end is not a prefix", text: #"lavrov "phone call""#,
      parts: ["lavrov", #""phone call""#]),
    Case(name: "a one-word phrase is an exact word", text: #""lav""#, parts: ["lav"]),
    Case(name: "curly quotes make a phrase", text: "“phone call” ", parts: [#""phone call""#]),
    Case(name: "low-high quotes make a phrase", text: "„phone call“ ", parts: [#""phone call""#]),
    Case(name: "a negated word", text: "lavrov -trump ", parts: ["lavrov", "-trump"]),
    Case(
      name: "a negated phrase", text: #"-"phone call" lavrov "#,
      parts: [#"-"phone call""#, "lavrov"]),
    Case(
      name: "a negated word being typed is a prefix", text: "lavrov -tru",
      parts: ["lavrov", "-tru*"]),
    Case(name: "a lone hyphen is nothing", text: "lavrov - rubio ", parts: ["lavrov", "rubio"]),
    Case(
      name: "a hyphenated word is the phrase of its parts", text: "anti-piracy ",
      parts: [#""anti piracy""#]),
    Case(name: "an apostrophe splits a word", text: "Lavrov's ", parts: [#""lavrov s""#]),
    Case(name: "a time is not a qualifier", text: "12:30 ", parts: [#""12 30""#]),
    Case(name: "case is folded", text: "LAVROV Rubio ", parts: ["lavrov", "rubio"]),
    Case(name: "diacritics are folded", text: "Šefčovič Žižek ", parts: ["sefcovic", "zizek"]),
    Case(
      name: "capitals with diacritics are folded", text: "ŠEFČOVIČ ÉLYSÉE",
      parts: ["sefcovic", "elysee*"]),
    Case(name: "punctuation alone is nothing", text: "… — ! ", parts: []),
    Case(name: "an empty query", text: "", parts: []),
    // Qualifiers.
    Case(name: "speaker:", text: "speaker:Lavrov ", parts: ["speaker:lavrov"]),
    Case(name: "speaker: being typed is a prefix", text: "speaker:Lav", parts: ["speaker:lav*"]),
    Case(
      name: "speaker: being typed, under three letters, is no prefix", text: "speaker:la",
      parts: ["speaker:la"]),
    Case(
      name: "speaker: being typed, a full name's last word is the prefix",
      text: "speaker:sergei-lav", parts: ["speaker:sergei lav*"]),
    Case(
      name: "speaker: before other words is no prefix", text: "speaker:lav peace",
      parts: ["peace*", "speaker:lav"]),
    Case(
      name: "speaker: with a quoted full name", text: #"speaker:"Sergei Lavrov""#,
      parts: ["speaker:sergei lavrov"]),
    Case(
      name: "speaker: with curly quotes and diacritics", text: "speaker:“Maroš Šefčovič”",
      parts: ["speaker:maros sefcovic"]),
    Case(
      name: "two speakers", text: "speaker:lavrov speaker:rubio",
      parts: ["speaker:lavrov", "speaker:rubio*"]),
    Case(name: "source:", text: "source:TASS", parts: ["source:tass"]),
    Case(
      name: "source: with spaces", text: #"source:"Harbour Times""#, parts: ["source:harbour times"]
    ),
    Case(
      name: "two sources", text: "source:tass source:ians", parts: ["source:tass", "source:ians"]),
    Case(name: "date: a year", text: "date:2025", parts: ["date:2025-01-01..2025-12-31"]),
    Case(name: "date: a month", text: "date:2025-04", parts: ["date:2025-04-01..2025-04-30"]),
    Case(
      name: "date: February of a leap year", text: "date:2024-02",
      parts: ["date:2024-02-01..2024-02-29"]),
    Case(name: "date: a day", text: "date:2025-04-28", parts: ["date:2025-04-28..2025-04-28"]),
    Case(
      name: "date: a range of months", text: "date:2025-03..2025-04",
      parts: ["date:2025-03-01..2025-04-30"]),
    Case(
      name: "date: a range of days", text: "date:2025-04-20..2025-04-28",
      parts: ["date:2025-04-20..2025-04-28"]),
    Case(name: "date: open start", text: "date:..2024", parts: ["date:..2024-12-31"]),
    Case(name: "date: open end", text: "date:2025-06..", parts: ["date:2025-06-01.."]),
    Case(
      name: "date: a one-day range", text: "date:2025-04-28..2025-04-28",
      parts: ["date:2025-04-28..2025-04-28"]),
    Case(
      name: "two dates intersect", text: "date:2025 date:2025-04..2026",
      parts: ["date:2025-04-01..2025-12-31"]),
    Case(name: "in:title", text: "in:title lavrov", parts: ["lavrov*", "in:title"]),
    Case(name: "in:quotes", text: "in:quotes win ", parts: ["win", "in:quotes"]),
    Case(
      name: "qualifier names and values in any case", text: "IN:Quotes Is:COPY win ",
      parts: ["win", "in:quotes", "is:copy"]),
    Case(
      name: "is:copy, is:unread, is:starred", text: "is:copy is:unread is:starred",
      parts: ["is:copy", "is:starred", "is:unread"]),
    Case(name: "story:", text: "story:s1a2b3c4d", parts: ["story:s1a2b3c4d"]),
    Case(
      name: "everything at once",
      text:
        #"speaker:lavrov source:tass date:2025-04 in:quotes is:starred story:s1a2b3c4d "peace talks" -trump ukr"#,
      parts: [
        #""peace talks""#, "-trump", "ukr*", "speaker:lavrov", "source:tass",
        "date:2025-04-01..2025-04-30", "in:quotes", "is:starred", "story:s1a2b3c4d",
      ]),
    Case(
      name: "qualifiers between words", text: "lavrov source:tass talks",
      parts: ["lavrov", "talks*", "source:tass"]),
  ]

  @Test("well-formed queries", arguments: cases)
  func parses(_ testCase: Case) throws {
    let query = try SearchQuery(parsing: testCase.text)
    #expect(Self.summary(query) == testCase.parts)
  }

  @Test("a query with no words and no qualifiers is empty")
  func emptiness() throws {
    #expect(try SearchQuery(parsing: "").isEmpty)
    #expect(try SearchQuery(parsing: "   ").isEmpty)
    #expect(try SearchQuery(parsing: "… !").isEmpty)
    #expect(try !SearchQuery(parsing: "l").isEmpty)
    #expect(try !SearchQuery(parsing: "-l").isEmpty)
    #expect(try !SearchQuery(parsing: "is:copy").isEmpty)
    #expect(try !SearchQuery(parsing: "date:2025").isEmpty)
  }

  @Test("positive terms leave out the negated ones")
  func positiveTerms() throws {
    let query = try SearchQuery(parsing: #"lavrov -trump "phone call" -"white house" ukr"#)
    #expect(query.positiveTerms.map { $0.words } == [["lavrov"], ["phone", "call"], ["ukr"]])
  }

  @Test("equal queries parse equal: a cache key ignores spacing and case")
  func equality() throws {
    #expect(
      try SearchQuery(parsing: "Lavrov  RUBIO ") == (try SearchQuery(parsing: "lavrov rubio ")))
    #expect(try SearchQuery(parsing: "lavrov rubio") != (try SearchQuery(parsing: "lavrov rubio ")))
  }

  @Test("a negated qualifier is refused, not read as the qualifier itself")
  func negatedQualifier() throws {
    // `-source:tass` reads as "not from TASS"; taking it as `source:tass` would return exactly
    // the articles the user asked to exclude, so it is refused with a message.
    for (text, qualifier) in [
      ("-source:tass lavrov ", "-source:"), ("-speaker:lavrov lavrov ", "-speaker:"),
      ("-is:copy lavrov ", "-is:"),
    ] {
      let error = #expect(throws: SearchQueryError.self, "\(text)") {
        try SearchQuery(parsing: text)
      }
      let message = try #require(error?.message)
      #expect(message.contains(qualifier), "\(message)")
      #expect(message.contains("cannot be negated"), "\(message)")
      #expect(!message.contains("\n"))
      // Without the minus, the same query parses.
      _ = try SearchQuery(parsing: String(text.dropFirst()))
    }
    // A negated word is still a negated term.
    #expect(try SearchQuery(parsing: "lavrov -tass ").terms.map(\.isNegated) == [false, true])
  }

  @Test("dates that do not overlap are refused with a message")
  func disjointDates() throws {
    // `date:2025 date:2024` asks for a day in both years: there is none.
    let error = #expect(throws: SearchQueryError.self) {
      try SearchQuery(parsing: "date:2025 date:2024")
    }
    let message = try #require(error?.message)
    #expect(message.contains("date:"), "\(message)")
    #expect(message.contains("do not overlap"), "\(message)")
    #expect(!message.contains("\n"))
    // Ranges that share a single day still intersect to that day.
    let touching = try SearchQuery(parsing: "date:2024-06 date:2024-06-30..2024-07")
    let day = try Self.day("2024-06-30")
    #expect(touching.dateRange == day...day)
  }

  // MARK: Malformed queries

  struct Malformed: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    /// Words the message must contain: what was wrong, and what to type instead.
    var mentions: [String]
    var testDescription: String { name }
  }

  static let malformed: [Malformed] = [
    Malformed(
      name: "an unknown qualifier", text: "author:smith",
      mentions: ["author:", "not a qualifier", "speaker:"]),
    Malformed(
      name: "a URL reads as a qualifier", text: "https://example.com",
      mentions: ["https:", "not a qualifier"]),
    Malformed(
      name: "month 13", text: "date:2025-13",
      mentions: ["date:2025-13", "not a date", "YYYY-MM-DD"]),
    Malformed(name: "month 0", text: "date:2025-00", mentions: ["date:2025-00", "not a date"]),
    Malformed(
      name: "30 February", text: "date:2025-02-30", mentions: ["date:2025-02-30", "not a date"]),
    Malformed(
      name: "29 February of a common year", text: "date:2025-02-29",
      mentions: ["date:2025-02-29", "not a date"]),
    Malformed(name: "a two-digit year", text: "date:25", mentions: ["date:25", "not a date"]),
    Malformed(
      name: "a date in words", text: "date:yesterday", mentions: ["date:yesterday", "not a date"]),
    Malformed(name: "a date with four parts", text: "date:2025-04-28-01", mentions: ["not a date"]),
    Malformed(name: "an empty date", text: "date:", mentions: ["date:", "not a date"]),
    Malformed(
      name: "a range that ends before it starts", text: "date:2025-05..2025-04",
      mentions: ["date:2025-05..2025-04", "ends before it starts"]),
    Malformed(
      name: "a range with three ends", text: "date:2024..2025..2026",
      mentions: ["date:2024..2025..2026", "not a date"]),
    Malformed(
      name: "a bad end of a range", text: "date:2025-04..2025-13",
      mentions: ["date:2025-13", "not a date"]),
    Malformed(
      name: "an unclosed quote", text: #"lavrov "phone call"#,
      mentions: ["quotation mark", "not closed"]),
    Malformed(
      name: "an unclosed curly quote", text: "“phone call",
      mentions: ["quotation mark", "not closed"]),
    Malformed(
      name: "an unclosed quoted speaker", text: #"speaker:"sergei lavrov"#, mentions: ["not closed"]
    ),
    Malformed(
      name: "in:body", text: "in:body lavrov", mentions: ["in:body", "in:quotes", "in:title"]),
    Malformed(
      name: "is:nothing", text: "is:nothing",
      mentions: ["is:nothing", "is:copy", "is:unread", "is:starred"]),
    Malformed(
      name: "speaker: without a name", text: "speaker: lavrov",
      mentions: ["speaker:", "needs a name"]),
    Malformed(
      name: "speaker: with punctuation only", text: "speaker:!!",
      mentions: ["speaker:", "needs a name"]),
    Malformed(
      name: "source: without an outlet", text: "source:", mentions: ["source:", "needs an outlet"]),
    Malformed(
      name: "story: without an id", text: "story:", mentions: ["story:", "needs a story id"]),
  ]

  @Test("malformed queries throw a message that says what to do", arguments: malformed)
  func refuses(_ testCase: Malformed) throws {
    let error = #expect(throws: SearchQueryError.self) { try SearchQuery(parsing: testCase.text) }
    let message = try #require(error?.message)
    for mention in testCase.mentions {
      #expect(message.contains(mention), "\(message)")
    }
    #expect(error?.description == message)
    #expect(!message.contains("\n"))
    #expect(message.first.map { !$0.isUppercase } ?? false, "messages are lowercase sentences")
  }
}
