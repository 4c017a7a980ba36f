import Foundation
import GRDB
import StoryKit
import StoryTestSupport
import Testing

@Suite("Library: incremental updates read only what changed and give the fresh analysis")
struct IncrementalUpdateTests {
  typealias Corpus = LibraryTests.Corpus
  typealias Record = LibraryFixture.Record

  /// Reports by stage: how many items the stage said it had to do (its largest `total`).
  final class Work: @unchecked Sendable {
    private let lock = NSLock()
    private var totals: [LibraryProgress.Stage: Int] = [:]

    func add(_ report: LibraryProgress) {
      lock.withLock { totals[report.stage] = max(totals[report.stage] ?? 0, report.total ?? 0) }
    }

    func total(_ stage: LibraryProgress.Stage) -> Int? { lock.withLock { totals[stage] } }
  }

  /// Opens the corpus's library, recording what each stage had to do.
  static func open(_ corpus: Corpus, _ work: Work) throws -> Library {
    try Library.open(
      [corpus.path], location: .file(corpus.library),
      configuration: LibraryFixture.configuration(), progress: { work.add($0) })
  }

  @Test("a new file is the only one read, and the library equals a fresh analysis")
  func newFileOnly() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    _ = try corpus.open()
    try corpus.folder.write("corpus/c.jsonl", LibraryFixture.jsonLines(LibraryFixture.fileC))
    let work = Work()
    let updated = try Self.open(corpus, work)
    #expect(updated.openedAs == .analysed(reason: "files 1 new or changed"))
    #expect(work.total(.reading) == 1)
    #expect(work.total(.cleaning) == LibraryFixture.fileC.count)
    try LibraryContents(updated).expectEqual(LibraryContents(corpus.fresh()))
  }

  /// A speaker's id follows its shortest form: when a lone surname joins a full name, the id
  /// changes, and the quotes stored before follow it (the speaker view lists them all).
  @Test("a shorter form joining a speaker takes its stored quotes to the new id")
  func shorterFormKeepsQuotesBySpeaker() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    let before = try corpus.open()
    let full = try #require(try before.speakers().first { $0.name == "Ingrid Dahl" })
    let stored = try before.quoteReferences(by: full.id).count
    #expect(stored > 0)
    let lone = Record(
      id: "lone-surname", title: "Harbour authority answers", date: "2025-03-04",
      source: "Coast Post",
      text: """
        Dahl said: "The harbour will reopen on Friday once the divers have checked the \
        piers." She spoke to reporters at the quay.
        """)
    try corpus.folder.write("corpus/c.jsonl", LibraryFixture.jsonLines([lone]))
    let updated = try corpus.open()
    let speaker = try #require(try updated.speakers().first { $0.name == "Ingrid Dahl" })
    #expect(speaker.aliases.contains("Dahl"))
    #expect(try updated.quoteReferences(by: speaker.id).count == stored + 1)
    try LibraryContents(updated).expectEqual(LibraryContents(corpus.fresh()))
  }

  @Test(
    "a stored article is found by its speaker's new alias, as after a fresh analysis",
    arguments: [
      (query: "speaker:sergey", stored: "lavrov-1"),
      (query: "speaker:sergei", stored: "lavrov-1"),
    ])
  func storedArticleFoundByNewAlias(query: String, stored: String) throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    let first = Record(
      id: "lavrov-1", title: "Talks in Geneva", date: "2025-03-04", source: "Wire",
      text: """
        Sergei Lavrov said: "The talks in Geneva were useful and will continue next month."
        """)
    try corpus.folder.write("corpus/c.jsonl", LibraryFixture.jsonLines([first]))
    _ = try corpus.open()
    let second = Record(
      id: "lavrov-2", title: "Geneva talks resume", date: "2025-04-04", source: "Agency",
      text: """
        Sergey Lavrov said: "The second round of talks in Geneva has begun in a calm mood."
        """)
    try corpus.folder.write("corpus/d.jsonl", LibraryFixture.jsonLines([second]))
    let updated = try corpus.open()
    let speaker = try #require(try updated.speakers().first { $0.name.hasSuffix("Lavrov") })
    #expect(
      Set([speaker.name] + speaker.aliases).isSuperset(of: ["Sergei Lavrov", "Sergey Lavrov"]))
    func hits(_ library: Library) throws -> Set<String> {
      Set(try library.search(SearchQuery(parsing: query)).hits.map(\.article.rawValue))
    }
    #expect(try hits(updated).contains(stored))
    #expect(try hits(updated) == hits(corpus.fresh()))
    try Self.expectSearchIndexWhole(corpus.library)
  }

  /// A record of one speaker's two quotes, the second naming them by surname.
  static func quoted(_ id: String, _ name: String, surnameToo: Bool = true) -> Record {
    let surname = name.split(separator: " ").last.map(String.init) ?? name
    var text = """
      \(name) said: "The new bridge over the river will open before the winter comes."
      """
    if surnameToo {
      text += "\n\n\"Nobody in this town will have to wait any longer,\" \(surname) added."
    }
    return Record(
      id: id, title: "Bridge \(id)", date: "2025-05-0\(id.count % 9 + 1)",
      source: "Valley Post", text: text)
  }

  struct Handover: CustomTestStringConvertible, Sendable {
    var name: String
    var before: [Record]
    var added: [Record]
    var testDescription: String { name }
  }

  /// Speaker ids change hands without going away: quotes stored before follow their
  /// speaker, not the id.
  static let handovers = [
    Handover(
      name: "a new speaker of the same surname sorts first and takes the bare id",
      before: [quoted("h1", "Donald Halloway"), quoted("h2", "Melania Halloway")],
      added: [quoted("h3", "Barron Halloway")]),
    Handover(
      name: "a lone surname splits off a full name when another full name appears",
      before: [
        quoted("h1", "Donald Halloway", surnameToo: false),
        quoted("h2", "Halloway", surnameToo: false),
      ],
      added: [quoted("h3", "Melania Halloway", surnameToo: false)]),
  ]

  @Test("quotes follow their speaker when ids change hands", arguments: handovers)
  func idsChangingHands(handover: Handover) throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    try corpus.folder.write("corpus/c.jsonl", LibraryFixture.jsonLines(handover.before))
    _ = try corpus.open()
    try corpus.folder.write("corpus/d.jsonl", LibraryFixture.jsonLines(handover.added))
    let updated = try corpus.open()
    for speaker in try updated.speakers() {
      #expect(try updated.quotes(by: speaker.id).allSatisfy { $0.speaker == speaker.name })
    }
    try LibraryContents(updated).expectEqual(LibraryContents(corpus.fresh()))
  }

  @Test("a record appended to a JSON Lines file is the only article analysed")
  func appendedRecord() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    _ = try corpus.open()
    try corpus.folder.write(
      "corpus/b.jsonl",
      LibraryFixture.jsonLines(LibraryFixture.fileB + LibraryFixture.records(StoryFixture.bridge)))
    let work = Work()
    let updated = try Self.open(corpus, work)
    #expect(work.total(.cleaning) == StoryFixture.bridge.count)
    #expect(work.total(.quotes) == StoryFixture.bridge.count)
    try LibraryContents(updated).expectEqual(LibraryContents(corpus.fresh()))
  }

  struct Edit: CustomTestStringConvertible, Sendable {
    var name: String
    /// The new file b.
    var fileB: @Sendable () -> [Record]
    var testDescription: String { name }
  }

  static let edits: [Edit] = [
    Edit(name: "a record removed from a file") {
      LibraryFixture.fileB.filter { $0.id != "quake2-times" }
    },
    Edit(name: "a record's text changed in place") {
      LibraryFixture.fileB.map { record in
        var record = record
        if record.id == "quake2-wire" { record.text += "\n\nThe death toll rose to eleven." }
        return record
      }
    },
    Edit(name: "every headline changed in place: the stories are titled again") {
      LibraryFixture.fileB.map { record in
        var record = record
        record.title = record.title.map { $0 + " tonight" }
        return record
      }
    },
    Edit(name: "the copy removed: its original stands alone") {
      LibraryFixture.fileB.filter { $0.id != "ferry-radio" }
    },
  ]

  @Test("edits inside a file give the fresh analysis", arguments: edits)
  func editsInsideAFile(_ edit: Edit) throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    _ = try corpus.open()
    try corpus.folder.write("corpus/b.jsonl", LibraryFixture.jsonLines(edit.fileB()))
    let updated = try corpus.open()
    let fresh = try corpus.fresh()
    try LibraryContents(updated).expectEqual(LibraryContents(fresh))
    try Self.expectSameHits(updated, fresh, for: ["quake", "death", "eleven", "tonight", "ferry"])
    try Self.expectSearchIndexWhole(corpus.library)
    #expect(try corpus.open().openedAs == .current)
  }

  @Test("when its original leaves, a copy comes back into the stories as an original")
  func copyBecomesOriginal() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    let before = try corpus.open()
    #expect(
      try before.duplicateGroup(of: ArticleID("ferry-radio"))?.original.rawValue == "ferry-wire")
    try corpus.folder.write(
      "corpus/a.jsonl",
      LibraryFixture.jsonLines(LibraryFixture.fileA.filter { $0.id != "ferry-wire" }))
    let updated = try corpus.open()
    #expect(try updated.duplicateGroups().isEmpty)
    let story = try #require(try updated.story(of: ArticleID("ferry-radio")))
    #expect(story.members.map(\.copyOf) == [nil])
    try LibraryContents(updated).expectEqual(LibraryContents(corpus.fresh()))
  }

  @Test("an article renamed for a taken id keeps its name, and its reading state, while it stays")
  func renamedIDsStay() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    let first = try corpus.open()
    let renamed = try #require(
      try first.articles().first { $0.id.rawValue == "notice~2" })
    try first.setReadingState(ReadingState(isStarred: true), of: renamed.id)
    // The file holding the article that kept the plain id goes.
    let plain = try #require(try first.articles().first { $0.id.rawValue == "notice" })
    try FileManager.default.removeItem(atPath: plain.location.path)

    let updated = try corpus.open()
    #expect(try updated.article(renamed.id)?.originalText == renamed.originalText)
    #expect(try updated.article(ArticleID("notice")) == nil)
    #expect(try updated.readingState(of: renamed.id).isStarred)
  }

  @Test("files added one at a time give the stories of adding them at once")
  func filesOneAtATime() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let corpus = folder.path + "/corpus"
    let library = folder.path + "/library.sqlite"
    let files = [
      LibraryFixture.fileA, LibraryFixture.fileB, LibraryFixture.fileC,
    ]
    for (number, records) in files.enumerated() {
      try folder.write("corpus/\(number).jsonl", LibraryFixture.jsonLines(records))
      _ = try LibraryFixture.open([corpus], file: library)
    }
    let updated = try LibraryFixture.open([corpus], file: library)
    #expect(updated.openedAs == .current)
    let fresh = try LibraryContents(LibraryFixture.fresh([corpus]))
    let contents = try LibraryContents(updated)
    // NB: which of two articles sharing an id keeps it plain is first come, first served in a
    // library that grows (ids never change under an article), so ids are compared unsuffixed.
    let unsuffixed = { (stories: [Story]) in
      stories.map { $0.articles.map { $0.rawValue.split(separator: "~")[0] } }
    }
    #expect(unsuffixed(contents.stories) == unsuffixed(fresh.stories))
    #expect(contents.groups == fresh.groups)
    #expect(contents.speakers == fresh.speakers)
  }

  // MARK: Speakers

  @Test("an update rewrites only the stored quotes whose speaker's name changed")
  func quotesRewrittenOnlyWhenTheirSpeakerChanges() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let corpus = folder.path + "/corpus"
    let library = folder.path + "/library.sqlite"
    // NB: the second article calls him `Lavrov`; the library names him `Sergei Lavrov`.
    let lavrov = [
      Record(
        id: "lavrov-1", title: "Lavrov on talks", date: "2025-04-28", source: "TASS",
        text:
          "Russian Foreign Minister Sergei Lavrov said on Monday that Moscow was ready for talks."),
      Record(
        id: "lavrov-2", title: "Lavrov on Istanbul", date: "2025-04-29", source: "TASS",
        text:
          "The talks resumed in Geneva.\n\nLavrov said on Tuesday that the talks should be held in Istanbul."
      ),
    ]
    try folder.write("corpus/a.jsonl", LibraryFixture.jsonLines(lavrov))
    let before = try LibraryFixture.open([corpus], file: library)
    let speakersBefore = try Dictionary(
      uniqueKeysWithValues: before.quotes().map { ($0.id, $0.speaker) })
    #expect(speakersBefore.values.allSatisfy { $0 == "Sergei Lavrov" })
    let pool = try DatabasePool(path: library)
    try pool.write { db in
      try db.execute(sql: "CREATE TABLE rewritten (id TEXT)")
      try db.execute(
        sql:
          "CREATE TRIGGER logRewrite AFTER UPDATE ON quote BEGIN INSERT INTO rewritten VALUES (old.id); END"
      )
    }
    try pool.close()
    for step in 1...2 {
      try folder.write("corpus/c\(step).jsonl", LibraryFixture.jsonLines(LibraryFixture.fileC))
      _ = try LibraryFixture.open([corpus], file: library)
    }
    let rewritten = try DatabaseQueue(path: library).read { db in
      try String.fetchAll(db, sql: "SELECT id FROM rewritten")
    }
    #expect(rewritten.isEmpty, "quotes rewritten though their speaker kept its name: \(rewritten)")
  }

  // MARK: Corpus boilerplate

  /// Articles of one source that end with the same short line; `count` of them.
  static func gazette(_ count: Int, from first: Int = 0) -> [Record] {
    let topics = [
      "The city council approved a new budget for road repairs after a long debate on Tuesday.",
      "A late frost damaged apple orchards across the valley, growers told the farm bureau.",
      "The museum reopened its east wing after two years of work on the roof and windows.",
      "Bus drivers agreed a new contract that raises pay by four per cent over two years.",
      "The river festival drew record crowds despite rain on both days of the weekend.",
    ]
    return (first..<first + count).map { number in
      Record(
        id: "gazette-\(number)", title: "Gazette report \(number)", date: "2024-05-0\(number + 1)",
        source: "Daily Gazette",
        text: topics[number % topics.count]
          + "\n\nOfficials will publish the details next week, a spokesperson said.\n\n"
          + "Follow the Daily Gazette on Telegram")
    }
  }

  @Test("a line that new articles make boilerplate is cleaned out of the stored ones too")
  func boilerplateVerdictChanges() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let corpus = folder.path + "/corpus"
    let library = folder.path + "/library.sqlite"
    try folder.write("corpus/1.jsonl", LibraryFixture.jsonLines(Self.gazette(2)))
    let before = try LibraryFixture.open([corpus], file: library)
    // Two articles are too few to call the line boilerplate.
    #expect(try before.articles().allSatisfy { $0.cleanText.contains("Telegram") })

    try folder.write("corpus/2.jsonl", LibraryFixture.jsonLines(Self.gazette(2, from: 2)))
    let after = try LibraryFixture.open([corpus], file: library)
    #expect(try after.articles().allSatisfy { !$0.cleanText.contains("Telegram") })
    try LibraryContents(after).expectEqual(LibraryContents(LibraryFixture.fresh([corpus])))
    // NB: an article cleaned again keeps its search key: its old row must leave the index
    // before its new one comes in, words both share included.
    let words = ["telegram", "officials", "frost", "council", "gazette"]
    try Self.expectSameHits(after, LibraryFixture.fresh([corpus]), for: words)
    #expect(try after.search(SearchQuery(parsing: "council")).hits.count == 1)
    try Self.expectSearchIndexWhole(library)

    // And back: with the new file gone, the line is the articles' own again.
    try FileManager.default.removeItem(atPath: corpus + "/2.jsonl")
    let restored = try LibraryFixture.open([corpus], file: library)
    #expect(try restored.articles().allSatisfy { $0.cleanText.contains("Telegram") })
    try LibraryContents(restored).expectEqual(LibraryContents(LibraryFixture.fresh([corpus])))
    try Self.expectSameHits(restored, LibraryFixture.fresh([corpus]), for: words)
    try Self.expectSearchIndexWhole(library)
  }

  /// Expects the search index of the library `file` to hold one row per stored article and no
  /// other: its row total (which ranking reads) and its rows' keys against the articles'. A
  /// search row left behind, or one taken out twice, finds nothing through `Library.search`
  /// (which skips keys no article holds), so hits alone would not show it.
  static func expectSearchIndexWhole(_ file: String) throws {
    let queue = try DatabaseQueue(
      path: file,
      configuration: { () -> Configuration in
        var configuration = Configuration()
        configuration.readonly = true
        return configuration
      }())
    defer { try? queue.close() }
    try queue.read { db in
      let articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? -1
      // NB: the averages record opens with the row total, an SQLite varint.
      let averages = try Data.fetchOne(db, sql: "SELECT block FROM search_data WHERE id = 1")
      var total = 0
      for byte in averages ?? Data() {
        total = total << 7 | Int(byte & 0x7F)
        if byte < 0x80 { break }
      }
      #expect(total == articles)
      // Search rows of no article, and articles without a search row.
      for orphans in [
        "SELECT count(*) FROM search_docsize WHERE id NOT IN (SELECT searchKey FROM article)",
        "SELECT count(*) FROM article WHERE searchKey NOT IN (SELECT id FROM search_docsize)",
      ] {
        #expect(try Int.fetchOne(db, sql: orphans) == 0, "\(orphans)")
      }
    }
  }

  /// Expects `queries` to find the same articles in `updated` as in `fresh`.
  static func expectSameHits(_ updated: Library, _ fresh: Library, for queries: [String]) throws {
    for query in queries {
      func hits(_ library: Library) throws -> Set<String> {
        Set(try library.search(SearchQuery(parsing: query)).hits.map(\.article.rawValue))
      }
      #expect(try hits(updated) == hits(fresh), "\(query)")
    }
  }

  // MARK: Saved state

  @Test(
    "an unreadable saved state means a fresh analysis, never a wrong one",
    arguments: [
      // A piece's list of chunks damaged.
      ("UPDATE analysisState SET data = x'FFFFFFFF' WHERE part = 'stories'", "unreadable"),
      // A chunk lost.
      (
        "DELETE FROM analysisState WHERE part = (SELECT min(part) FROM analysisState WHERE substr(part, 1, 1) = '#')",
        "unreadable"
      ),
      // A chunk of another length than its piece's list says.
      (
        "UPDATE analysisState SET data = data || x'00' WHERE part = (SELECT max(part) FROM analysisState WHERE substr(part, 1, 1) = '#')",
        "unreadable"
      ),
      // Saved by a Storyline whose state had another layout.
      (
        "UPDATE meta SET value = '1' WHERE key = 'stateFormat'", "from another version of Storyline"
      ),
    ])
  func damagedState(damage: String, reason: String) throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    _ = try corpus.open()
    let pool = try DatabasePool(path: corpus.library)
    try pool.write { db in try db.execute(sql: damage) }
    try pool.close()
    try corpus.folder.write("corpus/c.jsonl", LibraryFixture.jsonLines(LibraryFixture.fileC))
    let updated = try corpus.open()
    #expect(updated.openedAs == .analysed(reason: "saved analysis state " + reason))
    try LibraryContents(updated).expectEqual(LibraryContents(corpus.fresh()))
  }
}
