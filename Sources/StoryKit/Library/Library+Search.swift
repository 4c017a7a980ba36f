import Foundation
import GRDB

extension Library {
  /// The articles that match `query`, best first (see `SearchRanking`).
  ///
  /// The candidates come from `SearchStatement` (at most `ranking.candidateLimit`, newest
  /// first); they are scored, the best `limit` kept, and their ids, stories and titles read in
  /// one more query. The work per call is bounded whatever the query.
  ///
  /// - Parameters:
  ///   - query: a parsed query (`SearchQuery(parsing:)`).
  ///   - limit: the most hits returned.
  public func search(
    _ query: SearchQuery, limit: Int = 50, ranking: SearchRanking = SearchRanking()
  ) throws(LibraryError) -> SearchResults {
    guard !query.isEmpty else {
      return SearchResults(query: query, hits: [], isExhaustive: true)
    }
    return try store.read { db in
      let newestDay = try Int64.fetchOne(db, sql: "SELECT max(searchKey) FROM article")
        .flatMap(SearchKey.day(of:))
      let statement = SearchStatement(query, ranking: ranking)
      var scored: [(key: Int64, score: Double)] = []
      let rows = try Row.fetchCursor(db, sql: statement.sql, arguments: statement.arguments)
      while let row = try rows.next() {
        let key: Int64 = row[0]
        scored.append(
          (key, ranking.score(bm25: row[1], day: SearchKey.day(of: key), newestDay: newestDay)))
      }
      scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.key > $1.key }
      let top = Array(scored.prefix(limit))
      var details: [Int64: Row] = [:]
      if !top.isEmpty {
        let marks = Array(repeating: "?", count: top.count).joined(separator: ",")
        for row in try Row.fetchAll(
          db,
          sql:
            "SELECT searchKey, id, storyID, title, day, dayInferred FROM article WHERE searchKey IN (\(marks))",
          arguments: StatementArguments(top.map(\.key)))
        {
          details[row[0]] = row
        }
      }
      let hits = top.compactMap { item -> SearchHit? in
        guard let row = details[item.key] else { return nil }
        let day: Int? = row[4]
        return SearchHit(
          article: ArticleID(row[1]), story: StoryID(row[2]), title: row[3],
          date: day.map { StoryDate(date: ArticleDate(dayNumber: $0), isInferred: row[5]) },
          score: item.score)
      }
      return SearchResults(
        query: query, hits: hits, isExhaustive: scored.count < ranking.candidateLimit)
    }
  }

  /// Where `query`'s words stand in a hit's article, and a snippet around the first.
  public func highlight(_ hit: SearchHit, query: SearchQuery) throws(LibraryError)
    -> SearchHighlight
  {
    guard let article = try article(hit.article) else {
      return SearchHighlight(matches: [], snippet: "")
    }
    return SearchHighlighter(query: query).highlight(article)
  }
}

extension Library {
  /// The reference the search benchmark measures against: a plain FTS5 query,
  /// `MATCH ? ORDER BY bm25 LIMIT ?`, with no bounds on its work. Not for the product.
  @_spi(Benchmarks)
  public func plainFTS5Search(_ match: String, limit: Int) throws(LibraryError) -> [Int64] {
    try store.read { db in
      try Int64.fetchAll(
        db, sql: "SELECT rowid FROM search WHERE search MATCH ? ORDER BY bm25(search) LIMIT ?",
        arguments: [match, limit])
    }
  }
}
