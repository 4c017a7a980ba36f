import Foundation
import StoryKit
import StoryTestSupport
import Testing

/// Invented articles as JSON Lines records, and helpers to open libraries over them, for the
/// library and search tests.
///
/// Every record carries an explicit `id`, so ids never depend on a file name or a line number
/// (`FILE:LINE`) and can be compared across folders and argument orders.
enum LibraryFixture {
  /// One JSON Lines record.
  struct Record: Encodable, Sendable {
    var id: String
    var title: String?
    var date: String?
    var source: String?
    var text: String
  }

  /// `records` as JSON Lines, one object a line, keys sorted.
  static func jsonLines(_ records: [Record]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return records.map { record in
      // NB: encoding these plain records cannot fail.
      String(decoding: (try? encoder.encode(record)) ?? Data(), as: UTF8.self) + "\n"
    }.joined()
  }

  /// The story fixture's items as records.
  static func records(_ items: [StoryFixture.Item]) -> [Record] {
    items.map {
      Record(id: $0.id, title: $0.title, date: $0.date, source: $0.source, text: $0.text)
    }
  }

  // MARK: Configuration and libraries

  private static let bundled = Result { () throws(StoryKitError) in
    try LibraryConfiguration.bundled()
  }

  /// The bundled configuration, read once per test run.
  static func configuration() throws -> LibraryConfiguration {
    try bundled.get()
  }

  /// A fresh in-memory analysis of `paths`.
  static func fresh(_ paths: [String]) throws -> Library {
    try Library.open(paths, location: .inMemory, configuration: configuration())
  }

  /// The library in `file` for `paths`.
  static func open(_ paths: [String], file: String, rebuild: Bool = false) throws -> Library {
    try Library.open(paths, location: .file(file), rebuild: rebuild, configuration: configuration())
  }

  // MARK: A syndicated wire story

  /// A wire story of about 150 words, written for these tests, with a quote by Mara Lind.
  static let ferryText = """
    The regional ferry operator Baltline said on Monday it would add a night crossing between Osterby and Harwick from March, after passenger numbers rose by a fifth last year.

    Chief executive Mara Lind said the new service would use the company's newest vessel, the Northern Tern, which can carry 600 passengers and 140 cars.

    "Demand has never been higher, and the night crossing lets freight move when the roads are empty," Lind said at the harbour terminal.

    The operator will also cut fares for students and pensioners by ten per cent, a move welcomed by the island council, which had asked for cheaper tickets for two years.

    Unions said they would seek talks on rosters for the extra crew the night service needs, warning that staff already worked long shifts in the summer season.

    Tickets for the first crossings go on sale next week on the company's website and at the Osterby terminal.
    """

  static let ferryOriginal = Record(
    id: "ferry-wire", title: "Baltline adds night ferry between Osterby and Harwick",
    date: "2025-02-03", source: "Nordic Wire", text: ferryText)

  /// The same story as another outlet ran it a day later: a byline header on top, nothing else
  /// changed.
  static let ferryCopy = Record(
    id: "ferry-radio", title: "Night ferry to Harwick from March", date: "2025-02-04",
    source: "Coastal Radio", text: "By Sam Reed | Coastal Radio\n\n" + ferryText)

  // MARK: The library corpus

  /// Two notices that share the id `notice` (one becomes `notice~2`) on the same day, so only
  /// the canonical order (by content hash) decides which keeps the plain id.
  static let noticeA = Record(
    id: "notice", title: "Harbour office closed on Friday", date: "2024-10-10",
    source: "Harbour Times",
    text:
      "The harbour office in Osterby will be closed on Friday for a staff training day, the port authority said. Permits can be renewed online."
  )
  static let noticeB = Record(
    id: "notice", title: "Library opening hours extended", date: "2024-10-10",
    source: "Northbridge Post",
    text:
      "The Northbridge public library will stay open until nine in the evening on weekdays from November, the council said. Weekend hours are unchanged."
  )

  /// The first file of the library corpus: the first earthquake, the ferry original, a notice.
  static var fileA: [Record] { records(StoryFixture.firstQuake) + [ferryOriginal, noticeA] }
  /// The second file: the second earthquake, the ferry copy, the other notice.
  static var fileB: [Record] { records(StoryFixture.secondQuake) + [ferryCopy, noticeB] }
  /// A third file, added later: the bridge closure.
  static var fileC: [Record] { records(StoryFixture.bridge) }
}

/// What a library holds, read through its public queries.
struct LibraryContents: Equatable {
  var articles: [Article]
  var quotes: [Quote]
  var speakers: [Speaker]
  var groups: [DuplicateGroup]
  var stories: [Story]
  var problems: [IngestProblem]
  /// Each speaker's quotes as the library finds them by speaker (what the reader's speaker
  /// view lists), speaker by speaker.
  var quotesBySpeaker: [[QuoteID]]

  init(_ library: Library) throws {
    articles = try library.articles()
    quotes = try library.quotes()
    speakers = try library.speakers()
    groups = try library.duplicateGroups()
    stories = try library.stories()
    problems = try library.problems()
    quotesBySpeaker = try speakers.map { try library.quoteReferences(by: $0.id).map(\.id) }
  }

  /// The same contents with every article's location blanked and lists sorted by id: what must
  /// not depend on the folder the files are in or the order they were listed in.
  var placeless: LibraryContents {
    var copy = self
    copy.articles = articles.map { article in
      var article = article
      article.location = StoryKit.SourceLocation(path: "")
      return article
    }.sorted { $0.id < $1.id }
    copy.quotes = quotes.sorted { $0.id < $1.id }
    copy.quotesBySpeaker = quotesBySpeaker.map { $0.sorted() }
    copy.problems = []
    return copy
  }

  /// Checks `self` equals `other` part by part, so a failure names the part that differs.
  func expectEqual(
    _ other: LibraryContents, _ comment: Comment? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    #expect(articles.map(\.id) == other.articles.map(\.id), comment, sourceLocation: sourceLocation)
    #expect(articles == other.articles, comment, sourceLocation: sourceLocation)
    #expect(quotes.map(\.id) == other.quotes.map(\.id), comment, sourceLocation: sourceLocation)
    #expect(quotes == other.quotes, comment, sourceLocation: sourceLocation)
    #expect(speakers == other.speakers, comment, sourceLocation: sourceLocation)
    #expect(quotesBySpeaker == other.quotesBySpeaker, comment, sourceLocation: sourceLocation)
    #expect(groups == other.groups, comment, sourceLocation: sourceLocation)
    #expect(
      stories.map(\.articles) == other.stories.map(\.articles), comment,
      sourceLocation: sourceLocation)
    #expect(stories == other.stories, comment, sourceLocation: sourceLocation)
    #expect(problems == other.problems, comment, sourceLocation: sourceLocation)
  }
}
