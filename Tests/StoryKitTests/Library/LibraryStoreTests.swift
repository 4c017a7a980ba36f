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
          sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
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
