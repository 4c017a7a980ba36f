import Foundation
import GRDB

extension Library {
  /// The articles that match `query`, best first (see `SearchRanking`).
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
      let newestDay = try Int.fetchOne(db, sql: "SELECT max(day) FROM article")
      var filters: [String] = []
      var arguments: [(any DatabaseValueConvertible)?] = []
      if !query.sources.isEmpty {
        filters.append(
          "(" + query.sources.map { _ in "instr(lower(article.source), ?) > 0" }
            .joined(separator: " OR ") + ")")
        arguments += query.sources
      }
      if let range = query.dateRange {
        filters.append("article.day BETWEEN ? AND ?")
        arguments += [range.lowerBound, range.upperBound]
      }
      if query.states.contains(.copy) { filters.append("article.copyOf IS NOT NULL") }
      if query.states.contains(.unread) {
        filters.append(
          "NOT EXISTS (SELECT 1 FROM articleState s WHERE s.article = article.id AND s.isRead)")
      }
      if query.states.contains(.starred) {
        filters.append(
          "EXISTS (SELECT 1 FROM articleState s WHERE s.article = article.id AND s.isStarred)")
      }
      if let story = query.story {
        filters.append("article.storyID = ?")
        arguments.append(story.rawValue)
      }
      let weights = SearchRanking.fieldWeights.map { String($0) }.joined(separator: ", ")
      let sql: String
      if let match = query.matchExpression {
        sql = """
          SELECT article.searchKey, bm25(search, \(weights)), article.day
          FROM search CROSS JOIN article ON article.searchKey = search.rowid
          WHERE search MATCH ? \(filters.map { "AND " + $0 }.joined(separator: " "))
          ORDER BY search.rowid DESC LIMIT ?
          """
        arguments.insert(match, at: 0)
      } else {
        if let negative = query.negativeExpression {
          filters.append("article.searchKey NOT IN (SELECT rowid FROM search WHERE search MATCH ?)")
          arguments.append(negative)
        }
        sql = """
          SELECT article.searchKey, -1.0, article.day FROM article
          \(filters.isEmpty ? "" : "WHERE " + filters.joined(separator: " AND "))
          ORDER BY article.searchKey DESC LIMIT ?
          """
      }
      arguments.append(ranking.candidateLimit)
      let rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
      var scored = rows.map { row -> (key: Int64, score: Double) in
        (row[0], ranking.score(bm25: row[1], day: row[2], newestDay: newestDay))
      }
      scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.key > $1.key }
      let top = Array(scored.prefix(limit))
      var details: [Int64: Row] = [:]
      if !top.isEmpty {
        let marks = Array(repeating: "?", count: top.count).joined(separator: ",")
        for row in try Row.fetchAll(
          db,
          sql: "SELECT searchKey, id, storyID, title, day FROM article WHERE searchKey IN (\(marks))",
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
          date: day.map { ArticleDate(dayNumber: $0) }, score: item.score)
      }
      return SearchResults(
        query: query, hits: hits, isExhaustive: rows.count < ranking.candidateLimit)
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
