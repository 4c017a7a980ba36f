import CSQLiteSettings
import Foundation
import GRDB

/// The SQLite file behind a library, through GRDB: the one door to what is stored.
///
/// A file library is a `DatabasePool` in WAL mode, so readers never wait for the writer and a
/// killed writer leaves the last committed state; a library kept nowhere (`--no-library`) is
/// a `DatabaseQueue` on SQLite's private temporary database, so its pages (a gigabyte and more
/// for 100k articles) go to an unnamed file instead of staying in memory; a library that does
/// not exist yet is first written beside its place and renamed into it (`init(building:)`).
/// The schema is created and upgraded by named, append-only migrations
/// (`LibraryStore+Schema.swift`); the file is marked with an application id so a foreign
/// database is refused rather than changed.
final class LibraryStore: Sendable {
  /// The database.
  let writer: any DatabaseWriter
  /// The file, or `nil` for a library kept nowhere.
  let path: String?
  /// Opened by `init(building:)`: the file is not the library until `finishBuilding()`.
  let isBuilding: Bool

  /// How long a writer waits for another process's write to end (seconds).
  static let busyTimeout: TimeInterval = 30

  /// `STLN`: marks a Storyline library file (`PRAGMA application_id`).
  static let applicationID: Int32 = 0x5354_4C4E

  /// Opens (creating when missing) the library at `path`, or, for `nil`, a library kept
  /// nowhere (SQLite's private temporary database, gone when the store closes).
  ///
  /// - Throws: `LibraryError.notALibrary` for a damaged or foreign file, `.newerSchema` for a
  ///   file of a newer Storyline, `.storage` when the file or its folder cannot be written.
  init(path: String?) throws(LibraryError) {
    self.path = path
    isBuilding = false
    var configuration = Configuration()
    configuration.busyMode = .timeout(Self.busyTimeout)
    configuration.label = "storyline"
    do {
      if let path {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue
        {
          throw LibraryError.storage(path: path, reason: "is a folder; give a library file")
        }
        try Self.createFolder(of: path)
        // NB: SQLite as Debian builds it overwrites every page a delete frees with zeros: an
        // update that replaces chunks of the saved state then writes them twice (adding 100
        // files to a library of 98k articles logged 31 MB instead of 25).
        //
        // NB: nor is the log moved into the file when an update commits or the last connection
        // closes, on the command's time: the next analysis does it in the background
        // (`checkpointInBackground`), and a log grown past 64 MB is moved at commit or emptied
        // (`emptyLog`). Adding 100 files to 98k articles logs 6,300 pages; moving them took
        // 0.25 s of the update's 2.2 s.
        configuration.prepareDatabase { db in
          try db.execute(sql: "PRAGMA secure_delete = OFF")
          try db.execute(sql: "PRAGMA wal_autocheckpoint = \(Self.logLimit / 4096)")
          if let connection = db.sqliteConnection {
            _ = storyline_sqlite_skip_checkpoint_on_close(UnsafeMutableRawPointer(connection))
          }
        }
        writer = try DatabasePool(path: path, configuration: configuration)
        // NB: GRDB's WAL set-up leaves `synchronous = NORMAL`, under which a commit reaches the
        // disk only when the log goes into the file; that now waits for the next analysis, so
        // the writer syncs the log at every commit instead (an update of 100 files: ~20 ms).
        try writer.writeWithoutTransaction { db in
          try db.execute(sql: "PRAGMA synchronous = FULL")
        }
      } else {
        // NB: an empty name is SQLite's private temporary database: a file SQLite deletes at
        // once and writes pages to once they outgrow its cache, so nothing is left behind
        // however the process ends. Nothing here outlives the process: no syncing.
        configuration.prepareDatabase { db in
          try db.execute(sql: "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF")
        }
        writer = try DatabaseQueue(path: "", configuration: configuration)
      }
    } catch let error as LibraryError {
      throw error
    } catch {
      throw Self.openError(error, path: path ?? ":memory:")
    }
    try migrate()
  }

  /// A store for the first analysis of the library at `path`, which does not exist yet: a
  /// file beside it (`buildingPath(for:)`) written without a journal and without syncing, made
  /// the library by `finishBuilding()`.
  ///
  /// NB: a first analysis written through the write-ahead log writes every page twice (the log,
  /// then the file) and looks each page up in the log while the transaction grows: 23 s of a
  /// 43 s first analysis of 100k articles were writing, 16 s without the log. Nothing in the
  /// file counts until it is renamed into place, so a killed first analysis leaves no library
  /// (and the next one starts again), never half of one.
  init(building path: String) throws(LibraryError) {
    self.path = path
    isBuilding = true
    let building = Self.buildingPath(for: path)
    Self.removeFiles(of: building)
    var configuration = Configuration()
    configuration.label = "storyline"
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
    }
    try Self.createFolder(of: path)
    do {
      writer = try DatabaseQueue(path: building, configuration: configuration)
    } catch {
      throw Self.openError(error, path: path)
    }
    try migrate()
  }

  /// Creates the folder that holds the library `path`, if missing.
  private static func createFolder(of path: String) throws(LibraryError) {
    let folder = (path as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw LibraryError.storage(
        path: path, reason: "cannot create the folder \(folder) for the library")
    }
  }

  /// Where a library that does not exist yet is written before it takes its name.
  static func buildingPath(for path: String) -> String { path + ".building" }

  /// Deletes the SQLite file `path` and the files SQLite keeps beside it.
  static func removeFiles(of path: String) {
    for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
  }

  /// Makes the file of a store opened with `init(building:)` the library: in WAL mode as every
  /// library, synced to disk, then renamed into place (atomically). The store is closed; open
  /// the library again to use it.
  func finishBuilding() throws(LibraryError) {
    guard let path else { return }
    let building = Self.buildingPath(for: path)
    do {
      try writer.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA journal_mode = WAL")
      }
      try writer.close()
    } catch {
      throw Self.openError(error, path: path)
    }
    let descriptor = open(building, O_RDONLY)
    let synced = descriptor >= 0 && fsync(descriptor) == 0
    if descriptor >= 0 { close(descriptor) }
    // NB: log files of an older library of that name would be read as this one's.
    for suffix in ["-wal", "-shm", "-journal"] { unlink(path + suffix) }
    guard synced, rename(building, path) == 0 else {
      let reason = String(cString: strerror(errno))
      Self.removeFiles(of: building)
      throw LibraryError.storage(path: path, reason: "cannot write the library (\(reason))")
    }
  }

  private func migrate() throws(LibraryError) {
    let where_ = path ?? ":memory:"
    do {
      let (applicationID, tables) = try writer.read { db in
        (
          try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
          try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite!_%' ESCAPE '!'")
        )
      }
      if applicationID != Self.applicationID {
        // NB: GRDB makes its `grdb_migrations` table before the first migration's transaction,
        // so a first open killed in between leaves that table alone: still a new library.
        guard applicationID == 0, tables.allSatisfy({ $0 == "grdb_migrations" }) else {
          throw LibraryError.notALibrary(path: where_, reason: "another program's database")
        }
        // The mark goes first, so a file this code starts is never taken for a foreign one.
        try writer.write { db in
          try db.execute(sql: "PRAGMA application_id = \(Self.applicationID)")
        }
      }
      let migrator = Self.migrator
      if try writer.read({ try migrator.hasBeenSuperseded($0) }) {
        throw LibraryError.newerSchema(path: where_)
      }
      try migrator.migrate(writer)
    } catch let error as LibraryError {
      throw error
    } catch {
      throw Self.openError(error, path: where_)
    }
  }

  /// The library error for a failure to open or upgrade the file.
  static func openError(_ error: any Error, path: String) -> LibraryError {
    if let error = error as? DatabaseError {
      switch error.resultCode {
      case .SQLITE_NOTADB, .SQLITE_CORRUPT:
        return .notALibrary(path: path, reason: "the file is not a database or is damaged")
      case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
        return .storage(
          path: path,
          reason: "cannot open the library for writing (\(error.message ?? "permission denied"))")
      case .SQLITE_FULL, .SQLITE_IOERR:
        // NB: a full disk often shows as an I/O error when the write-ahead log cannot grow.
        let what =
          error.resultCode == .SQLITE_FULL
          ? "the disk is full" : "the disk could not be written (full?)"
        return .storage(
          path: path,
          reason: "\(what); the library keeps its previous analysis: free some space, or choose "
            + "another file with --library FILE, or analyse without saving with --no-library")
      case .SQLITE_ERROR
      where error.message?.hasPrefix("no such") == true
        || error.message?.contains("has no column") == true:
        // NB: the schema is not the one its migrations promise (a file from a development
        // build, or edited by hand): only analysing afresh helps.
        return .notALibrary(
          path: path,
          reason: "its tables are not as this Storyline made them (\(error.message ?? ""))")
      default:
        return .storage(path: path, reason: error.message ?? "\(error.resultCode)")
      }
    }
    let reason = (error as NSError).localizedDescription
    return .storage(path: path, reason: reason.prefix(1).lowercased() + reason.dropFirst())
  }

  /// The size past which the write-ahead log is moved into the file at commit, and emptied
  /// after an analysis (`emptyLog`); below it, the next analysis moves it in the background.
  static let logLimit: Int64 = 64 << 20

  /// Starts moving what the write-ahead log holds into the file, on the writer's connection in
  /// the background (as far as readers allow; SQLite's passive checkpoint), while an analysis
  /// reads and analyses; the analysis's write waits for it. The last update left its log for
  /// this (see `init(path:)`).
  func checkpointInBackground() {
    guard path != nil, !isBuilding else { return }
    writer.asyncWriteWithoutTransaction { db in _ = try? db.checkpoint(.passive) }
  }

  /// Moves what the write-ahead log holds into the file and empties the log, when the log has
  /// grown past `limit` bytes and no other process is reading the library (else it leaves the
  /// log as it is, at once). An analysis of the whole library into an existing file leaves a
  /// log as large as the library, which no connection moves into the file when it closes (see
  /// `init(path:)`), and the reader keeps its connection open; a small update's log is left
  /// for the next analysis to move (`checkpointInBackground`) and SQLite to reuse.
  func emptyLog(over limit: Int64 = logLimit) {
    guard let path, !isBuilding else { return }
    var info = stat()
    guard stat(path + "-wal", &info) == 0, Int64(info.st_size) > limit else { return }
    try? writer.writeWithoutTransaction { db in
      // NB: the library's 30 s wait is for writers; a reader elsewhere may stay for hours.
      try db.execute(sql: "PRAGMA busy_timeout = 0")
      defer { try? db.execute(sql: "PRAGMA busy_timeout = \(Int(Self.busyTimeout * 1000))") }
      _ = try db.checkpoint(.truncate)
    }
  }

  /// Runs `body` in a read transaction, mapping database errors to `LibraryError`.
  func read<T>(_ body: (Database) throws -> T) throws(LibraryError) -> T {
    try mappingErrors { try writer.read(body) }
  }

  /// Runs `body` in a write transaction, mapping database errors to `LibraryError`.
  func write<T>(_ body: (Database) throws -> T) throws(LibraryError) -> T {
    try mappingErrors { try writer.write(body) }
  }

  /// Runs `body`, mapping database errors to `LibraryError`.
  func mappingErrors<T>(_ body: () throws -> T) throws(LibraryError) -> T {
    do {
      return try body()
    } catch let error as LibraryError {
      throw error
    } catch {
      throw Self.openError(error, path: path ?? ":memory:")
    }
  }
}
