import GRDB

/// The SQL that finds a query's candidates: the FTS5 match, the qualifiers as filters, newest
/// first, at most `SearchRanking.candidateLimit` rows of `(searchKey, bm25)`.
///
/// Three shapes, cheapest first:
/// - words only: the search table alone, walked by rowid backwards (the day is in the rowid);
/// - words and qualifiers: the search table joined to `article`, still walked by rowid;
/// - qualifiers only (or only negated words): the `article` table by search key backwards,
///   with a BM25 of -1 so recency alone ranks.
///
/// Every value the user typed is a bound argument; the match expression quotes every word
/// (`SearchQuery.matchExpression`), so no input is read as SQL or FTS5 syntax.
struct SearchStatement {
  /// The SQL, with `?` placeholders.
  let sql: String
  /// The values of the placeholders, in order.
  let arguments: StatementArguments

  init(_ query: SearchQuery, ranking: SearchRanking) {
    var filters: [String] = []
    var values: [(any DatabaseValueConvertible)?] = []
    if !query.sources.isEmpty {
      filters.append(
        "("
          + query.sources.map { _ in "instr(article.sourceKey, ?) > 0" }
          .joined(separator: " OR ") + ")")
      values += query.sources
    }
    if let range = query.dateRange {
      filters.append("article.day BETWEEN ? AND ?")
      values += [range.lowerBound, range.upperBound]
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
      values.append(story.rawValue)
    }
    let weights = SearchRanking.fieldWeights.map { String($0) }.joined(separator: ", ")
    if let match = query.matchExpression, filters.isEmpty {
      sql = """
        SELECT rowid, bm25(search, \(weights)) FROM search WHERE search MATCH ?
        ORDER BY rowid DESC LIMIT ?
        """
      values.insert(match, at: 0)
    } else if let match = query.matchExpression {
      sql = """
        SELECT article.searchKey, bm25(search, \(weights))
        FROM search CROSS JOIN article ON article.searchKey = search.rowid
        WHERE search MATCH ? \(filters.map { "AND " + $0 }.joined(separator: " "))
        ORDER BY search.rowid DESC LIMIT ?
        """
      values.insert(match, at: 0)
    } else {
      if let negative = query.negativeExpression {
        filters.append("article.searchKey NOT IN (SELECT rowid FROM search WHERE search MATCH ?)")
        values.append(negative)
      }
      sql = """
        SELECT article.searchKey, -1.0 FROM article
        \(filters.isEmpty ? "" : "WHERE " + filters.joined(separator: " AND "))
        ORDER BY article.searchKey DESC LIMIT ?
        """
    }
    values.append(ranking.candidateLimit)
    arguments = StatementArguments(values)
  }
}
