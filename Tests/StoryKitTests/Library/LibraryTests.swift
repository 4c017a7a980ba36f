import Foundation
import GRDB
import StoryKit
import StoryTestSupport
import Testing

@Suite("Library: reopen, re-analysis, canonical order, reading state, damaged files")
struct LibraryTests {
  /// A temporary folder with the corpus (`corpus/a.jsonl`, `corpus/b.jsonl`) and, beside it, the
  /// library file (`library.sqlite`), which is never inside the corpus.
  struct Corpus: Sendable {
    let folder: TemporaryFolder
    var path: String { folder.path + "/corpus" }
    var library: String { folder.path + "/library.sqlite" }
    var fileA: String { path + "/a.jsonl" }
    var fileB: String { path + "/b.jsonl" }
    var fileC: String { path + "/c.jsonl" }

    init() throws {
      folder = try TemporaryFolder()
      try folder.write("corpus/a.jsonl", LibraryFixture.jsonLines(LibraryFixture.fileA))
      try folder.write("corpus/b.jsonl", LibraryFixture.jsonLines(LibraryFixture.fileB))
    }

    func open(rebuild: Bool = false) throws -> Library {
      try LibraryFixture.open([path], file: library, rebuild: rebuild)
    }

    func fresh() throws -> Library { try LibraryFixture.fresh([path]) }
  }

  /// Collects progress reports from the thread doing the work.
  final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [LibraryProgress] = []
    var stages: Set<LibraryProgress.Stage> { lock.withLock { Set(reports.map(\.stage)) } }
    func add(_ report: LibraryProgress) { lock.withLock { reports.append(report) } }
  }

  // MARK: Reopening

  @Test("a reopen with unchanged files is current, reads nothing, and holds the fresh analysis")
  func reopenIsCurrent() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    let first = try corpus.open()
    #expect(first.openedAs == .analysed(reason: "new library"))
    #expect(first.file == corpus.library)

    let log = ProgressLog()
    let reopened = try Library.open(
      [corpus.path], location: .file(corpus.library),
      configuration: LibraryFixture.configuration(), progress: { log.add($0) })
    #expect(reopened.openedAs == .current)
    // NB: a reopen only checks fingerprints; no stage that reads or analyses may report.
    #expect(log.stages == [.checking])

    let fresh = try LibraryContents(corpus.fresh())
    let stored = try LibraryContents(reopened)
    stored.expectEqual(fresh)
    #expect(stored.articles.count == 10)
    #expect(!stored.quotes.isEmpty)
    #expect(stored.groups.map(\.original) == ["ferry-wire"])
    #expect(stored.groups.first?.copies.map(\.article) == ["ferry-radio"])
    #expect(try LibraryContents(first) == stored)

    let status = try reopened.status()
    #expect(status.file == corpus.library)
    #expect(status.files == 2)
    #expect(status.articles == 10)
    #expect(status.stories == stored.stories.count)
    #expect(status.duplicateGroups == 1)
    #expect(status.analysisVersion == (try LibraryFixture.configuration().analysisVersion))
    #expect(status.bytes > 0)
  }

  @Test("the single-item queries agree with the lists")
  func singleItemQueries() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    let library = try corpus.open()
    let articles = try library.articles()
    #expect(try library.articleCount() == articles.count)
    for article in articles {
      #expect(try library.article(article.id) == article)
      let story = try #require(try library.story(of: article.id))
      #expect(story.articles.contains(article.id))
      #expect(
        try library.quotes(in: article.id)
          == (try library.quotes()).filter { $0.article == article.id })
    }
    #expect(try library.article("no-such-article") == nil)
    for story in try library.stories() { #expect(try library.story(story.id) == story) }
    #expect(try library.story("s00000000") == nil)
    #expect(try library.storyCount() == (try library.stories()).count)
    let page = try library.stories(order: .corpus, limit: 2, offset: 1)
    #expect(page == Array((try library.stories()).dropFirst().prefix(2)))
    let group = try #require(try library.duplicateGroup(of: "ferry-radio"))
    #expect(group.original == "ferry-wire")
    #expect(try library.duplicateGroup(of: "ferry-wire") == group)
    #expect(try library.duplicateGroup(of: "notice") == nil)

    let summaries = try library.articleSummaries()
    #expect(Set(summaries.keys) == Set(articles.map(\.id)))
    #expect(summaries["ferry-radio"]?.copyOf == "ferry-wire")
    #expect(summaries["ferry-wire"]?.copyOf == nil)
    #expect(summaries["ferry-wire"]?.source == "Nordic Wire")
    #expect(summaries["ferry-wire"]?.date?.description == "2025-02-03")

    let lind = try #require(try library.speaker(named: "Mara Lind"))
    #expect(try library.speaker(named: "mara lind")?.id == lind.id)
    #expect(try library.quotes(by: lind.id).allSatisfy { $0.speaker == lind.name })
    #expect(try !library.quotes(by: lind.id).isEmpty)
    #expect(try library.speaker(named: "Nobody Atall") == nil)
  }

  // MARK: Re-analysis

  struct Change: CustomTestStringConvertible, Sendable {
    var name: String
    /// The reason `openedAs` must give.
    var reason: String
    var apply: @Sendable (Corpus) throws -> Void
    var testDescription: String { name }
  }

  static let changes: [Change] = [
    Change(name: "a file rewritten with another size", reason: "files 1 new or changed") { corpus in
      var records = LibraryFixture.fileB
      records[0].text += "\n\nThe army said more helicopters would arrive on Thursday."
      try corpus.folder.write("corpus/b.jsonl", LibraryFixture.jsonLines(records))
    },
    Change(
      name: "a file rewritten with the same size and a new time", reason: "files 1 new or changed"
    ) {
      corpus in
      let before = try String(contentsOfFile: corpus.fileA, encoding: .utf8)
      let after = before.replacingOccurrences(
        of: "on Sunday morning, injuring", with: "on Sunday evening, injuring")
      #expect(after.utf8.count == before.utf8.count && after != before)
      try corpus.folder.write("corpus/a.jsonl", after)
      try FileManager.default.setAttributes(
        [.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: corpus.fileA)
    },
    Change(name: "a file added to the folder", reason: "files 1 new or changed") { corpus in
      try corpus.folder.write("corpus/c.jsonl", LibraryFixture.jsonLines(LibraryFixture.fileC))
    },
    Change(name: "a file removed from the folder", reason: "files 1 removed") { corpus in
      try FileManager.default.removeItem(atPath: corpus.fileA)
    },
  ]

  @Test("a change makes the next open analyse again, giving the fresh analysis", arguments: changes)
  func reanalysis(_ change: Change) throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    let before = try LibraryContents(corpus.open())
    try change.apply(corpus)

    let reopened = try corpus.open()
    #expect(reopened.openedAs == .analysed(reason: change.reason))
    let after = try LibraryContents(reopened)
    after.expectEqual(try LibraryContents(corpus.fresh()))
    #expect(after != before)
    #expect(try corpus.open().openedAs == .current)
    #expect(
      try reopened.status().files
        == (try FileManager.default.contentsOfDirectory(atPath: corpus.path)).count)
  }

  @Test("a file touched without a change (a new time, the same bytes) is not analysed again")
  func touchedFile() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    let before = try LibraryContents(corpus.open())
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: corpus.fileA)

    let reopened = try corpus.open()
    #expect(reopened.openedAs == .current)
    #expect(try LibraryContents(reopened) == before)
    // The new time is recorded: the next open reads nothing either.
    #expect(try corpus.open().openedAs == .current)

    // The same size and another time again, now with other bytes: analysed.
    let text = try String(contentsOfFile: corpus.fileA, encoding: .utf8)
    try corpus.folder.write(
      "corpus/a.jsonl",
      text.replacingOccurrences(of: "on Sunday morning, injuring", with: "on Sunday evening, injuring"))
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: 120)], ofItemAtPath: corpus.fileA)
    #expect(try corpus.open().openedAs == .analysed(reason: "files 1 new or changed"))
  }

  @Test("other arguments, another analysis version and rebuild each analyse again")
  func otherReasons() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    _ = try corpus.open()
    let configuration = try LibraryFixture.configuration()

    let onlyA = try Library.open(
      [corpus.fileA], location: .file(corpus.library), configuration: configuration)
    #expect(onlyA.openedAs == .analysed(reason: "other inputs"))
    try LibraryContents(onlyA).expectEqual(
      try LibraryContents(LibraryFixture.fresh([corpus.fileA])))

    var newer = configuration
    newer.analysisVersion = "test-next"
    let upgraded = try Library.open(
      [corpus.fileA], location: .file(corpus.library), configuration: newer)
    guard case .analysed(let reason) = upgraded.openedAs else {
      Issue.record("a new analysis version must analyse again, got \(upgraded.openedAs)")
      return
    }
    #expect(reason.hasPrefix("analysed by another version"))
    #expect(try upgraded.status().analysisVersion == "test-next")

    let rebuilt = try Library.open(
      [corpus.fileA], location: .file(corpus.library), rebuild: true, configuration: newer)
    #expect(rebuilt.openedAs == .analysed(reason: "rebuild asked for"))
  }

  struct Spelling: CustomTestStringConvertible, Sendable {
    var name: String
    /// The PATH arguments of the first open and of the reopen, from the corpus folder.
    var first: @Sendable (Corpus) -> [String]
    var again: @Sendable (Corpus) -> [String]
    var testDescription: String { name }
  }

  static let spellings: [Spelling] = [
    Spelling(
      name: "a folder with a trailing dot", first: { [$0.path] }, again: { [$0.path + "/."] }),
    Spelling(
      name: "a folder with a trailing slash", first: { [$0.path] }, again: { [$0.path + "/"] }),
    Spelling(name: "a slash dropped", first: { [$0.path + "/"] }, again: { [$0.path] }),
    Spelling(
      name: "a file through ..", first: { [$0.fileA, $0.fileB] },
      again: { [$0.path + "/../corpus/a.jsonl", $0.fileB] }),
    Spelling(
      name: "one of two folders that share a prefix",
      first: { [$0.path, $0.path + "2"] }, again: { [$0.path + "/", $0.path + "2"] }),
  ]

  @Test(
    "a reopen under another spelling of the same paths is current and reads as a fresh analysis",
    arguments: spellings)
  func respelledPaths(_ spelling: Spelling) throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    try corpus.folder.write("corpus2/c.jsonl", LibraryFixture.jsonLines(LibraryFixture.fileC))
    _ = try LibraryFixture.open(spelling.first(corpus), file: corpus.library)
    let again = spelling.again(corpus)
    let reopened = try LibraryFixture.open(again, file: corpus.library)
    #expect(reopened.openedAs == .current)
    let fresh = try LibraryContents(LibraryFixture.fresh(again))
    let stored = try LibraryContents(reopened)
    let paths = Set(stored.articles.map(\.location.path))
    #expect(paths == Set(fresh.articles.map(\.location.path)))
    #expect(paths.allSatisfy { FileManager.default.fileExists(atPath: $0) }, "\(paths.sorted())")
    #expect(stored.articles.map(\.id) == fresh.articles.map(\.id))
  }

  // MARK: Canonical order

  @Test("listing order, file order and line order do not change ids, copies or stories")
  func orderIndependence() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    // The first file again, its lines shuffled, under the same name in another folder.
    var generator = SeededGenerator(seed: 21)
    var shuffled = LibraryFixture.fileA
    repeat {
      shuffled.shuffle(using: &generator)
    } while shuffled.map(\.id) == LibraryFixture.fileA.map(\.id)
    let shuffledA = try corpus.folder.write(
      "shuffled/a.jsonl", LibraryFixture.jsonLines(shuffled))

    let orders: [(name: String, paths: [String])] = [
      ("a b", [corpus.fileA, corpus.fileB]),
      ("b a", [corpus.fileB, corpus.fileA]),
      ("shuffled a, b", [shuffledA, corpus.fileB]),
      ("b, shuffled a", [corpus.fileB, shuffledA]),
    ]
    let reference = try LibraryContents(LibraryFixture.fresh(orders[0].paths)).placeless
    #expect(reference.articles.map(\.id).contains("notice~2"))
    #expect(reference.groups.map(\.original) == ["ferry-wire"])
    for order in orders.dropFirst() {
      let contents = try LibraryContents(LibraryFixture.fresh(order.paths)).placeless
      let comment = Comment(rawValue: "listed as \(order.name)")
      #expect(
        Set(contents.stories.map { Set($0.articles) })
          == Set(reference.stories.map { Set($0.articles) }),
        comment)
      #expect(contents.stories.map(\.id) == reference.stories.map(\.id), comment)
      #expect(contents.groups.map(\.original) == reference.groups.map(\.original), comment)
      #expect(contents.groups.map(\.id) == reference.groups.map(\.id), comment)
      #expect(contents.articles.map(\.id) == reference.articles.map(\.id), comment)
      #expect(contents.quotes.map(\.id) == reference.quotes.map(\.id), comment)
      #expect(contents.speakers.map(\.id) == reference.speakers.map(\.id), comment)
      contents.expectEqual(reference, comment)
    }
  }

  // MARK: Reading state

  @Test("reading state survives a re-analysis, a new analysis version and a rebuild")
  func readingStateSurvives() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    let library = try corpus.open()
    let story = try #require(try library.story(of: "quake1-wire"))
    let read = ReadingState(isRead: true, isStarred: true, position: 7)
    try library.setReadingState(read, of: ArticleID("quake1-wire"))
    try library.setReadingState(ReadingState(isRead: true), of: ArticleID("ferry-radio"))
    try library.setReadingState(ReadingState(isRead: false, isStarred: true), of: story.id)
    #expect(try library.readingState(of: ArticleID("quake1-wire")) == read)
    #expect(try library.readingState(of: ArticleID("quake2-wire")) == ReadingState())

    func expectKept(_ library: Library, sourceLocation: Testing.SourceLocation = #_sourceLocation)
      throws
    {
      #expect(
        try library.readingState(of: ArticleID("quake1-wire")) == read,
        sourceLocation: sourceLocation)
      #expect(
        try library.readingState(of: ArticleID("ferry-radio")) == ReadingState(isRead: true),
        sourceLocation: sourceLocation)
      #expect(
        try library.readingState(of: ArticleID("quake2-wire")) == ReadingState(),
        sourceLocation: sourceLocation)
      #expect(try library.readingState(of: story.id).isStarred, sourceLocation: sourceLocation)
    }

    // Another file changes: the analysis is replaced, the state is not.
    var records = LibraryFixture.fileB
    records[0].text += "\n\nRoads to Krava reopened on Friday."
    try corpus.folder.write("corpus/b.jsonl", LibraryFixture.jsonLines(records))
    let changed = try corpus.open()
    #expect(changed.openedAs == .analysed(reason: "files 1 new or changed"))
    try expectKept(changed)

    var newer = try LibraryFixture.configuration()
    newer.analysisVersion = "test-next"
    let upgraded = try Library.open(
      [corpus.path], location: .file(corpus.library), configuration: newer)
    #expect(upgraded.openedAs != .current)
    try expectKept(upgraded)

    let rebuilt = try corpus.open(rebuild: true)
    #expect(rebuilt.openedAs == .analysed(reason: "rebuild asked for"))
    try expectKept(rebuilt)
  }

  @Test("a story reads as read when all its articles are, or when marked read")
  func storyReadingState() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    let library = try corpus.open()
    let story = try #require(try library.stories().first { $0.articles.count > 1 })
    #expect(try !library.readingState(of: story.id).isRead)
    for article in story.articles.dropLast() {
      try library.setReadingState(ReadingState(isRead: true), of: article)
    }
    #expect(try !library.readingState(of: story.id).isRead)
    try library.setReadingState(ReadingState(isRead: true), of: try #require(story.articles.last))
    #expect(try library.readingState(of: story.id).isRead)

    let other = try #require(try library.stories().first { $0.id != story.id })
    try library.setReadingState(ReadingState(isRead: true), of: other.id)
    #expect(try library.readingState(of: other.id) == ReadingState(isRead: true))
  }

  @Test("an in-memory library keeps reading state for its lifetime and writes no file")
  func inMemoryLibrary() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    let library = try corpus.fresh()
    #expect(library.file == nil)
    #expect(library.openedAs == .analysed(reason: "new library"))
    #expect(try library.status().file == nil)
    try library.setReadingState(ReadingState(isStarred: true), of: ArticleID("notice"))
    #expect(try library.readingState(of: ArticleID("notice")).isStarred)
    #expect(!FileManager.default.fileExists(atPath: corpus.library))
  }

  // MARK: Files that are not libraries

  struct Damage: CustomTestStringConvertible, Sendable {
    var name: String
    var bytes: @Sendable () -> [UInt8]
    var testDescription: String { name }
  }

  static let damages: [Damage] = [
    Damage(name: "random bytes") {
      var generator = SeededGenerator(seed: 7)
      return (0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }
    },
    Damage(name: "a short text file") { Array("these are my notes, not a database\n".utf8) },
    Damage(name: "a SQLite header followed by garbage") {
      Array("SQLite format 3\u{0}".utf8) + Array(repeating: 0xEE, count: 4080)
    },
  ]

  @Test("a damaged file is not a library; rebuild replaces it", arguments: damages)
  func damagedFile(_ damage: Damage) throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    try corpus.folder.write("library.sqlite", bytes: damage.bytes())
    let error = #expect(throws: LibraryError.self) { try corpus.open() }
    guard case .notALibrary(let path, _) = error else {
      Issue.record("expected .notALibrary, got \(String(describing: error))")
      return
    }
    #expect(path == corpus.library)
    #expect(error?.description.contains("--rebuild") == true)
    #expect(error?.description.hasPrefix(corpus.library + ": ") == true)

    let rebuilt = try corpus.open(rebuild: true)
    #expect(rebuilt.openedAs == .analysed(reason: "rebuild asked for"))
    try LibraryContents(rebuilt).expectEqual(try LibraryContents(corpus.fresh()))
    #expect(try corpus.open().openedAs == .current)
  }

  @Test("a library whose tables are not as its migrations made them: one error, then rebuild")
  func alteredTables() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    _ = try corpus.open()
    do {
      let pool = try DatabasePool(path: corpus.library)
      try pool.write { db in try db.execute(sql: "ALTER TABLE article DROP COLUMN speakerText") }
      try pool.close()
    }
    try corpus.folder.write("corpus/c.jsonl", LibraryFixture.jsonLines(LibraryFixture.fileC))
    let error = #expect(throws: LibraryError.self) { try corpus.open() }
    guard case .notALibrary = error else {
      Issue.record("expected .notALibrary, got \(String(describing: error))")
      return
    }
    #expect(error?.description.contains("--rebuild") == true)
    let rebuilt = try corpus.open(rebuild: true)
    try LibraryContents(rebuilt).expectEqual(try LibraryContents(corpus.fresh()))
    #expect(try corpus.open().openedAs == .current)
  }

  @Test("another program's SQLite database is refused, left alone, and replaced on rebuild")
  func foreignDatabase() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    do {
      let foreign = try DatabaseQueue(path: corpus.library)
      try foreign.write { db in
        try db.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        try db.execute(sql: "INSERT INTO notes (body) VALUES ('keep me')")
      }
    }
    let error = #expect(throws: LibraryError.self) { try corpus.open() }
    guard case .notALibrary(let path, let reason) = error else {
      Issue.record("expected .notALibrary, got \(String(describing: error))")
      return
    }
    #expect(path == corpus.library)
    #expect(reason.contains("another program"))
    do {
      // Refused means untouched: the other program's table is still there.
      let foreign = try DatabaseQueue(path: corpus.library)
      #expect(
        try foreign.read { try String.fetchOne($0, sql: "SELECT body FROM notes") } == "keep me")
      #expect(try foreign.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") } == 0)
    }
    let rebuilt = try corpus.open(rebuild: true)
    #expect(rebuilt.openedAs == .analysed(reason: "rebuild asked for"))
    #expect(try rebuilt.articleCount() == 10)
  }

  @Test("a library of a newer schema is refused with .newerSchema")
  func newerSchema() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    _ = try corpus.open()
    do {
      let database = try DatabaseQueue(path: corpus.library)
      try database.write { db in
        try db.execute(
          sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v999-from-the-future')")
      }
    }
    #expect(throws: LibraryError.newerSchema(path: corpus.library)) { try corpus.open() }
  }

  @Test("a folder where the library file should be is a storage error")
  func libraryPathIsFolder() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    try FileManager.default.createDirectory(
      atPath: corpus.library, withIntermediateDirectories: true)
    let error = #expect(throws: LibraryError.self) { try corpus.open() }
    guard case .storage(let path, _) = error else {
      Issue.record("expected .storage, got \(String(describing: error))")
      return
    }
    #expect(path == corpus.library)
  }

  // MARK: Sharing a file

  @Test("two libraries open on one file both read it, and see each other's writes")
  func twoInstances() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    let first = try corpus.open()
    let second = try corpus.open()
    #expect(second.openedAs == .current)
    let contents = try LibraryContents(first)
    #expect(try LibraryContents(second) == contents)

    try first.setReadingState(ReadingState(isRead: true), of: ArticleID("ferry-wire"))
    #expect(try second.readingState(of: ArticleID("ferry-wire")).isRead)

    // A third analyses a changed corpus; the two still open read the new analysis.
    try corpus.folder.write("corpus/c.jsonl", LibraryFixture.jsonLines(LibraryFixture.fileC))
    let third = try corpus.open()
    #expect(third.openedAs == .analysed(reason: "files 1 new or changed"))
    #expect(try first.articleCount() == 12)
    #expect(try second.articleCount() == 12)
    #expect(try LibraryContents(first) == (try LibraryContents(third)))
    #expect(try second.readingState(of: ArticleID("ferry-wire")).isRead)
  }

  @Test("two opens at once on a new file: one analyses, the other finds it current")
  func concurrentOpens() throws {
    // NB: a race; a few rounds so that a broken open shows up in nearly every run.
    for _ in 0..<5 {
      let corpus = try Corpus()
      defer { corpus.folder.remove() }
      let results = OpenResults()
      DispatchQueue.concurrentPerform(iterations: 2) { _ in
        results.add(Result { try corpus.open().openedAs })
      }
      // The first open takes the library lock before it creates the file, so the second waits
      // and then finds the library current.
      let outcomes = try results.all.map { try $0.get() }
      #expect(outcomes.filter { $0 == .current }.count == 1, "\(outcomes)")
      #expect(outcomes.filter { $0 != .current }.count == 1, "\(outcomes)")
      #expect(try corpus.open().openedAs == .current)
    }
  }

  final class OpenResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<Library.OpenResult, any Error>] = []
    var all: [Result<Library.OpenResult, any Error>] { lock.withLock { results } }
    func add(_ result: Result<Library.OpenResult, any Error>) {
      lock.withLock { results.append(result) }
    }
  }

  // MARK: Default location

  @Test("the default file is deterministic, order-independent and under $XDG_DATA_HOME")
  func defaultFile() {
    let environment = ["XDG_DATA_HOME": "/data/xdg", "HOME": "/home/reader"]
    let ab = LibraryLocation.defaultFile(
      for: ["/news/a.jsonl", "/news/b.jsonl"], environment: environment)
    #expect(
      ab
        == LibraryLocation.defaultFile(
          for: ["/news/a.jsonl", "/news/b.jsonl"], environment: environment))
    #expect(
      ab
        == LibraryLocation.defaultFile(
          for: ["/news/b.jsonl", "/news/a.jsonl"], environment: environment))
    #expect(
      ab
        == LibraryLocation.defaultFile(
          for: ["/news/./b.jsonl", "/news/x/../a.jsonl"], environment: environment))
    #expect(ab.hasPrefix("/data/xdg/storyline/a.jsonl-"))
    #expect(ab.hasSuffix(".sqlite"))
    #expect(!ab.dropFirst("/data/xdg/storyline/".count).contains("/"))

    #expect(ab != LibraryLocation.defaultFile(for: ["/news/a.jsonl"], environment: environment))
    #expect(
      ab
        != LibraryLocation.defaultFile(
          for: ["/other/a.jsonl", "/other/b.jsonl"], environment: environment))

    let home = LibraryLocation.defaultFile(
      for: ["/news/a.jsonl"], environment: ["HOME": "/home/reader"])
    #expect(home.hasPrefix("/home/reader/.local/share/storyline/a.jsonl-"))
    // NB: the XDG base directory spec ignores a relative XDG_DATA_HOME.
    let relative = LibraryLocation.defaultFile(
      for: ["/news/a.jsonl"], environment: ["XDG_DATA_HOME": "data", "HOME": "/home/reader"])
    #expect(relative == home)
    #expect(LibraryLocation.dataFolder(environment: environment) == "/data/xdg/storyline")

    let relativeInput = LibraryLocation.defaultFile(for: ["corpus"], environment: environment)
    let absoluteInput = LibraryLocation.defaultFile(
      for: [FileManager.default.currentDirectoryPath + "/corpus"], environment: environment)
    #expect(relativeInput == absoluteInput)

    let odd = LibraryLocation.defaultFile(for: ["/news/Новости и слухи"], environment: environment)
    let name = odd.dropFirst("/data/xdg/storyline/".count)
    #expect(name.unicodeScalars.allSatisfy { $0.isASCII && $0 != " " })
  }
}

@Suite("Library: the story list in each order")
struct StoryHeadingTests {
  @Test(
    "a page of headings is the headings of the same page of stories; each story's position is where the list shows it",
    arguments: [StoryOrder.newest, .size, .title, .corpus])
  func headingsMatchStories(_ order: StoryOrder) throws {
    let corpus = try LibraryTests.Corpus()
    defer { corpus.folder.remove() }
    let library = try corpus.open()
    let count = try library.storyCount()
    for (limit, offset) in [(count, 0), (2, 1), (1, count - 1)] {
      let stories = try library.stories(order: order, limit: limit, offset: offset)
      let headings = try library.storyHeadings(order: order, limit: limit, offset: offset)
      #expect(headings == stories.map(StoryHeading.init))
    }

    let headings = try library.storyHeadings(order: order, limit: count)
    #expect(headings.count > 2)
    for (index, heading) in headings.enumerated() {
      #expect(try library.storyPosition(of: heading.id, order: order) == index, "\(heading.title)")
    }
    #expect(try library.storyPosition(of: StoryID("no such story"), order: order) == nil)
  }
}

@Suite("Library: quotes by reference")
struct QuoteReferenceTests {
  @Test("a speaker's references are the places of their quotes, and quotes come back by id")
  func referencesMatchQuotes() throws {
    let corpus = try LibraryTests.Corpus()
    defer { corpus.folder.remove() }
    let library = try corpus.open()
    let speakers = try library.speakers()
    #expect(!speakers.isEmpty)
    for speaker in speakers {
      let quotes = try library.quotes(by: speaker.id)
      let references = try library.quoteReferences(by: speaker.id)
      #expect(references == quotes.map { QuoteReference(id: $0.id, article: $0.article) })
      let reversed = Array(quotes.reversed())
      #expect(try library.quotes(reversed.map(\.id)) == reversed)
    }
    #expect(try library.quotes([QuoteID("no such quote")]).isEmpty)
  }
}
