import Foundation
import GRDB
import StoryTestSupport
import StorylineResources
import Testing

@testable import StoryKit

@Suite("LibraryStore: what a killed first open leaves behind")
struct LibraryStoreTests {
  @Test("a file holding only GRDB's migration table (a first open killed mid-way) opens as new")
  func onlyTheMigrationTable() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path + "/library.sqlite"
    // What GRDB leaves when the process dies between making its table and committing `v1`.
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
    }
    try queue.close()
    let sample = try #require(BundledResources.sampleCorpus?.path)
    let library = try Library.open(
      [sample], location: .file(path), configuration: try .bundled())
    #expect(try library.articleCount() == 5)
  }

  @Test("a library's connections do not overwrite freed pages (updates would write them twice)")
  func freedPagesAreNotZeroed() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try LibraryStore(path: folder.path + "/library.sqlite")
    #expect(try store.read { try Int.fetchOne($0, sql: "PRAGMA secure_delete") } == 0)
    #expect(try store.write { try Int.fetchOne($0, sql: "PRAGMA secure_delete") } == 0)
  }
}

@Suite("LibraryStore: a fresh analysis builds its indexes at the end")
struct DeferredIndexTests {
  @Test("after a first analysis and a rebuild, every index the migrations made exists")
  func indexesAreBack() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path + "/library.sqlite"
    func indexes(_ store: LibraryStore) throws -> [String] {
      try store.read { db in
        try String.fetchAll(
          db,
          sql:
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
      }
    }
    let made = try indexes(LibraryStore(path: path))
    let sample = try #require(BundledResources.sampleCorpus?.path)
    _ = try Library.open([sample], location: .file(path), configuration: try .bundled())
    let library = try Library.open(
      [sample], location: .file(path), rebuild: true, configuration: try .bundled())
    #expect(try indexes(library.store) == made)
    #expect(made.contains { $0.contains("quoteSpeakerOrder") })
  }
}

@Suite("LibraryStore: a new library is written beside its place, then renamed into it")
struct NewLibraryTests {
  @Test("a first analysis leaves the library in WAL mode and nothing beside it but its lock")
  func renamedIntoPlace() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path + "/library.sqlite"
    let sample = try #require(BundledResources.sampleCorpus?.path)
    let library = try Library.open([sample], location: .file(path), configuration: try .bundled())
    #expect(try library.articleCount() == 5)
    #expect(library.file == path)
    let mode = try library.store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    #expect(mode == "wal")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(!names.contains { $0.hasSuffix(".building") || $0.contains(".building-") })
    // Opened again, it is current: nothing is analysed twice.
    let again = try Library.open([sample], location: .file(path), configuration: try .bundled())
    #expect(again.openedAs == .current)
  }

  @Test("the search index built beside a new library answers as one built in place")
  func searchIndexBuiltBeside() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("corpus/news.jsonl", LibraryFixture.jsonLines(SearchFixture.records))
    try folder.write("corpus/osprey.txt", SearchFixture.ospreyText)
    let corpus = folder.path + "/corpus"
    let path = folder.path + "/library.sqlite"
    let built = try LibraryFixture.open([corpus], file: path)
    let inPlace = try LibraryFixture.fresh([corpus])
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(!names.contains { $0.contains(".building") })
    // NB: FTS5 reads every segment and checks it against its structure record.
    try built.store.write { db in
      try db.execute(sql: "INSERT INTO search (search, rank) VALUES ('integrity-check', 0)")
    }
    for query in [
      "lavrov", "l", "o", "phone", "\"power line\"", "sefcovic", "šefčovič", "osterby -football",
      "in:title lighthouse", "speaker:doe", "ferry", "win",
    ] {
      let parsed = try SearchQuery(parsing: query)
      #expect(
        try built.search(parsed, limit: 50).hits == inPlace.search(parsed, limit: 50).hits,
        "\(query)")
    }
    #expect(try !built.search(SearchQuery(parsing: "lavrov"), limit: 50).hits.isEmpty)
  }

  @Test("what a killed first analysis left beside the library is replaced by the next one")
  func staleBuildingFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path + "/library.sqlite"
    let building = LibraryStore.buildingPath(for: path)
    try Data("half a library".utf8).write(to: URL(fileURLWithPath: building))
    let sample = try #require(BundledResources.sampleCorpus?.path)
    let library = try Library.open([sample], location: .file(path), configuration: try .bundled())
    #expect(try library.articleCount() == 5)
    #expect(!FileManager.default.fileExists(atPath: building))
  }
}

@Suite("LibraryStore: the write-ahead log is emptied after an analysis")
struct WriteAheadLogTests {
  /// The size of the library's write-ahead log, 0 when there is none.
  static func logSize(_ path: String) -> Int {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path + "-wal")
    return (attributes?[.size] as? NSNumber)?.intValue ?? 0
  }

  @Test("a large log is emptied while the library stays open; a small one is left")
  func rebuildEmptiesTheLog() throws {
    let corpus = try LibraryTests.Corpus()
    defer { corpus.folder.remove() }
    let first = try corpus.open()
    let rebuilt = try corpus.open(rebuild: true)
    #expect(try rebuilt.articleCount() == first.articleCount())
    #expect(Self.logSize(corpus.library) > 0)
    rebuilt.store.emptyLog(over: 0)
    #expect(Self.logSize(corpus.library) == 0)
  }

  @Test("another process reading the library does not hold emptying up: the log stays")
  func readerElsewhere() throws {
    let corpus = try LibraryTests.Corpus()
    defer { corpus.folder.remove() }
    let count = try corpus.open().articleCount()
    // Another connection, in the middle of a read: the log cannot be emptied under it.
    let other = try DatabaseQueue(path: corpus.library)
    let reading = DispatchSemaphore(value: 0)
    let done = DispatchSemaphore(value: 0)
    let finished = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      try? other.read { db in
        _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM article")
        reading.signal()
        done.wait()
      }
      finished.signal()
    }
    reading.wait()
    let rebuilt = try corpus.open(rebuild: true)
    #expect(try rebuilt.articleCount() == count)
    rebuilt.store.emptyLog(over: 0)
    #expect(Self.logSize(corpus.library) > 0)
    done.signal()
    finished.wait()
    try other.close()
  }
}
