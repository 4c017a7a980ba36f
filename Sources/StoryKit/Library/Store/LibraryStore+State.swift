import Foundation
import GRDB

extension LibraryStore {
  /// The analysis state saved with the stored analysis, or `nil` when there is none this
  /// version can read (then the inputs are analysed afresh).
  func savedState(configuration: LibraryConfiguration) throws(LibraryError) -> AnalysisState? {
    let parts = try read { db -> [String: Data]? in
      let format = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'stateFormat'")
      guard format == String(AnalysisState.format) else { return nil }
      var parts: [String: Data] = [:]
      // NB: a cursor, so each piece is copied out of SQLite once, not held twice as rows.
      let rows = try Row.fetchCursor(
        db, sql: "SELECT part, data FROM analysisState ORDER BY part, chunk")
      while let row = try rows.next() {
        let part: String = row[0]
        let data: Data = row[1]
        if parts[part] == nil { parts[part] = data } else { parts[part]?.append(data) }
      }
      return parts
    }
    guard let parts else { return nil }
    return try? AnalysisState(parts: parts, configuration: configuration)
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
