import Foundation
import GRDB

/// The order of a story list.
public enum StoryOrder: String, Hashable, Sendable, CaseIterable {
  /// Newest last day first (undated stories last).
  case newest
  /// Most articles first.
  case size
  /// By title, A to Z.
  case title
  /// The canonical order: by first article (what `storyline stories` prints).
  case corpus

  var sql: String {
    switch self {
    case .newest: "lastDay IS NULL, lastDay DESC, rank"
    case .size: "articleCount DESC, rank"
    case .title: "title COLLATE NOCASE, rank"
    case .corpus: "rank"
    }
  }
}

extension Library {
  // MARK: Articles

  /// Every article, in listing order.
  public func articles() throws(LibraryError) -> [Article] {
    try decodeAll(Article.self, sql: "SELECT payload FROM article ORDER BY listing")
      .map(withCurrentPath)
  }

  /// Every article, in listing order, a page of `size` at a time: a large library is printed
  /// or exported holding one page in memory, not all its texts. The pages come from one read
  /// transaction, so they are consistent even while another process updates the library.
  ///
  /// ```swift
  /// try library.forEachArticlePage { page in for article in page { print(article.id) } }
  /// ```
  public func forEachArticlePage(size: Int = 1000, _ body: ([Article]) -> Void)
    throws(LibraryError)
  {
    let page = "SELECT listing, payload FROM article WHERE listing > ? ORDER BY listing LIMIT ?"
    try forEachPage(Article.self, size: size, { body($0.map(withCurrentPath)) }) { db, after, size in
      try Row.fetchAll(db.cachedStatement(sql: page), arguments: [after, size]).map {
        (listing: $0[0] as Int64, payload: $0[1] as Data)
      }
    }
  }

  /// Every quote, in listing order of the articles, then text order (as `quotes()`), the
  /// quotes of `articles` articles at a time; see `forEachArticlePage(size:_:)`.
  public func forEachQuotePage(articles: Int = 1000, _ body: ([Quote]) -> Void)
    throws(LibraryError)
  {
    let last = """
      SELECT max(listing) FROM (
        SELECT listing FROM article WHERE listing > ? ORDER BY listing LIMIT ?)
      """
    let quotes = """
      SELECT article.listing, quote.payload FROM article JOIN quote ON quote.article = article.id
      WHERE article.listing > ? AND article.listing <= ? ORDER BY article.listing, quote.position
      """
    try forEachPage(Quote.self, size: articles, body) { db, after, size in
      // NB: a page of articles may hold no quote; its last listing moves the page on.
      guard let end = try Int64.fetchOne(db.cachedStatement(sql: last), arguments: [after, size])
      else { return [] }
      let rows = try Row.fetchAll(db.cachedStatement(sql: quotes), arguments: [after, end]).map {
        (listing: $0[0] as Int64, payload: $0[1] as Data)
      }
      return rows.isEmpty ? [(listing: end, payload: nil)] : rows
    }
  }

  /// Reads pages of payloads by listing key (`fetch` returns a page's rows after a key; a row
  /// without a payload only moves the key on), decodes each page and hands it to `body`.
  private func forEachPage<T: Decodable & Sendable>(
    _ type: T.Type, size: Int, _ body: ([T]) -> Void,
    fetch: (Database, Int64, Int) throws -> [(listing: Int64, payload: Data?)]
  ) throws(LibraryError) {
    let failed: Bool = try store.read { db in
      var after = Int64.min
      while true {
        let rows = try fetch(db, after, max(1, size))
        guard let last = rows.last else { return false }
        after = last.listing
        let blobs = rows.compactMap(\.payload)
        let values = blobs.parallelMap { try? Payload.decode(type, from: $0) }.compactMap { $0 }
        guard values.count == blobs.count else { return true }
        if !values.isEmpty { body(values) }
      }
    }
    if failed {
      throw .notALibrary(path: file ?? ":memory:", reason: "a stored \(type) cannot be read")
    }
  }

  /// One article, or `nil` when the library has none with this id.
  public func article(_ id: ArticleID) throws(LibraryError) -> Article? {
    try decodeAll(Article.self, sql: "SELECT payload FROM article WHERE id = ?", [id.rawValue])
      .first.map(withCurrentPath)
  }

  /// The number of articles.
  public func articleCount() throws(LibraryError) -> Int {
    try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article") ?? 0 }
  }

  // MARK: Quotes and speakers

  /// Every quote, in listing order of the articles, then text order.
  public func quotes() throws(LibraryError) -> [Quote] {
    try decodeAll(
      Quote.self,
      sql: """
        SELECT quote.payload FROM quote JOIN article ON article.id = quote.article
        ORDER BY article.listing, quote.position
        """)
  }

  /// The quotes of one article, in text order.
  public func quotes(in article: ArticleID) throws(LibraryError) -> [Quote] {
    try decodeAll(
      Quote.self, sql: "SELECT payload FROM quote WHERE article = ? ORDER BY position",
      [article.rawValue])
  }

  /// The quotes of one speaker, in corpus order.
  public func quotes(by speaker: SpeakerID) throws(LibraryError) -> [Quote] {
    try decodeAll(
      Quote.self,
      sql: """
        SELECT quote.payload FROM quote JOIN article ON article.id = quote.article
        WHERE quote.speakerID = ? ORDER BY article.listing, quote.position
        """,
      [speaker.rawValue])
  }

  /// Where each quote of one speaker stands, in corpus order (the order of `quotes(by:)`),
  /// without reading the quotes.
  public func quoteReferences(by speaker: SpeakerID) throws(LibraryError) -> [QuoteReference] {
    try store.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT quote.id, quote.article FROM quote
          JOIN article INDEXED BY articleIDListing ON article.id = quote.article
          WHERE quote.speakerID = ? ORDER BY article.listing, quote.position
          """, arguments: [speaker.rawValue]
      ).map { QuoteReference(id: QuoteID($0[0] as String), article: ArticleID($0[1] as String)) }
    }
  }

  /// The quotes with these ids, in the order given; ids not in the library are left out.
  public func quotes(_ ids: [QuoteID]) throws(LibraryError) -> [Quote] {
    var byID: [QuoteID: Quote] = [:]
    // NB: in chunks well below SQLite's limit on statement parameters.
    for start in stride(from: 0, to: ids.count, by: 500) {
      let chunk = ids[start..<min(ids.count, start + 500)]
      let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
      for quote in try decodeAll(
        Quote.self, sql: "SELECT payload FROM quote WHERE id IN (\(placeholders))",
        StatementArguments(chunk.map(\.rawValue)))
      {
        byID[quote.id] = quote
      }
    }
    return ids.compactMap { byID[$0] }
  }

  /// Everyone quoted, most quoted first.
  public func speakers() throws(LibraryError) -> [Speaker] {
    try decodeAll(Speaker.self, sql: "SELECT payload FROM speaker ORDER BY rank")
  }

  /// The speaker with this canonical name or alias (any case, with or without `the`), the
  /// most quoted one when several share it.
  public func speaker(named name: String) throws(LibraryError) -> Speaker? {
    try decodeAll(
      Speaker.self,
      sql: """
        SELECT speaker.payload FROM speakerAlias JOIN speaker ON speaker.id = speakerAlias.speakerID
        WHERE speakerAlias.alias = ? ORDER BY speaker.rank LIMIT 1
        """, [SpeakerLookup.key(name)]
    ).first
  }

  // MARK: Copies

  /// Every group of syndicated copies, in canonical order.
  public func duplicateGroups() throws(LibraryError) -> [DuplicateGroup] {
    try decodeAll(DuplicateGroup.self, sql: "SELECT payload FROM dupGroup ORDER BY rank")
  }

  /// The group an article belongs to (as original or copy), if any.
  public func duplicateGroup(of article: ArticleID) throws(LibraryError) -> DuplicateGroup? {
    try decodeAll(
      DuplicateGroup.self,
      sql: """
        SELECT payload FROM dupGroup WHERE original = ?1
        UNION ALL
        SELECT payload FROM dupGroup WHERE id = (SELECT groupID FROM dupCopy WHERE article = ?1)
        """, [article.rawValue]
    ).first
  }

  // MARK: Stories

  /// Every story, ordered by first article.
  public func stories() throws(LibraryError) -> [Story] {
    try decodeAll(Story.self, sql: "SELECT payload FROM story ORDER BY rank")
  }

  /// A page of the story list.
  public func stories(order: StoryOrder = .newest, limit: Int, offset: Int = 0)
    throws(LibraryError) -> [Story]
  {
    // NB: the page's rows are chosen on the order's index first, so the sort never carries
    // the payloads of the stories before the page.
    try decodeAll(
      Story.self,
      sql: """
        SELECT payload FROM story
        WHERE rank IN (SELECT rank FROM story ORDER BY \(order.sql) LIMIT ? OFFSET ?)
        ORDER BY \(order.sql)
        """,
      [limit, offset])
  }

  /// A page of the story list as lists show it (`StoryHeading`): the heading's few fields are
  /// taken out of each payload by SQLite, so the page costs the same for a story of 2,000
  /// articles as for one of two.
  public func storyHeadings(order: StoryOrder = .newest, limit: Int, offset: Int = 0)
    throws(LibraryError) -> [StoryHeading]
  {
    struct Extracted: Decodable {
      var speakers: [String]?
      var sources: [String]?
      var firstDate: StoryDate?
      var lastDate: StoryDate?
      init(from decoder: any Decoder) throws {
        var values = try decoder.unkeyedContainer()
        speakers = try values.decode([String]?.self)
        sources = try values.decode([String]?.self)
        firstDate = try values.decode(StoryDate?.self)
        lastDate = try values.decode(StoryDate?.self)
      }
    }
    let rows = try store.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT id, title, articleCount, copyCount,
            json_extract(CAST(payload AS TEXT), '$.speakers', '$.sources', '$.firstDate',
              '$.lastDate')
          FROM story
          WHERE rank IN (SELECT rank FROM story ORDER BY \(order.sql) LIMIT ? OFFSET ?)
          ORDER BY \(order.sql)
          """, arguments: [limit, offset])
    }
    let headings = rows.compactMap { row -> StoryHeading? in
      let json: String = row[4] ?? "[]"
      guard let extracted = try? JSONDecoder().decode(Extracted.self, from: Data(json.utf8)) else {
        return nil
      }
      return StoryHeading(
        id: StoryID(row[0] as String), title: row[1], firstDate: extracted.firstDate,
        lastDate: extracted.lastDate, articleCount: row[2], copyCount: row[3],
        sources: extracted.sources ?? [], speakers: extracted.speakers ?? [])
    }
    guard headings.count == rows.count else {
      throw .notALibrary(path: file ?? ":memory:", reason: "a stored story cannot be read")
    }
    return headings
  }

  /// Where the story `id` stands in the list in `order` (0 is the first), or `nil` when there
  /// is no such story: the list keeps its selection on a story when its order changes.
  ///
  /// Counts the stories before it on the order's index, so a story near the top costs little
  /// and one at the bottom of ~100k a few milliseconds.
  public func storyPosition(of id: StoryID, order: StoryOrder) throws(LibraryError) -> Int? {
    try store.read { db -> Int? in
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT rank, lastDay, articleCount, title FROM story WHERE id = ?",
          arguments: [id.rawValue])
      else { return nil }
      let rank: Int64 = row[0]
      let lastDay: Int64? = row[1]
      let articleCount: Int64 = row[2]
      let title: String = row[3]
      let (condition, arguments): (String, StatementArguments) =
        switch order {
        case .newest:
          if let lastDay {
            ("lastDay > ? OR (lastDay = ? AND rank < ?)", [lastDay, lastDay, rank])
          } else {
            ("lastDay IS NOT NULL OR rank < ?", [rank])
          }
        case .size:
          ("articleCount > ? OR (articleCount = ? AND rank < ?)", [articleCount, articleCount, rank])
        case .title:
          (
            "title < ? COLLATE NOCASE OR (title = ? COLLATE NOCASE AND rank < ?)",
            [title, title, rank]
          )
        case .corpus:
          ("rank < ?", [rank])
        }
      return try Int.fetchOne(
        db, sql: "SELECT count(*) FROM story WHERE \(condition)", arguments: arguments)
    }
  }

  /// The number of stories.
  public func storyCount() throws(LibraryError) -> Int {
    try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM story") ?? 0 }
  }

  /// One story, or `nil`.
  public func story(_ id: StoryID) throws(LibraryError) -> Story? {
    try decodeAll(Story.self, sql: "SELECT payload FROM story WHERE id = ?", [id.rawValue]).first
  }

  /// The story an article belongs to.
  public func story(of article: ArticleID) throws(LibraryError) -> Story? {
    try decodeAll(
      Story.self,
      sql: "SELECT payload FROM story WHERE id = (SELECT storyID FROM article WHERE id = ?)",
      [article.rawValue]
    ).first
  }

  // MARK: Problems and status

  /// What could not be read or was skipped, in the order met.
  public func problems() throws(LibraryError) -> [IngestProblem] {
    try store.read { db in
      try Row.fetchAll(db, sql: "SELECT location, message FROM problem ORDER BY position").map {
        IngestProblem(location: rewritten($0[0]), message: $0[1])
      }
    }
  }

  /// Where the library is, what it holds, and how it was made.
  public func status() throws(LibraryError) -> LibraryStatus {
    let bytes =
      file.map { path in
        ["", "-wal"].reduce(Int64(0)) { total, suffix in
          var info = stat()
          return total + (stat(path + suffix, &info) == 0 ? Int64(info.st_size) : 0)
        }
      } ?? 0
    return try store.read { db in
      func count(_ table: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
      }
      func meta(_ key: String) throws -> String {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
          ?? ""
      }
      return LibraryStatus(
        file: file, bytes: bytes, articles: try count("article"), quotes: try count("quote"),
        speakers: try count("speaker"), duplicateGroups: try count("dupGroup"),
        stories: try count("story"), problems: try count("problem"),
        files: try count("inputFile"), analysisVersion: try meta("analysisVersion"),
        updated: try meta("updated"))
    }
  }

  // MARK: Helpers

  private func withCurrentPath(_ article: Article) -> Article {
    guard !pathRewrites.isEmpty else { return article }
    var article = article
    article.location.path = rewritten(article.location.path)
    return article
  }

  /// Decodes the payload column of every row `sql` selects.
  func decodeAll<T: Decodable & Sendable>(
    _ type: T.Type, sql: String, _ arguments: StatementArguments = StatementArguments()
  ) throws(LibraryError) -> [T] {
    let blobs = try store.read { db in try Data.fetchAll(db, sql: sql, arguments: arguments) }
    let decoded =
      blobs.count > 256
      ? blobs.parallelMap { try? Payload.decode(type, from: $0) }
      : blobs.map { try? Payload.decode(type, from: $0) }
    let values = decoded.compactMap { $0 }
    guard values.count == blobs.count else {
      throw .notALibrary(
        path: file ?? ":memory:", reason: "a stored \(type) cannot be read")
    }
    return values
  }
}

extension Library {
  /// Every article's summary (headline, outlet, day, story, original), by id; read from
  /// columns, without decoding any text.
  public func articleSummaries() throws(LibraryError) -> [ArticleID: ArticleSummary] {
    try store.read { db in
      var summaries: [ArticleID: ArticleSummary] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT id, title, source, day, storyID, copyOf FROM article")
      {
        let id = ArticleID(row[0])
        let day: Int? = row[3]
        let copyOf: String? = row[5]
        summaries[id] = ArticleSummary(
          id: id, title: row[1], source: row[2], date: day.map { ArticleDate(dayNumber: $0) },
          story: StoryID(row[4]), copyOf: copyOf.map { ArticleID($0) })
      }
      return summaries
    }
  }
}
