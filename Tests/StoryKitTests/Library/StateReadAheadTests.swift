import Foundation
import GRDB
import Testing

@testable import StoryKit

@Suite("AnalysisState: the largest parts are read on a thread of their own, and checked")
struct StateReadAheadTests {
  typealias Corpus = LibraryTests.Corpus

  /// The saved pieces of `state` (piece name → bytes), as a library keeps them.
  private static func pieces(of state: AnalysisState) -> [String: [UInt8]] {
    var pieces: [String: [UInt8]] = [:]
    for name in state.savePlan(everything: true).write {
      pieces[name] = state.encode(piece: name)
    }
    return pieces
  }

  /// The saved state of a library of the test corpus, as a library reads it (parts ahead).
  private static func savedState(_ corpus: Corpus) throws -> AnalysisState {
    _ = try corpus.open()
    let store = try LibraryStore(path: corpus.library)
    return try #require(try store.savedState(configuration: try .bundled()))
  }

  @Test("parts read ahead are in place once finished, as they are read at once")
  func readAheadEqualsReadAtOnce() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    var ahead = try Self.savedState(corpus)
    let finished = ahead.finishReading()
    let again = ahead.finishReading()
    #expect(finished)
    #expect(again, "a second call finds nothing left to wait for")
    #expect(ahead.stories.articleCount > 0)
    let pieces = Self.pieces(of: ahead)
    let atOnce = try AnalysisState(parts: pieces, configuration: try .bundled())
    #expect(Self.pieces(of: atOnce) == pieces)
  }

  @Test("a part read ahead that cannot be read is reported when finished, never used")
  func damagedPartReadAhead() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    var saved = try Self.savedState(corpus)
    let finished = saved.finishReading()
    #expect(finished)
    var pieces = Self.pieces(of: saved)
    pieces[AnalysisState.Part.stories.rawValue] = [0xFF, 0xFF, 0xFF]
    var ahead = try AnalysisState(
      parts: pieces, configuration: try .bundled(), readingAhead: true)
    let unreadable = !ahead.finishReading()
    #expect(unreadable)
    #expect(throws: BinaryReader.Damaged.self) {
      try AnalysisState(parts: pieces, configuration: try .bundled())
    }
  }

  @Test("a library whose part read ahead is damaged is analysed afresh, never wrongly")
  func damagedLibraryPartReadAhead() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    _ = try corpus.open()
    // The first chunk of the stories' piece, the same length, every byte 0xFF: the piece's
    // list and lengths still read, the index does not.
    let pool = try DatabasePool(path: corpus.library)
    try pool.write { db in
      let list = try #require(
        try Data.fetchOne(db, sql: "SELECT data FROM analysisState WHERE part = 'stories'"))
      // NB: one byte of count (fewer than 128 chunks), then each chunk's hash, little-endian.
      #expect(list.count >= 9 && list[list.startIndex] < 0x80)
      var hash: UInt64 = 0
      for (shift, byte) in list.dropFirst().prefix(8).enumerated() {
        hash |= UInt64(byte) << (8 * UInt64(shift))
      }
      let hex = String(hash, radix: 16)
      let name = "#" + String(repeating: "0", count: 16 - hex.count) + hex
      let length = try #require(
        try Int.fetchOne(
          db, sql: "SELECT length(data) FROM analysisState WHERE part = ?", arguments: [name]))
      try db.execute(
        sql: "UPDATE analysisState SET data = ? WHERE part = ?",
        arguments: [Data(repeating: 0xFF, count: length), name])
    }
    try pool.close()
    // NB: the damage is found only when the parts read ahead are finished.
    var saved = try #require(
      try LibraryStore(path: corpus.library).savedState(configuration: try .bundled()))
    let unreadable = !saved.finishReading()
    #expect(unreadable)
    try corpus.folder.write("corpus/c.jsonl", LibraryFixture.jsonLines(LibraryFixture.fileC))
    let updated = try corpus.open()
    #expect(updated.openedAs == .analysed(reason: "saved analysis state unreadable"))
    try LibraryContents(updated).expectEqual(LibraryContents(corpus.fresh()))
  }

  @Test("a library whose ledger holds a damaged body is analysed afresh once the body is read")
  func damagedLedgerBody() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    _ = try corpus.open()
    // Every speaker kind "person" in the ledger's chunks made one no speaker has: heads and
    // lengths still read, those bodies do not.
    let pool = try DatabasePool(path: corpus.library)
    var damaged = 0
    try pool.write { db in
      let lists = try Data.fetchAll(
        db, sql: "SELECT data FROM analysisState WHERE part LIKE 'ledger.%'")
      for list in lists {
        for chunk in try #require(LibraryStore.chunkList(list)) {
          let name = LibraryStore.chunkName(chunk.hash)
          guard
            var bytes = try Data.fetchOne(
              db, sql: "SELECT data FROM analysisState WHERE part = ?", arguments: [name]
            ).map(Array.init)
          else { continue }
          let kind = Array("person".utf8)
          for at in 0...(bytes.count - kind.count) where Array(bytes[at..<at + kind.count]) == kind
          {
            bytes[at] = UInt8(ascii: "x")
            damaged += 1
          }
          try db.execute(
            sql: "UPDATE analysisState SET data = ? WHERE part = ?",
            arguments: [Data(bytes), name])
        }
      }
    }
    try pool.close()
    #expect(damaged > 0)
    // NB: the bodies of the articles that leave are read (their speakers leave the directory).
    try FileManager.default.removeItem(atPath: corpus.fileB)
    let updated = try corpus.open()
    #expect(updated.openedAs == .analysed(reason: "saved analysis state unreadable"))
    try LibraryContents(updated).expectEqual(LibraryContents(corpus.fresh()))
  }
}
