import Foundation
import GRDB

extension LibraryStore {
  /// The analysis state saved with the stored analysis, or `nil` when there is none this
  /// version can read (then the inputs are analysed afresh). Its largest parts may still be
  /// being read when it returns (`AnalysisState.finishReading`).
  ///
  /// The state is saved as pieces (`AnalysisState.savePlan`), each stored as the list of its
  /// chunks (`StateChunks`: hash and length), and each chunk once, in a row of its own named
  /// by its hash (`#` and 16 hex digits).
  func savedState(configuration: LibraryConfiguration) throws(LibraryError) -> AnalysisState? {
    let parts = try read { db -> [String: [UInt8]]? in
      let format = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'stateFormat'")
      guard format == String(AnalysisState.format) else { return nil }
      // Each piece's bytes, made to size, and where each chunk goes in them.
      var parts: [String: [UInt8]] = [:]
      var places: [UInt64: [(piece: String, offset: Int, length: Int)]] = [:]
      var missing: [String: Int] = [:]
      let pieces = try Row.fetchCursor(
        db, sql: "SELECT part, data FROM analysisState WHERE substr(part, 1, 1) != '#'")
      while let row = try pieces.next() {
        let name: String = row[0]
        guard let chunks = Self.chunkList(row[1]) else { return nil }
        var offset = 0
        for chunk in chunks {
          places[chunk.hash, default: []].append((name, offset, chunk.length))
          offset += chunk.length
        }
        parts[name] = [UInt8](repeating: 0, count: offset)
        missing[name] = offset
      }
      // NB: a cursor, and each chunk copied into its place as it comes: the state is held
      // once, not as chunks and pieces both.
      let chunks = try Row.fetchCursor(
        db, sql: "SELECT part, data FROM analysisState WHERE substr(part, 1, 1) = '#'")
      while let row = try chunks.next() {
        guard let hash = Self.chunkHash(named: row[0]) else { continue }
        let data: Data = row[1]
        for place in places.removeValue(forKey: hash) ?? [] where data.count == place.length {
          // NB: a place outside its piece (a piece listed twice) is never written: the piece
          // stays short of bytes, and the state unreadable.
          let copied =
            parts[place.piece]?.withUnsafeMutableBytes { piece -> Bool in
              guard place.offset >= 0, place.offset + place.length <= piece.count else {
                return false
              }
              data.copyBytes(
                to: UnsafeMutableRawBufferPointer(
                  rebasing: piece[place.offset..<place.offset + place.length]))
              return true
            } ?? false
          if copied { missing[place.piece, default: 0] -= place.length }
        }
      }
      // NB: a chunk lost or of another length leaves its piece, and the state, unreadable.
      guard missing.values.allSatisfy({ $0 == 0 }) else { return nil }
      return parts
    }
    guard let parts else { return nil }
    // NB: the largest parts are read on a thread of their own while the first stages run; the
    // pipeline waits for them (`AnalysisState.finishReading`).
    return try? AnalysisState(parts: parts, configuration: configuration, readingAhead: true)
  }

  /// The layout version of the saved state (`AnalysisState.format`), `nil` when none is saved.
  func savedStateFormat() throws(LibraryError) -> String? {
    try read { db in
      try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'stateFormat'")
    }
  }

  /// Saves the pieces `plan` writes and keeps those it keeps (`AnalysisState.savePlan`): each
  /// written piece is cut into chunks (`StateChunks`), and only the chunks the library does
  /// not hold yet are written; chunks no piece refers to any more go. An update of a large
  /// library so writes the few chunks it changed, not every piece whole.
  ///
  /// - Parameter encoded: pieces of the plan already encoded (`EncodedPieces`, made ahead
  ///   against `storedChunks`); the others are encoded here, a few at a time.
  static func saveState(
    _ state: AnalysisState, plan: (write: [String], keep: [String]),
    encoded: [EncodedPieces] = [], db: Database
  ) throws {
    let kept = Set(plan.keep)
    var referenced = Set<UInt64>()
    let pieces = try Row.fetchCursor(
      db, sql: "SELECT part, data FROM analysisState WHERE substr(part, 1, 1) != '#'")
    var gone: [String] = []
    while let row = try pieces.next() {
      let name: String = row[0]
      guard kept.contains(name) else {
        gone.append(name)
        continue
      }
      for chunk in chunkList(row[1]) ?? [] { referenced.insert(chunk.hash) }
    }
    let stored = try storedChunks(db)
    let delete = try db.cachedStatement(sql: "DELETE FROM analysisState WHERE part = ?")
    for name in gone { try delete.execute(arguments: [name]) }
    let insert = try db.cachedStatement(
      sql: "INSERT OR REPLACE INTO analysisState (part, chunk, data) VALUES (?, 0, ?)")
    func write(_ encoded: EncodedPieces) throws {
      for piece in encoded.pieces {
        // NB: pieces made ahead left out the chunks the library held then; should one have
        // gone since, its piece is encoded again, once (the same state gives the same bytes).
        var again: EncodedPieces?
        for chunk in piece.chunks
        where referenced.insert(chunk.hash).inserted && !stored.contains(chunk.hash) {
          var data = encoded.newChunks[chunk.hash]
          if data == nil {
            again = again ?? EncodedPieces([piece.name], of: state, leavingOut: [])
            data = again?.newChunks[chunk.hash]
          }
          guard let data else { continue }
          try insert.execute(arguments: [chunkName(chunk.hash), data])
        }
        var list = BinaryWriter()
        list.write(piece.chunks) { writer, chunk in
          writer.writeFixed(chunk.hash)
          writer.write(chunk.length)
        }
        try insert.execute(arguments: [piece.name, Data(list.bytes)])
      }
    }
    for pieces in encoded { try write(pieces) }
    // NB: the rest a few at a time (one per core), so a whole state is never all in memory.
    let done = Set(encoded.flatMap { $0.pieces.map(\.name) })
    let rest = plan.write.filter { !done.contains($0) }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    for start in stride(from: 0, to: rest.count, by: cores) {
      let names = Array(rest[start..<min(rest.count, start + cores)])
      try write(EncodedPieces(names, of: state, leavingOut: stored))
    }
    for hash in stored where !referenced.contains(hash) {
      try delete.execute(arguments: [chunkName(hash)])
    }
  }

  /// The hashes of the state's chunks the library holds.
  static func storedChunks(_ db: Database) throws -> Set<UInt64> {
    Set(
      try String.fetchAll(
        db, sql: "SELECT part FROM analysisState WHERE substr(part, 1, 1) = '#'"
      ).compactMap(chunkHash(named:)))
  }

  /// A chunk's row name: `#` and its hash in 16 hex digits.
  static func chunkName(_ hash: UInt64) -> String {
    let hex = String(hash, radix: 16)
    return "#" + String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// The hash a chunk's row name holds (`chunkName`), or `nil` for another name.
  private static func chunkHash(named name: String) -> UInt64? {
    name.hasPrefix("#") ? UInt64(name.dropFirst(), radix: 16) : nil
  }

  /// The chunks a saved piece is made of, in order, or `nil` when the list is damaged.
  static func chunkList(_ data: Data) -> [(hash: UInt64, length: Int)]? {
    var reader = BinaryReader(data)
    do {
      let count = try reader.count(minimumSize: 9)
      var chunks: [(hash: UInt64, length: Int)] = []
      chunks.reserveCapacity(count)
      for _ in 0..<count {
        let hash = try reader.fixed()
        let length = try reader.int()
        guard length > 0, length <= StateChunks.maximumSize else { return nil }
        chunks.append((hash, length))
      }
      return chunks
    } catch {
      return nil
    }
  }

  /// The stored articles, for the stages that need more than the saved state.
  var storedArticles: StoredArticles {
    StoredArticles(
      texts: { ids throws(LibraryError) in try self.cleanTexts(ids) },
      articles: { ids throws(LibraryError) in try self.articles(ids) })
  }

  /// Stored articles' clean texts by id, pulled out of their payloads by SQLite (decoding a
  /// whole article, offset maps and all, for its text would cost several times as much).
  private func cleanTexts(_ ids: [ArticleID]) throws(LibraryError) -> [ArticleID: String] {
    try read { db in
      let select = try db.cachedStatement(
        sql: "SELECT json_extract(CAST(payload AS TEXT), '$.cleanText') FROM article WHERE id = ?")
      var texts: [ArticleID: String] = [:]
      texts.reserveCapacity(ids.count)
      for id in ids {
        if let text = try String.fetchOne(select, arguments: [id.rawValue]) { texts[id] = text }
      }
      return texts
    }
  }

  /// Stored articles by id.
  private func articles(_ ids: [ArticleID]) throws(LibraryError) -> [ArticleID: Article] {
    let blobs = try read { db in
      let select = try db.cachedStatement(sql: "SELECT payload FROM article WHERE id = ?")
      return try ids.compactMap { id in try Data.fetchOne(select, arguments: [id.rawValue]) }
    }
    let decoded = blobs.parallelMap { try? Payload.decode(Article.self, from: $0) }
    var articles: [ArticleID: Article] = [:]
    for article in decoded {
      guard let article else {
        throw .notALibrary(path: path ?? ":memory:", reason: "a stored article cannot be read")
      }
      articles[article.id] = article
    }
    return articles
  }

  /// The stored problems, locations as stored.
  func storedProblems() throws(LibraryError) -> [IngestProblem] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT location, message FROM problem ORDER BY position").map {
        IngestProblem(location: $0[0], message: $0[1])
      }
    }
  }
}
