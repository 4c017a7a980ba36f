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
    /// It holds these inputs, but these files were touched (a new time, the same bytes): their
    /// times are to be recorded, nothing to read.
    case touched([FileFingerprint])
    /// Only files changed: these absolute paths are new or changed, those are gone.
    case filesChanged(changed: Set<String>, gone: Set<String>)
    /// It must be analysed afresh, for this reason.
    case stale(String)

    /// Whether the stored analysis is of these very inputs (`current` or `touched`).
    var holdsTheInputs: Bool {
      switch self {
      case .current, .touched: true
      case .filesChanged, .stale: false
      }
    }
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
      var known: [String: (size: Int64, modified: Int64, hash: Int64?)] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT path, size, modified, contentHash FROM inputFile")
      {
        known[row[0]] = (row[1], row[2], row[3])
      }
      var changed = Set<String>()
      var touched: [FileFingerprint] = []
      for file in files {
        guard let stored = known.removeValue(forKey: file.path), stored.size == file.size else {
          changed.insert(file.path)
          continue
        }
        guard stored.modified != file.modified else { continue }
        // NB: a new time with the same size: the bytes tell whether it changed.
        if let hash = stored.hash,
          FileFingerprint.contentHash(ofFileAt: file.path).map({ Int64(bitPattern: $0) }) == hash
        {
          touched.append(file)
        } else {
          changed.insert(file.path)
        }
      }
      let gone = Set(known.keys)
      if changed.isEmpty && gone.isEmpty {
        return touched.isEmpty ? .current : .touched(touched)
      }
      return .filesChanged(changed: changed, gone: gone)
    }
  }
}

extension LibraryStore {
  /// Records the times of files touched without a change (see `Staleness.touched`).
  func recordTouched(_ files: [FileFingerprint]) throws(LibraryError) {
    try write { db in
      let update = try db.cachedStatement(sql: "UPDATE inputFile SET modified = ? WHERE path = ?")
      for file in files { try update.execute(arguments: [file.modified, file.path]) }
    }
  }
}
