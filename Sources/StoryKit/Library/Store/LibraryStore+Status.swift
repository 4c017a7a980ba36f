import GRDB

extension LibraryStore {
  /// The PATH arguments of the stored analysis, as given and as absolute paths.
  func arguments() throws(LibraryError) -> [(given: String, absolute: String)] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT argument, absolute FROM inputArgument ORDER BY position")
        .map { (given: $0[0], absolute: $0[1]) }
    }
  }

  /// How the stored analysis stands against the inputs of today.
  enum Staleness: Equatable {
    /// It holds exactly these inputs: nothing to read.
    case current
    /// Only files changed: these absolute paths are new or changed, those are gone.
    case filesChanged(changed: Set<String>, gone: Set<String>)
    /// It must be analysed afresh, for this reason.
    case stale(String)
  }

  /// How the stored analysis stands against `files` (today's fingerprints), `arguments`
  /// (absolute paths) and the analysis `version`.
  func staleness(files: [FileFingerprint], arguments: [String], version: String)
    throws(LibraryError) -> Staleness
  {
    try read { db -> Staleness in
      let stored = try String.fetchOne(
        db, sql: "SELECT value FROM meta WHERE key = 'analysisVersion'")
      guard let stored else { return .stale("new library") }
      guard stored == version else { return .stale("analysed by another version (\(stored))") }
      let storedArguments = try String.fetchAll(
        db, sql: "SELECT absolute FROM inputArgument ORDER BY position")
      guard storedArguments.sorted() == arguments.sorted() else { return .stale("other inputs") }
      var known: [String: (Int64, Int64)] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT path, size, modified FROM inputFile") {
        known[row[0]] = (row[1], row[2])
      }
      var changed = Set<String>()
      for file in files {
        guard let (size, modified) = known.removeValue(forKey: file.path),
          size == file.size, modified == file.modified
        else {
          changed.insert(file.path)
          continue
        }
      }
      let gone = Set(known.keys)
      return changed.isEmpty && gone.isEmpty
        ? .current : .filesChanged(changed: changed, gone: gone)
    }
  }
}
