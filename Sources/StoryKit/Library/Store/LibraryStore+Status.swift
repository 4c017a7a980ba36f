import GRDB

extension LibraryStore {
  /// The PATH arguments of the stored analysis, as given and as absolute paths.
  func arguments() throws(LibraryError) -> [(given: String, absolute: String)] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT argument, absolute FROM inputArgument ORDER BY position")
        .map { (given: $0[0], absolute: $0[1]) }
    }
  }

  /// Why the stored analysis does not hold these inputs, or `nil` when it is current.
  func staleness(files: [FileFingerprint], arguments: [String], version: String)
    throws(LibraryError) -> String?
  {
    try read { db -> String? in
      let stored = try String.fetchOne(
        db, sql: "SELECT value FROM meta WHERE key = 'analysisVersion'")
      guard let stored else { return "new library" }
      guard stored == version else { return "analysed by another version (\(stored))" }
      let storedArguments = try String.fetchAll(
        db, sql: "SELECT absolute FROM inputArgument ORDER BY position")
      guard storedArguments.sorted() == arguments.sorted() else { return "other inputs" }
      var known: [String: (Int64, Int64)] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT path, size, modified FROM inputFile") {
        known[row[0]] = (row[1], row[2])
      }
      guard known.count == files.count else { return "files added or removed" }
      for file in files {
        guard let (size, modified) = known[file.path] else { return "files added or removed" }
        guard size == file.size, modified == file.modified else { return "files changed" }
      }
      return nil
    }
  }
}
