import Foundation
import GRDB

/// Builds a new library's search index in a file of its own, on a thread of its own, while the
/// library's other rows are written; `copy(into:)` then moves the finished index into the
/// library.
///
/// SQLite writes one transaction at a time per file, so the search rows and the article rows
/// of a first analysis were written one after the other by one thread while the other core
/// waited: of 13.8 s of writing 98k articles, the search index took about 6.5 s. Here the
/// index is made in a second file beside the library (`FILE.building-search`), by the same
/// table definition and settings read from the library, from the articles' folded fields made
/// on that thread too, while the library's writer encodes and inserts everything else; then
/// its tables are copied into the library's (0.5 s): writing took 10.7 s in all. Only a
/// library being built uses it (nothing reads the file until it is renamed into place), and
/// the side file is deleted whatever happens.
///
/// ```swift
/// let side = try SearchIndexBuilder(for: writer, libraryPath: path)
/// defer { side.discard() }
/// side.start(count: 1) { _ in (rowid, ["title", "body", "quotes", "speakers"]) }
/// try side.copy(into: writer)
/// ```
final class SearchIndexBuilder: @unchecked Sendable {
  /// One search row: its rowid (`SearchKey`) and its four folded fields.
  typealias Entry = (key: Int64, fields: [String])

  /// The side file.
  let path: String
  private let queue: DatabaseQueue
  private let finished = DispatchSemaphore(value: 0)
  // NB: written by the worker before `finished` is signalled, read after waiting on it.
  private var failure: (any Error)?
  private var isStarted = false
  private var isDone = false

  /// Starts the side index for the library being built in `library` (whose file is
  /// `libraryPath`), with the library's search table definition and settings.
  init(for library: any DatabaseWriter, libraryPath: String) throws {
    path = libraryPath + "-search"
    LibraryStore.removeFiles(of: path)
    let (definition, settings) = try library.read { db in
      (
        try String.fetchOne(
          db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'search'")
          ?? "",
        try Row.fetchAll(db, sql: "SELECT k, v FROM search_config WHERE k != 'version'")
      )
    }
    var configuration = Configuration()
    configuration.label = "storyline-search"
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
    }
    queue = try DatabaseQueue(path: path, configuration: configuration)
    do {
      try queue.write { db in
        try db.execute(sql: definition)
        for setting in settings {
          try db.execute(
            sql: "INSERT INTO search (search, rank) VALUES (?, ?)",
            arguments: [setting[0] as DatabaseValue, setting[1] as DatabaseValue])
        }
      }
    } catch {
      try? queue.close()
      LibraryStore.removeFiles(of: path)
      throw error
    }
  }

  /// Starts indexing `count` entries on a thread of its own: `entry(n)` makes the nth (on
  /// that thread), or `nil` to leave it out.
  func start(count: Int, entry: @escaping @Sendable (Int) -> Entry?) {
    let thread = Thread { [self] in self.insert(count: count, entry: entry) }
    thread.name = "storyline search index"
    thread.start()
    isStarted = true
  }

  /// Waits for the worker, then replaces the search index of `library` (inside no
  /// transaction) with the one built here.
  func copy(into library: any DatabaseWriter) throws {
    try finish()
    try library.writeWithoutTransaction { db in
      try db.execute(sql: "ATTACH DATABASE ? AS searchSide", arguments: [path])
      defer { try? db.execute(sql: "DETACH DATABASE searchSide") }
      try db.inTransaction {
        // NB: FTS5's own tables (`search_data`, `search_idx`, `search_docsize`); its settings
        // (`search_config`) are the library's already.
        let tables = try String.fetchAll(
          db,
          sql: """
            SELECT name FROM sqlite_master
            WHERE type = 'table' AND name LIKE 'search!_%' ESCAPE '!' AND name != 'search_config'
            ORDER BY name
            """)
        for table in tables {
          try db.execute(sql: "DELETE FROM main.\"\(table)\"")
          try db.execute(sql: "INSERT INTO main.\"\(table)\" SELECT * FROM searchSide.\"\(table)\"")
        }
        return .commit
      }
    }
  }

  /// Waits for the worker if it still runs and deletes the side file.
  func discard() {
    try? finish()
    try? queue.close()
    LibraryStore.removeFiles(of: path)
  }

  /// Waits for the worker; throws what stopped it, if anything did.
  private func finish() throws {
    if isStarted && !isDone {
      finished.wait()
      isDone = true
    }
    if let failure { throw failure }
  }

  /// The worker: inserts every entry in one transaction.
  private func insert(count: Int, entry: (Int) -> Entry?) {
    do {
      try queue.write { db in
        let insert = try db.cachedStatement(sql: SearchRowChanges.insertSQL)
        for number in 0..<count {
          guard let row = entry(number) else { continue }
          try insert.execute(arguments: SearchRowChanges.row(row.key, row.fields))
        }
      }
    } catch {
      failure = error
    }
    finished.signal()
  }
}
