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
