import Foundation
import GRDB
import Testing

@testable import StoryKit

@Suite("Search rows an update changes: written by rowid, a row put in and taken out dropped")
struct SearchRowChangesTests {
  /// One change to the index: a row taken out (with the text it was indexed with) or put in.
  enum Change {
    case remove(Int64, String)
    case insert(Int64, String)
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var changes: [Change]
    /// The rows each word finds afterwards.
    var finds: [String: Set<Int64>]
    var testDescription: String { name }
  }

  /// The index holds rows 1 "alpha", 2 "beta", 3 "gamma" before each case.
  static let cases: [Case] = [
    Case(
      name: "a row taken out", changes: [.remove(2, "beta")], finds: ["beta": [], "alpha": [1]]),
    Case(
      name: "a row moved to a higher rowid",
      changes: [.remove(1, "alpha"), .insert(10, "alpha")], finds: ["alpha": [10]]),
    Case(
      name: "a row moved to a lower rowid",
      changes: [.remove(3, "gamma"), .insert(0, "gamma")], finds: ["gamma": [0], "beta": [2]]),
    Case(
      name: "a row indexed again in place",
      changes: [.remove(2, "beta"), .insert(2, "beta omega")],
      finds: ["beta": [2], "omega": [2]]),
    Case(
      name: "a row moved, then indexed again under its new rowid",
      changes: [
        .remove(3, "gamma"), .insert(9, "gamma"), .remove(9, "gamma"), .insert(9, "gamma delta"),
      ],
      finds: ["gamma": [9], "delta": [9]]),
    Case(
      name: "rows changed out of rowid order",
      changes: [
        .remove(3, "gamma"), .insert(3, "gamma sigma"), .remove(1, "alpha"),
        .insert(1, "alpha sigma"), .remove(2, "beta"),
      ],
      finds: ["sigma": [1, 3], "beta": []]),
  ]

  @Test(arguments: cases)
  func written(_ test: Case) throws {
    let queue = try DatabaseQueue()
    let before: [Int64: String] = [1: "alpha", 2: "beta", 3: "gamma"]
    try queue.write { db in
      try Self.index(before, as: "search", db: db)
    }
    let records = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM search_data") }
    try queue.write { db in
      var changes = SearchRowChanges()
      for change in test.changes {
        switch change {
        case .remove(let key, let title): changes.remove(key, fields: [title, "", "", ""])
        case .insert(let key, let title): changes.insert(key, fields: [title, "", "", ""])
        }
      }
      try changes.write(db)
    }
    try queue.read { db in
      // NB: FTS5 writes its pending terms out as a new segment (here a record of one page)
      // whenever a rowid comes out of order; in one pass, the update adds one at its commit.
      #expect(
        try Int.fetchOne(db, sql: "SELECT count(*) FROM search_data") == records.map { $0 + 1 })
      for (word, rows) in test.finds {
        let found = try Int64.fetchAll(
          db, sql: "SELECT rowid FROM search WHERE search MATCH ?", arguments: [word])
        #expect(Set(found) == rows, "\(word)")
      }
    }
    // NB: a row taken out that the index never held, or taken out twice, leaves its totals
    // (rows and words, which ranking reads) off those of the rows written afresh.
    var after = before
    for change in test.changes {
      switch change {
      case .remove(let key, _): after[key] = nil
      case .insert(let key, let title): after[key] = title
      }
    }
    try queue.write { try Self.index(after, as: "fresh", db: $0) }
    try queue.read { db in
      let totals = { (table: String) throws -> Data? in
        try Data.fetchOne(db, sql: "SELECT block FROM \(table)_data WHERE id = 1")
      }
      let written = try totals("search")
      #expect(written != nil)
      #expect(try written == totals("fresh"))
    }
    try queue.write {
      try $0.execute(sql: "INSERT INTO search (search) VALUES ('integrity-check')")
    }
  }

  /// A contentless search table `name` as the library's, holding `rows` (rowid: title).
  static func index(_ rows: [Int64: String], as name: String, db: Database) throws {
    try db.execute(
      sql: """
        CREATE VIRTUAL TABLE \(name) USING fts5(
          title, body, quotes, speakers, content='', prefix='1 2 3',
          tokenize='unicode61 remove_diacritics 2')
        """)
    for (key, title) in rows.sorted(by: { $0.key < $1.key }) {
      try db.execute(
        sql: "INSERT INTO \(name) (rowid, title, body, quotes, speakers) VALUES (?, ?, '', '', '')",
        arguments: [key, title])
    }
  }
}
