import Foundation
import GRDB

extension LibraryStore {
  /// What an analysis write records besides the analysis itself.
  struct Provenance: Sendable {
    /// The input files as they were when read.
    var files: [FileFingerprint]
    /// The PATH arguments, as given and as absolute paths.
    var arguments: [(given: String, absolute: String)]
    /// The analysis version (`LibraryConfiguration.analysisVersion`).
    var version: String
  }

  /// Replaces the stored analysis with `analysis` in one transaction, indexing it for search;
  /// reading state is kept. A failure (disk full, kill) leaves the previous analysis whole.
  func replace(
    with analysis: CorpusAnalysis, provenance: Provenance, progress: ProgressHandler?
  ) throws(LibraryError) {
    let rows = Self.rows(of: analysis)
    try write { db in
      for table in [
        "meta", "inputFile", "inputArgument", "article", "quote", "speaker", "speakerAlias",
        "dupGroup", "dupCopy", "story", "storyMember", "problem",
      ] {
        try db.execute(sql: "DELETE FROM \(table)")
      }
      // NB: a contentless FTS5 table refuses DELETE; 'delete-all' empties it.
      try db.execute(sql: "INSERT INTO search (search) VALUES ('delete-all')")
      try Self.insertArticles(rows, db: db, progress: progress)
      try Self.insertQuotes(analysis.quotes, db: db)
      try Self.insertGroups(analysis.duplicateGroups, db: db)
      try Self.insertStories(analysis.stories, db: db)
      let problem = try db.cachedStatement(
        sql: "INSERT INTO problem (position, location, message) VALUES (?, ?, ?)")
      for (position, item) in analysis.problems.enumerated() {
        try problem.execute(arguments: [position, item.location, item.message])
      }
      let file = try db.cachedStatement(
        sql: "INSERT OR REPLACE INTO inputFile (path, size, modified) VALUES (?, ?, ?)")
      for item in provenance.files {
        try file.execute(arguments: [item.path, item.size, item.modified])
      }
      let argument = try db.cachedStatement(
        sql: "INSERT INTO inputArgument (position, argument, absolute) VALUES (?, ?, ?)")
      for (position, item) in provenance.arguments.enumerated() {
        try argument.execute(arguments: [position, item.given, item.absolute])
      }
      let meta = try db.cachedStatement(sql: "INSERT INTO meta (key, value) VALUES (?, ?)")
      try meta.execute(arguments: ["analysisVersion", provenance.version])
      try meta.execute(
        arguments: ["updated", ISO8601DateFormatter().string(from: Date())])
    }
  }

  /// One article as stored, with what its columns and search row need.
  struct StoredArticle: Sendable {
    var article: Article
    var listing: Int
    var searchKey: Int64
    var day: Int?
    var dayInferred: Bool
    var storyID: StoryID
    var copyOf: ArticleID?
    var quotes: String
    var speakers: String
  }

  /// The article rows: each article with its story, day, copy link and search fields.
  private static func rows(of analysis: CorpusAnalysis) -> [StoredArticle] {
    var storyOf: [ArticleID: (StoryID, Story.Member)] = [:]
    for story in analysis.stories {
      for member in story.members { storyOf[member.article] = (story.id, member) }
    }
    var quoteTexts: [ArticleID: [String]] = [:]
    var speakerNames: [ArticleID: Set<String>] = [:]
    for quote in analysis.quotes.quotes {
      quoteTexts[quote.article, default: []].append(quote.text)
      if let name = quote.speaker,
        let speaker = analysis.quotes.directory.speaker(canonicalName: name)
      {
        speakerNames[quote.article, default: []].formUnion([speaker.name] + speaker.aliases)
      }
    }
    return analysis.articles.enumerated().map { listing, article in
      let (storyID, member) = storyOf[article.id] ?? (StoryID(firstArticle: article.id), nil)
      let day = member?.date?.date.dayNumber
      let searchKey = SearchKey.make(day: day, position: listing)
      return StoredArticle(
        article: article, listing: listing, searchKey: searchKey, day: day,
        dayInferred: member?.date?.isInferred ?? false, storyID: storyID,
        copyOf: member?.copyOf, quotes: (quoteTexts[article.id] ?? []).joined(separator: "\n"),
        speakers: (speakerNames[article.id] ?? []).sorted().joined(separator: "\n"))
    }
  }

  /// Inserts the articles and their search rows, encoding and folding them on all cores a
  /// chunk at a time, so only one chunk's encoded copy is in memory at once.
  private static func insertArticles(
    _ rows: [StoredArticle], db: Database, progress: ProgressHandler?
  ) throws {
    let article = try db.cachedStatement(
      sql: """
        INSERT INTO article (
          searchKey, id, listing, title, source, sourceKey, day, dayInferred, storyID, copyOf,
          payload)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    let search = try db.cachedStatement(
      sql: "INSERT INTO search (rowid, title, body, quotes, speakers) VALUES (?, ?, ?, ?, ?)")
    let chunk = 2048
    for start in stride(from: 0, to: rows.count, by: chunk) {
      progress?(LibraryProgress(stage: .writing, done: start, total: rows.count))
      let prepared = Array(rows[start..<min(rows.count, start + chunk)])
        .parallelMap(PreparedArticle.init)
      for (offset, item) in prepared.enumerated() {
        let row = rows[start + offset]
        guard let payload = item.payload else { throw EncodingFailure(item: "article") }
        try article.execute(arguments: [
          row.searchKey, row.article.id.rawValue, row.listing, row.article.title ?? "",
          row.article.source ?? "", item.sourceKey, row.day, row.dayInferred, row.storyID.rawValue,
          row.copyOf?.rawValue, payload,
        ])
        let fields = item.fields
        try search.execute(arguments: [row.searchKey, fields[0], fields[1], fields[2], fields[3]])
      }
    }
    progress?(LibraryProgress(stage: .writing, done: rows.count, total: rows.count))
  }

  private static func insertQuotes(_ analysis: QuoteAnalysis, db: Database) throws {
    let quote = try db.cachedStatement(
      sql: "INSERT INTO quote (id, listing, article, speakerID, payload) VALUES (?, ?, ?, ?, ?)")
    let payloads = analysis.quotes.parallelMap { try? Payload.encode($0) }
    for (listing, item) in analysis.quotes.enumerated() {
      let speakerID = item.speaker.flatMap { analysis.directory.speaker(canonicalName: $0)?.id }
      guard let payload = payloads[listing] else { throw EncodingFailure(item: "quote") }
      try quote.execute(arguments: [
        item.id.rawValue, listing, item.article.rawValue, speakerID?.rawValue, payload,
      ])
    }
    let speaker = try db.cachedStatement(
      sql: "INSERT INTO speaker (id, rank, name, payload) VALUES (?, ?, ?, ?)")
    let alias = try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO speakerAlias (alias, speakerID) VALUES (?, ?)")
    let speakerPayloads = analysis.directory.speakers.parallelMap { try? Payload.encode($0) }
    for (rank, item) in analysis.directory.speakers.enumerated() {
      guard let payload = speakerPayloads[rank] else { throw EncodingFailure(item: "speaker") }
      try speaker.execute(arguments: [item.id.rawValue, rank, item.name, payload])
      for name in [item.name] + item.aliases {
        try alias.execute(arguments: [SpeakerLookup.key(name), item.id.rawValue])
      }
    }
  }

  private static func insertGroups(_ groups: [DuplicateGroup], db: Database) throws {
    let group = try db.cachedStatement(
      sql: "INSERT INTO dupGroup (id, rank, original, payload) VALUES (?, ?, ?, ?)")
    let copy = try db.cachedStatement(
      sql: "INSERT OR REPLACE INTO dupCopy (article, groupID, original) VALUES (?, ?, ?)")
    for (rank, item) in groups.enumerated() {
      try group.execute(arguments: [
        item.id.rawValue, rank, item.original.rawValue, try Payload.encode(item),
      ])
      for member in item.copies {
        try copy.execute(arguments: [
          member.article.rawValue, item.id.rawValue, item.original.rawValue,
        ])
      }
    }
  }

  private static func insertStories(_ stories: [Story], db: Database) throws {
    let story = try db.cachedStatement(
      sql: """
        INSERT INTO story (id, rank, title, firstDay, lastDay, articleCount, copyCount, payload)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """)
    let member = try db.cachedStatement(
      sql: "INSERT OR REPLACE INTO storyMember (article, storyID, position) VALUES (?, ?, ?)")
    for (rank, item) in stories.enumerated() {
      try story.execute(arguments: [
        item.id.rawValue, rank, item.title, item.firstDate?.date.dayNumber,
        item.lastDate?.date.dayNumber, item.members.count, item.copies,
        try Payload.encode(item),
      ])
      for (position, entry) in item.members.enumerated() {
        try member.execute(arguments: [entry.article.rawValue, item.id.rawValue, position])
      }
    }
  }
}

/// An article's payload and search fields, made on all cores before the rows are inserted.
struct PreparedArticle: Sendable {
  var payload: Data?
  var sourceKey: String
  var fields: [String]

  init(_ row: LibraryStore.StoredArticle) {
    payload = try? Payload.encode(row.article)
    sourceKey = WordScanner.foldedText(row.article.source ?? "")
    fields = [
      WordScanner.foldedText(row.article.title ?? ""),
      WordScanner.foldedText(row.article.cleanText),
      WordScanner.foldedText(row.quotes), WordScanner.foldedText(row.speakers),
    ]
  }
}

/// A value that JSON could not encode (it never happens with Storyline's own model values).
struct EncodingFailure: Error {
  var item: String
}
