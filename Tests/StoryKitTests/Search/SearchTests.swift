import Foundation
import StoryKit
import StoryTestSupport
import Testing

/// A small invented corpus for the search tests, analysed once into an in-memory library.
enum SearchFixture {
  typealias Record = LibraryFixture.Record

  /// `Šefčovič` decomposed (NFD): each letter with a caron is a base letter and U+030C.
  static let decomposedSefcovic = "S\u{30C}efc\u{30C}ovic\u{30C}"

  static let records: [Record] = [
    Record(
      id: "lavrov-call", title: "Lavrov and Rubio discuss Ukraine by phone", date: "2025-04-28",
      source: "Nordic Wire",
      text: """
        Russian Foreign Minister Sergei Lavrov spoke to US Secretary of State Marco Rubio on Monday in a phone call about a ceasefire in Ukraine, the foreign ministry said.

        The two agreed to stay in touch, the ministry added.
        """),
    Record(
      id: "lavrov-visit", title: "Lavrov visits Ankara", date: "2025-04-20", source: "Nordic Wire",
      text: """
        Sergei Lavrov arrived in Ankara on Sunday for a two-day visit to discuss grain shipments across the Black Sea with his Turkish counterpart.
        """),
    Record(
      id: "doe-rally", title: "Mayor rallies supporters in Osterby", date: "2025-03-10",
      source: "Harbour Times",
      text: """
        "We will win," Jane Doe said.

        The mayor of Osterby spoke to about two hundred supporters at the fish market on Saturday evening, a week before the town votes.
        """),
    Record(
      id: "football", title: "Osterby football club eyes promotion", date: "2025-03-11",
      source: "Coastal Radio",
      text: """
        The Osterby football club will win promotion if it beats Harwick next week, and fans have already booked two coaches for the away game.
        """),
    Record(
      id: "sefcovic-trade", title: "EU trade chief heads to Washington", date: "2025-05-02",
      source: "ČTK",
      text: """
        Brussels, May 2 (ČTK) — 🇪🇺 Maroš Šefčovič, the EU trade commissioner, flew to Washington on Friday for talks on steel tariffs.

        He will meet the US commerce secretary on Monday.
        """),
    Record(
      id: "sefcovic-plain", title: "Tariff talks to resume", date: "2025-05-03",
      source: "Nordic Wire",
      text: """
        Commissioner Sefcovic said the talks on steel would resume next month in Geneva, according to officials who took part.
        """),
    Record(
      id: "kestrel-title", title: "Kestrel line approved", date: "2025-01-15",
      source: "Nordic Wire",
      text: """
        Construction of the power line across the northern moors can begin in the spring, the energy regulator said after a review of two years.
        """),
    Record(
      id: "kestrel-body", title: "Regulator approves moor line", date: "2025-01-15",
      source: "Coastal Radio",
      text: """
        The energy regulator approved the Kestrel power line on Wednesday after a review of its route over the northern moors that lasted two years.
        """),
    Record(
      id: "lighthouse-old", title: "Volunteers repaint Skerry Point lighthouse", date: "2024-06-01",
      source: "Northbridge Post",
      text: """
        The old lighthouse on Skerry Point was painted red and white again by volunteers over the weekend.
        """),
    Record(
      id: "lighthouse-new", title: "Volunteers repaint Skerry Point lighthouse", date: "2025-06-01",
      source: "Northbridge Post",
      text: """
        The old lighthouse on Skerry Point was painted red and white again by volunteers over the weekend.
        """),
    Record(
      id: "hotline", title: "Council opens hotline", date: "2025-02-20", source: "Northbridge Post",
      text: """
        The council said every call to its new hotline will be answered by phone staff within a minute, seven days a week.
        """),
    Record(
      id: "oresund", title: "Bridge tolls to rise", date: "2025-05-20", source: "Nordic Wire",
      text: """
        Tolls on the Øresund bridge between Copenhagen and Malmö will rise in July, the operator said, and a coach company from Łódź said it would raise its fares.
        """),
    LibraryFixture.ferryOriginal,
    LibraryFixture.ferryCopy,
  ]

  /// An article whose text is in decomposed form (NFD), as some macOS tools write it.
  static let decomposedArticle = Record(
    id: "sefcovic-nfd", title: "Commissioner meets farmers", date: "2025-05-04",
    source: "Harbour Times",
    text: """
      The commissioner, Maros \(decomposedSefcovic), met dairy farmers in Ostrava on Sunday to hear their worries about milk prices.
      """)

  /// A plain-text article: its first line is a headline that stays in the original text.
  static let ospreyText = """
    Ospreys return to Lake Vell

    A pair of ospreys returned to Lake Vell this week, wardens said, the first to nest on its shores in forty years.
    """

  /// A fresh in-memory library of the corpus.
  static func library() throws -> Library {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("corpus/news.jsonl", LibraryFixture.jsonLines(records))
    try folder.write("corpus/osprey.txt", ospreyText)
    return try LibraryFixture.fresh([folder.path + "/corpus"])
  }

  /// The corpus analysed once, shared by the tests that only read.
  static let shared: Result<Library, any Error> = Result { try library() }

  /// The ids of the hits of `text`, best first.
  static func hits(
    _ text: String, in library: Library, limit: Int = 50
  ) throws -> [String] {
    try library.search(SearchQuery(parsing: text), limit: limit).hits.map(\.article.rawValue)
  }
}

@Suite("Search: qualifiers, words, ranking and highlights")
struct SearchTests {
  static func shared() throws -> Library { try SearchFixture.shared.get() }

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var query: String
    var expected: Set<String>
    var testDescription: String { name }
  }

  /// Every article of the corpus.
  static let everything = Set(SearchFixture.records.map(\.id) + ["osprey.txt"])

  /// Whether `scalar` is part of a word or a mark that continues one.
  static func isWordOrMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: true
    default: !WordScanner.foldedText(String(scalar)).isEmpty
    }
  }

  static let filters: [Case] = [
    // Qualifiers alone.
    Case(name: "speaker: a surname", query: "speaker:doe", expected: ["doe-rally"]),
    Case(name: "speaker: a full name", query: #"speaker:"Jane Doe""#, expected: ["doe-rally"]),
    Case(
      name: "speaker: quoted in an original and its copy", query: "speaker:lind",
      expected: ["ferry-wire", "ferry-radio"]),
    Case(name: "speaker: nobody of that name", query: "speaker:lavrov", expected: []),
    Case(name: "speaker: being typed, by prefix", query: "speaker:jan", expected: ["doe-rally"]),
    Case(name: "speaker: typed in full, no prefix", query: "speaker:jan ", expected: []),
    Case(
      name: "source: part of the name, any case", query: "source:HARBOUR", expected: ["doe-rally"]),
    Case(
      name: "source: a name with a space", query: #"source:"coastal radio""#,
      expected: ["football", "kestrel-body", "ferry-radio"]),
    Case(
      name: "source: either of two", query: "source:harbour source:post",
      expected: ["doe-rally", "lighthouse-old", "lighthouse-new", "hotline"]),
    Case(
      name: "source: with words", query: "source:wire lavrov ",
      expected: ["lavrov-call", "lavrov-visit"]),
    Case(name: "source: an unknown outlet", query: "source:tass", expected: []),
    Case(name: "date: a month", query: "date:2025-03", expected: ["doe-rally", "football"]),
    Case(name: "date: a day", query: "date:2025-03-10", expected: ["doe-rally"]),
    Case(
      name: "date: a range of months", query: "date:2025-01..2025-02",
      expected: ["kestrel-title", "kestrel-body", "hotline", "ferry-wire", "ferry-radio"]),
    Case(
      name: "date: a range of days", query: "date:2025-04-20..2025-04-28",
      expected: ["lavrov-call", "lavrov-visit"]),
    Case(name: "date: open start", query: "date:..2024", expected: ["lighthouse-old"]),
    Case(
      name: "date: open end", query: "date:2025-05-03..",
      expected: ["sefcovic-plain", "oresund", "lighthouse-new"]),
    Case(name: "date: with a word", query: "date:2025-04-28 lavrov ", expected: ["lavrov-call"]),
    Case(name: "in:title: only headlines", query: "in:title kestrel ", expected: ["kestrel-title"]),
    Case(name: "kestrel anywhere", query: "kestrel ", expected: ["kestrel-title", "kestrel-body"]),
    Case(name: "in:quotes: only quoted words", query: "in:quotes win ", expected: ["doe-rally"]),
    Case(name: "win anywhere", query: "win ", expected: ["doe-rally", "football"]),
    Case(
      name: "is:copy: the syndicated copy, not its original", query: "is:copy ferry ",
      expected: ["ferry-radio"]),
    Case(name: "all the words must occur", query: "lavrov ankara ", expected: ["lavrov-visit"]),
    // Negation.
    Case(name: "a negated word excludes", query: "lavrov -rubio ", expected: ["lavrov-visit"]),
    Case(
      name: "a negated phrase excludes", query: #"lavrov -"phone call" "#,
      expected: ["lavrov-visit"]),
    Case(
      name: "a negated word that is not there excludes nothing", query: "lavrov -zebra ",
      expected: ["lavrov-call", "lavrov-visit"]),
    Case(
      name: "negation alone: everything else", query: "-lavrov ",
      expected: everything.subtracting(["lavrov-call", "lavrov-visit"])),
    Case(name: "negation in:title", query: "in:title lavrov -ankara ", expected: ["lavrov-call"]),
    // Phrases.
    Case(
      name: "a phrase needs the words adjacent", query: #""phone call""#, expected: ["lavrov-call"]),
    Case(
      name: "the same words apart match without quotes", query: "phone call ",
      expected: ["lavrov-call", "hotline"]),
    Case(name: "a phrase in the other order", query: #""call phone""#, expected: []),
    Case(name: "a hyphenated query is a phrase", query: "two-day ", expected: ["lavrov-visit"]),
    // Prefixes.
    Case(name: "a prefix finds the word", query: "lav", expected: ["lavrov-call", "lavrov-visit"]),
    Case(name: "a longer prefix", query: "lavro", expected: ["lavrov-call", "lavrov-visit"]),
    Case(name: "a finished word is not a prefix", query: "lav ", expected: []),
    Case(
      name: "a one-letter prefix with another word", query: "lavrov a",
      expected: ["lavrov-call", "lavrov-visit"]),
    Case(name: "a prefix inside a phrase is not a prefix", query: #""sergei lav""#, expected: []),
    Case(name: "a prefix of a plural", query: "ospr", expected: ["osprey.txt"]),
    // Diacritics and case.
    Case(
      name: "plain letters find letters with diacritics", query: "sefcovic ",
      expected: ["sefcovic-trade", "sefcovic-plain"]),
    Case(
      name: "diacritics find plain letters", query: "Šefčovič ",
      expected: ["sefcovic-trade", "sefcovic-plain"]),
    Case(
      name: "capitals with diacritics", query: "ŠEFČOVIČ ",
      expected: ["sefcovic-trade", "sefcovic-plain"]),
    Case(
      name: "a prefix with diacritics", query: "šefč",
      expected: ["sefcovic-trade", "sefcovic-plain"]),
    Case(name: "an umlaut", query: "malmo ", expected: ["oresund"]),
    Case(
      name: "a first name with and without a diacritic", query: "maros ",
      expected: ["sefcovic-trade"]),
    Case(name: "a letter without a decomposition: ø", query: "øresund ", expected: ["oresund"]),
    Case(name: "ø typed as o", query: "oresund ", expected: ["oresund"]),
    Case(name: "ł typed as l", query: "lodz ", expected: ["oresund"]),
    Case(name: "a letter without a decomposition: ł", query: "łódź ", expected: ["oresund"]),
    Case(
      name: "a letter without a decomposition, in capitals", query: "ŁÓDŹ ", expected: ["oresund"]),
  ]

  @Test("each qualifier, negation, phrase, prefix and folding filters exactly", arguments: filters)
  func filtersExactly(_ testCase: Case) throws {
    let hits = try SearchFixture.hits(testCase.query, in: Self.shared())
    #expect(Set(hits) == testCase.expected)
    #expect(hits.count == Set(hits).count, "no article twice")
  }

  @Test("source: matches outlets with non-ASCII capitals in any case")
  func sourceWithNonASCIICapitals() throws {
    let library = try Self.shared()
    #expect(try SearchFixture.hits("source:ČTK", in: library) == ["sefcovic-trade"])
    #expect(try SearchFixture.hits("source:čtk", in: library) == ["sefcovic-trade"])
  }

  @Test("a query typed in decomposed form (NFD) finds the same as composed")
  func decomposedQuery() throws {
    let library = try Self.shared()
    let composed = try SearchFixture.hits("Šefčovič ", in: library)
    #expect(Set(composed) == ["sefcovic-trade", "sefcovic-plain"])
    #expect(
      try SearchFixture.hits(SearchFixture.decomposedSefcovic + " ", in: library) == composed)
  }

  @Test("story: keeps a story's articles")
  func storyQualifier() throws {
    let library = try Self.shared()
    let story = try #require(try library.story(of: "lavrov-call"))
    let hits = try SearchFixture.hits("story:\(story.id.rawValue)", in: library)
    #expect(Set(hits) == Set(story.articles.map(\.rawValue)))
    #expect(
      try SearchFixture.hits("story:\(story.id.rawValue) lavrov ", in: library).contains(
        "lavrov-call"))
    #expect(try SearchFixture.hits("story:\(story.id.rawValue) lighthouse ", in: library).isEmpty)
    #expect(try SearchFixture.hits("story:s00000000", in: library).isEmpty)
    let results = try library.search(SearchQuery(parsing: "story:\(story.id.rawValue)"))
    #expect(results.hits.allSatisfy { $0.story == story.id })
  }

  @Test("is:unread and is:starred follow the reading state")
  func readingStateQualifiers() throws {
    let library = try SearchFixture.library()
    let all = Set(try library.articles().map(\.id.rawValue))
    #expect(Set(try SearchFixture.hits("is:unread", in: library)) == all)
    #expect(try SearchFixture.hits("is:starred", in: library).isEmpty)

    try library.setReadingState(ReadingState(isRead: true), of: ArticleID("ferry-wire"))
    try library.setReadingState(ReadingState(isStarred: true), of: ArticleID("doe-rally"))
    try library.setReadingState(
      ReadingState(isRead: true, isStarred: true), of: ArticleID("football"))
    #expect(Set(try SearchFixture.hits("is:unread ferry ", in: library)) == ["ferry-radio"])
    #expect(
      Set(try SearchFixture.hits("is:unread", in: library))
        == all.subtracting(["ferry-wire", "football"]))
    #expect(Set(try SearchFixture.hits("is:starred", in: library)) == ["doe-rally", "football"])
    #expect(Set(try SearchFixture.hits("is:starred is:unread", in: library)) == ["doe-rally"])
    #expect(
      Set(try SearchFixture.hits("is:starred win ", in: library)) == ["doe-rally", "football"])
    #expect(Set(try SearchFixture.hits("is:starred -win ", in: library)).isEmpty)

    try library.setReadingState(
      ReadingState(isRead: true, isStarred: true), of: ArticleID("doe-rally"))
    #expect(try SearchFixture.hits("is:starred is:unread", in: library).isEmpty)
    try library.setReadingState(ReadingState(), of: ArticleID("football"))
    #expect(Set(try SearchFixture.hits("is:starred", in: library)) == ["doe-rally"])
  }

  // MARK: Ranking

  @Test("a headline match outranks a single mention in the body")
  func titleOutranksBody() throws {
    let results = try Self.shared().search(SearchQuery(parsing: "kestrel "))
    #expect(results.hits.map(\.article) == ["kestrel-title", "kestrel-body"])
    #expect(results.hits[0].score > results.hits[1].score)
  }

  @Test("with equal text, the newer article ranks first")
  func newerFirst() throws {
    let results = try Self.shared().search(SearchQuery(parsing: "lighthouse skerry "))
    #expect(results.hits.map(\.article) == ["lighthouse-new", "lighthouse-old"])
    #expect(results.hits[0].score > results.hits[1].score)
    #expect(results.hits.map { $0.date?.description } == ["2025-06-01", "2024-06-01"])
  }

  @Test("hits come best first, within the limit, with their story, title and date")
  func hitsAreRanked() throws {
    let library = try Self.shared()
    let summaries = try library.articleSummaries()
    for text in ["the ", "said ", "osterby ", "is:unread", "-lavrov"] {
      let results = try library.search(SearchQuery(parsing: text), limit: 4)
      #expect(results.hits.count == 4, "\(text)")
      #expect(results.isExhaustive)
      #expect(
        zip(results.hits, results.hits.dropFirst()).allSatisfy { $0.score >= $1.score }, "\(text)")
      for hit in results.hits {
        let summary = try #require(summaries[hit.article])
        #expect(hit.story == summary.story)
        #expect(hit.title == summary.title)
        #expect(hit.date?.date == summary.date)
      }
    }
    #expect(try library.search(SearchQuery(parsing: "")).hits.isEmpty)
    #expect(try library.search(SearchQuery(parsing: "the "), limit: 1).hits.count == 1)
  }

  @Test("a search session answers each keystroke and reports a bad query")
  func session() throws {
    let library = try Self.shared()
    let session = library.searchSession(limit: 10)
    for text in ["l", "la", "lav", "lav", "lavrov -a"] {
      guard case .results(let results) = try session.update(text) else {
        Issue.record("no results for \(text)")
        continue
      }
      #expect(results.hits == (try library.search(SearchQuery(parsing: text), limit: 10)).hits)
    }
    #expect(
      try session.update("date:2025-13")
        == .invalid(SearchQueryError("date:2025-13 is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"))
    )
  }

  // MARK: Highlights

  struct Highlighted: CustomTestStringConvertible, Sendable {
    var query: String
    var article: String
    /// The folded words each match must read as, in order.
    var matches: [String]
    var testDescription: String { "\(query) in \(article)" }
  }

  static let highlights: [Highlighted] = [
    Highlighted(query: "lav", article: "lavrov-call", matches: ["lavrov"]),
    Highlighted(query: #""phone call""#, article: "lavrov-call", matches: ["phone call"]),
    Highlighted(query: "sergei lavrov ", article: "lavrov-visit", matches: ["sergei", "lavrov"]),
    Highlighted(query: "sefcovic ", article: "sefcovic-trade", matches: ["sefcovic"]),
    Highlighted(query: "šefčovič ", article: "sefcovic-plain", matches: ["sefcovic"]),
    Highlighted(
      query: "maros sefcovic ", article: "sefcovic-trade", matches: ["maros", "sefcovic"]),
    Highlighted(query: "kestrel ", article: "kestrel-body", matches: ["kestrel"]),
    Highlighted(query: "ferry ", article: "ferry-radio", matches: ["ferry"]),
    Highlighted(
      query: "osterby night ", article: "ferry-radio",
      matches: ["night", "osterby", "night", "night", "osterby"]),
    Highlighted(query: "speaker:lind ", article: "ferry-wire", matches: ["lind", "lind"]),
    Highlighted(query: "in:quotes win ", article: "doe-rally", matches: ["win"]),
    Highlighted(query: "ospr", article: "osprey.txt", matches: ["ospreys", "ospreys"]),
    Highlighted(query: "malmo ", article: "oresund", matches: ["malmo"]),
  ]

  @Test(
    "highlights are ranges into the original text that slice to the matched words",
    arguments: highlights)
  func highlight(_ testCase: Highlighted) throws {
    let library = try Self.shared()
    let query = try SearchQuery(parsing: testCase.query)
    let hit = try #require(
      try library.search(query).hits.first { $0.article.rawValue == testCase.article })
    let article = try #require(try library.article(hit.article))
    let highlight = try library.highlight(hit, query: query)
    let scalars = Array(article.originalText.unicodeScalars)
    let words = highlight.matches.map { range in
      WordScanner.foldedText(String(String.UnicodeScalarView(scalars[range.start..<range.end])))
    }
    #expect(words == testCase.matches)
    // Each match is exactly the word: it neither starts nor ends inside a longer word.
    for range in highlight.matches {
      #expect(range.start == 0 || WordScanner.foldedText(String(scalars[range.start - 1])).isEmpty)
      #expect(range.end == scalars.count || !Self.isWordOrMark(scalars[range.end]))
    }
    #expect(zip(highlight.matches, highlight.matches.dropFirst()).allSatisfy { $0.end <= $1.start })
    let first = try #require(testCase.matches.first)
    #expect(WordScanner.foldedText(highlight.snippet).contains(first), "\(highlight.snippet)")
    #expect(!highlight.snippet.contains("\n"))
  }

  @Test(
    "an article written in decomposed form (NFD) is found and highlighted, and its clean text composed"
  )
  func decomposedArticle() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let trade = try #require(SearchFixture.records.first { $0.id == "sefcovic-trade" })
    let path = try folder.write(
      "nfd.jsonl", LibraryFixture.jsonLines([SearchFixture.decomposedArticle, trade]))
    let library = try LibraryFixture.fresh([path])
    let article = try #require(try library.article("sefcovic-nfd"))
    // NB: String comparison is canonical (NFC equals NFD); compare scalars instead.
    let caron: Unicode.Scalar = "\u{30C}"
    #expect(article.originalText.unicodeScalars.contains(caron))
    #expect(!article.cleanText.unicodeScalars.contains(caron), "clean text is composed (NFC)")
    // Found whichever way it is typed, and highlighted over the whole decomposed word.
    for text in ["sefcovic ", "Šefčovič ", SearchFixture.decomposedSefcovic + " "] {
      let query = try SearchQuery(parsing: text)
      let hits = try library.search(query).hits
      #expect(Set(hits.map(\.article)) == ["sefcovic-trade", "sefcovic-nfd"], "\(text)")
      let hit = try #require(hits.first { $0.article == "sefcovic-nfd" })
      let match = try #require(try library.highlight(hit, query: query).matches.first)
      let slice = article.originalText.scalarSlice(match.start, match.end)
      #expect(Array(slice.unicodeScalars) == Array(SearchFixture.decomposedSefcovic.unicodeScalars))
    }
    let query = try SearchQuery(parsing: "ostrava ")
    let hit = try #require(try library.search(query).hits.first)
    #expect(hit.article == "sefcovic-nfd")
    let match = try #require(try library.highlight(hit, query: query).matches.first)
    #expect(article.originalText.scalarSlice(match.start, match.end) == "Ostrava")
  }

  @Test("a headline that stands in the text is highlighted in place")
  func headlineHighlight() throws {
    let library = try Self.shared()
    let article = try #require(try library.article("osprey.txt"))
    let titleRange = try #require(article.titleRange)
    let query = try SearchQuery(parsing: "ospreys ")
    let hit = try #require(try library.search(query).hits.first)
    #expect(hit.article == "osprey.txt")
    let matches = try library.highlight(hit, query: query).matches
    #expect(matches.count == 2)
    #expect(matches.first.map { titleRange.start <= $0.start && $0.end <= titleRange.end } == true)
    let marked = MarkedText("⟦Ospreys⟧ return to Lake Vell\n\nA pair of ⟦ospreys⟧ returned")
    #expect(matches.map { $0.start..<$0.end } == marked.ranges)
  }

  @Test("whatever search finds, the highlighter finds too")
  func highlightAgreesWithSearch() throws {
    let library = try Self.shared()
    for text in [
      "oresund ", "øresund ", "lodz ", "łódź ", "malmo ", "maroš ", "🇪🇺 maros ", "will win ", "ferr",
    ] {
      let query = try SearchQuery(parsing: text)
      for hit in try library.search(query).hits {
        let matches = try library.highlight(hit, query: query).matches
        #expect(!matches.isEmpty, "\(text) finds \(hit.article) but highlights nothing")
      }
    }
  }
}

@Suite("WordScanner: words and their folded keys")
struct WordScannerTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    /// The text with each expected word marked `⟦…⟧`.
    var marked: String
    var keys: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "an apostrophe splits", marked: "⟦Lavrov⟧'⟦s⟧ ⟦talks⟧", keys: ["lavrov", "s", "talks"]),
    Case(name: "a curly apostrophe splits", marked: "⟦Lavrov⟧’⟦s⟧", keys: ["lavrov", "s"]),
    Case(name: "a hyphen splits", marked: "⟦anti⟧-⟦piracy⟧", keys: ["anti", "piracy"]),
    Case(
      name: "case and diacritics fold", marked: "⟦Šefčovič⟧ ⟦ÉCOLE⟧ ⟦naïve⟧",
      keys: ["sefcovic", "ecole", "naive"]),
    Case(
      name: "digits are words", marked: "⟦COVID⟧-⟦19⟧ ⟦in⟧ ⟦2025⟧",
      keys: ["covid", "19", "in", "2025"]),
    Case(name: "letters and digits together", marked: "⟦F16s⟧ ⟦G7⟧", keys: ["f16s", "g7"]),
    Case(
      name: "emoji separate; offsets count scalars", marked: "🇪🇺⟦EU⟧ 👍🏽 ⟦ok⟧", keys: ["eu", "ok"]),
    Case(
      name: "quotation marks and dashes separate", marked: "“⟦We⟧ ⟦will⟧ ⟦win⟧,” — ⟦she⟧",
      keys: ["we", "will", "win", "she"]),
    Case(name: "Cyrillic and Han", marked: "⟦Лавров⟧ ⟦東京⟧", keys: ["лавров", "東京"]),
    Case(name: "a dotted capital I", marked: "⟦İstanbul⟧", keys: ["istanbul"]),
    Case(
      name: "a letter without a decomposition is typed plain", marked: "⟦Øresund⟧ ⟦Łódź⟧ ⟦Æbelø⟧",
      keys: ["oresund", "lodz", "aebelo"]),
    Case(
      name: "no-break and ideographic spaces separate", marked: "⟦a⟧\u{A0}⟦b⟧\u{3000}⟦c⟧",
      keys: ["a", "b", "c"]),
    Case(
      name: "line breaks separate", marked: "⟦one⟧\n⟦two⟧\r\n⟦three⟧",
      keys: ["one", "two", "three"]),
    Case(name: "punctuation only", marked: "… — !?", keys: []),
    Case(name: "nothing", marked: "", keys: []),
  ]

  @Test("words, ranges and keys", arguments: cases)
  func words(_ testCase: Case) {
    let marked = MarkedText(testCase.marked)
    let words = WordScanner.words(in: marked.text)
    #expect(words.map(\.key) == testCase.keys)
    #expect(words.map(\.range) == marked.ranges)
    var scanned: [WordScanner.Word] = []
    WordScanner.scan(marked.text) { scanned.append($0) }
    #expect(scanned == words)
    #expect(WordScanner.foldedText(marked.text) == testCase.keys.joined(separator: " "))
  }

  @Test("a decomposed (NFD) word is one word, folded like its composed form")
  func decomposedWord() {
    let marked = MarkedText("⟦\(SearchFixture.decomposedSefcovic)⟧ ⟦Mu\u{308}ller⟧")
    let words = WordScanner.words(in: marked.text)
    #expect(words.map(\.key) == ["sefcovic", "muller"])
    #expect(words.map(\.range) == marked.ranges)
    #expect(WordScanner.foldedText(marked.text) == "sefcovic muller")
    // A mark with no letter before it starts no word.
    #expect(WordScanner.words(in: "\u{30C} a").map(\.key) == ["a"])
  }

  @Test(
    "fold lowercases and drops marks",
    arguments: [
      ("Šefčovič", "sefcovic"), ("ÀÉÎÕÜ", "aeiou"), ("S\u{30C}", "s"), ("Ελλάδα", "ελλαδα"),
    ])
  func fold(_ word: String, _ folded: String) {
    #expect(WordScanner.fold(word) == folded)
  }
}
