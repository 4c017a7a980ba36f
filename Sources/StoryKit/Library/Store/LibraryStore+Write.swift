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

  /// The analysis tables an update rewrites whole (small, or written at every analysis).
  private static let rewrittenTables = [
    "meta", "inputFile", "inputArgument", "problem",
  ]

  /// Writes what an analysis did (`AnalysisWork` after the pipeline) in one transaction:
  /// articles that left are deleted, analysed ones inserted with their quotes and search rows;
  /// the stored articles, stories and speakers whose row differs from the new analysis
  /// (`StoredRows`) are rewritten, the others left alone; groups, problems and the saved state
  /// are replaced. Reading state is kept. A failure (disk full, kill) leaves the previous
  /// analysis whole.
  ///
  /// - Parameters:
  ///   - fresh: the work started from the empty state: every stored analysis row goes.
  ///   - quotesAhead: the quotes of `work`, being written already (`writeQuotesAhead`).
  /// - Returns: what the tables now hold (`StoredRows`), for the state.
  func apply(
    _ work: AnalysisWork, fresh: Bool, provenance: Provenance, progress: ProgressHandler?,
    quotesAhead: QuotesWrittenAhead? = nil
  ) throws(LibraryError) -> StoredRows {
    try quotesAhead?.wait()
    if work.isUnchanged && !fresh {
      try write { db in
        let hashes = try Self.fileHashes(provenance.files, db: db)
        try db.execute(sql: "DELETE FROM meta WHERE key != 'stateFormat'")
        for table in ["inputFile", "inputArgument", "problem"] {
          try db.execute(sql: "DELETE FROM \(table)")
        }
        try Self.insertProvenance(provenance, hashes: hashes, problems: work.problems, db: db)
      }
      return work.state.rows
    }
    var state = work.state
    let previous = fresh ? StoredRows() : state.rows
    // NB: an in-memory library is never updated: its state would be work for nothing. A
    // library being built is not the library until it is whole: its state is saved once,
    // whole, with its last batch.
    let savesState = path != nil && !(isBuilding && work.hasMoreBatches)
    let plan = state.savePlan(everything: fresh || isBuilding)
    // NB: an update encodes its state's pieces on a thread of their own while the rows are
    // worked out and written (the stored rows' piece once they are known), and its
    // transaction inserts only the new chunks; a whole state is encoded in the transaction,
    // a few pieces at a time, so it is never all in memory.
    let encodesAhead = savesState && !fresh && !isBuilding
    let held = encodesAhead ? try read { try Self.storedChunks($0) } : []
    let rowsPiece = AnalysisState.Part.rows.rawValue
    let stateAhead = state
    // NB: not the near-duplicate index's band bases, which are all new when they are
    // compacted: those go a few at a time, in the transaction.
    let ahead = plan.write.filter { $0 != rowsPiece && !$0.hasPrefix("bands.") }
    let piecesAhead =
      encodesAhead
      ? WorkedAhead(name: "storyline state") {
        EncodedPieces(ahead, of: stateAhead, leavingOut: held)
      } : nil
    let inserted = Set(work.articles.map(\.id))
    let placed = Self.placements(of: work, previous: previous.articles, analysed: inserted)
    let placements = placed.all
    let stories = RowChanges(
      work.stories, order: work.storyOrder, id: \.id, previous: previous.stories, item: "story")
    let speakers = RowChanges(
      work.directory.speakers, id: \.id, previous: previous.speakers, item: "speaker")
    let groups = RowChanges(
      work.duplicateGroups, id: \.id, previous: previous.groups, item: "duplicate group")
    state.rows = StoredRows(
      articles: placements, stories: stories.marks, speakers: speakers.marks,
      groups: groups.marks)
    let rowsAhead =
      encodesAhead
      ? WorkedAhead(name: "storyline rows") { [state] in
        EncodedPieces([rowsPiece], of: state, leavingOut: held)
      } : nil
    let search = SearchFields.Extras(work)
    let writing = WritingProgress(
      articles: work.articles.count, handler: progress, batch: work.batches?.progress)
    // NB: a library being built has its search index built beside it, on another core; not
    // when batches follow: FTS5 caches its index structure per connection, and the copy would
    // leave this connection's stale for the next batch's rows.
    let side = try fresh && isBuilding && !work.hasMoreBatches ? sideSearchIndex() : nil
    defer { side?.discard() }
    // NB: in the order of their search keys, as FTS5 writes its pending terms out whenever a
    // rowid comes out of order (`SearchRowChanges`).
    let articles = work.articles
    let order = Self.searchKeyOrder(of: articles, placements: placements)
    if let side {
      side.start(count: articles.count) { number in
        let article = articles[order[number]]
        guard let place = placements[article.id] else { return nil }
        return (place.searchKey, SearchFields(article, search: search).folded)
      }
    }
    try write { db in
      // NB: a fresh analysis fills the article and quote tables without their secondary
      // indexes and builds those at the end, sorted once, instead of inserting 300k entries
      // in random order into each.
      let hashes = try Self.fileHashes(provenance.files, db: db)
      // NB: the search rows of stored articles moved or named anew go in one pass at the end,
      // by rowid.
      var searchRows = SearchRowChanges()
      var deferredIndexes: [String] = []
      if fresh {
        for table in Self.analysisTables where quotesAhead == nil || table != "quote" {
          try db.execute(sql: "DELETE FROM \(table)")
        }
        if side == nil {
          // NB: a contentless FTS5 table refuses DELETE; 'delete-all' empties it.
          try db.execute(sql: "INSERT INTO search (search) VALUES ('delete-all')")
        }
        deferredIndexes = try Self.dropIndexes(
          of: quotesAhead == nil ? ["article", "quote"] : ["article"], db: db)
      } else {
        for table in Self.rewrittenTables { try db.execute(sql: "DELETE FROM \(table)") }
        try Self.deleteArticles(work.removed.union(work.replaced), db: db)
      }
      try Self.insertArticles(
        articles, order: order, placements: placements, search: search, indexing: side == nil,
        db: db,
        progress: writing)
      if quotesAhead == nil {
        try Self.insertQuotes(work.quotes, directory: work.directory, db: db, progress: writing)
      }
      for index in deferredIndexes { try db.execute(sql: index) }
      writing.report(.indexes)
      if !fresh {
        try Self.refresh(work.refreshed, db: db)
        try Self.move(placed.moved, search: &searchRows, db: db)
        try Self.changeSpeakers(work.quoteChanges, directory: work.directory, db: db)
      }
      try Self.writeStories(stories, db: db)
      let handedOver = fresh ? [] : try Self.idsChangingHands(speakers, db: db)
      let namedAnew =
        fresh
        ? []
        : try Self.articlesNamingSpeakersAnew(
          speakers, handedOver: handedOver, renamed: work.quoteChanges, db: db)
      try Self.writeSpeakers(speakers, db: db)
      try Self.repointQuotes(from: handedOver, directory: work.directory, db: db)
      try Self.reindexSpeakerNames(
        of: namedAnew.subtracting(inserted), work: work, search: &searchRows, db: db)
      try searchRows.write(db)
      try Self.writeGroups(groups, db: db)
      try Self.insertProvenance(provenance, hashes: hashes, problems: work.problems, db: db)
      writing.report(.rows)
      guard savesState else { return }
      try Self.saveState(
        state, plan: plan, encoded: [piecesAhead?.value(), rowsAhead?.value()].compactMap { $0 },
        db: db)
      let meta = try db.cachedStatement(sql: "INSERT INTO meta (key, value) VALUES (?, ?)")
      try meta.execute(arguments: ["stateFormat", String(AnalysisState.format)])
      writing.report(.state)
    }
    if let side {
      try mappingErrors { try side.copy(into: writer) }
    }
    writing.report(.committed)
    return state.rows
  }

  /// Drops the secondary indexes of `tables` (those made by the schema's migrations, not the
  /// ones SQLite keeps for keys) and returns the statements that make them again.
  static func dropIndexes(of tables: [String], db: Database) throws -> [String] {
    let placeholders = Array(repeating: "?", count: tables.count).joined(separator: ", ")
    let indexes = try Row.fetchAll(
      db,
      sql: """
        SELECT name, sql FROM sqlite_master
        WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (\(placeholders))
        ORDER BY name
        """, arguments: StatementArguments(tables))
    for index in indexes {
      let name: String = index["name"]
      try db.execute(sql: "DROP INDEX \"\(name)\"")
    }
    return indexes.map { $0["sql"] }
  }

  /// Every table an analysis writes (all but reading state).
  private static let analysisTables =
    [
      "article", "quote", "speaker", "speakerAlias", "story", "storyMember", "dupGroup", "dupCopy",
      "analysisState",
    ] + rewrittenTables

  /// Where each article stands after an analysis, and which stored articles move.
  struct Placements {
    /// Every article's place.
    var all: [ArticleID: StoredRows.Placement]
    /// The stored articles not analysed now whose place changed, by stored search key.
    var moved: [Move]

    /// A stored article's place before the analysis, and after.
    typealias Move = (id: ArticleID, before: StoredRows.Placement, after: StoredRows.Placement)
  }

  /// Where each article stands after the analysis: listing keys kept where they can be
  /// (`OrderKeys`), story, copy link, day and search key from the stories built, or as stored
  /// for an article of a story kept.
  ///
  /// An update starts from the stored places and rewrites only those of the articles that
  /// left, of the articles with a new listing key, and of the members of the stories built:
  /// linear in the listing's keys, but the stored places are copied once rather than every
  /// article hashed into a new dictionary and compared again (a tenth of a second per update
  /// of 98k articles).
  ///
  /// - Parameter analysed: the ids of the articles analysed now (`work.articles`).
  private static func placements(
    of work: AnalysisWork, previous: [ArticleID: StoredRows.Placement],
    analysed: Set<ArticleID>
  ) -> Placements {
    var memberOf: [ArticleID: (story: StoryID, member: Story.Member)] = [:]
    for story in work.stories {
      for member in story.members { memberOf[member.article] = (story.id, member) }
    }
    let listing = OrderKeys.assign(order: work.listing, previous: { previous[$0]?.listing })
    func placement(_ id: ArticleID, listing key: Int64, position: Int) -> StoredRows.Placement {
      let place = memberOf[id]
      if place == nil, var stored = previous[id] {
        stored.listing = key
        return stored
      }
      let day = place?.member.date?.date.dayNumber
      let serial = work.state.ledger[id]?.serial ?? position
      return StoredRows.Placement(
        listing: key, storyID: place?.story ?? StoryID(firstArticle: id),
        copyOf: place?.member.copyOf, day: day,
        dayInferred: place?.member.date?.isInferred ?? false,
        searchKey: SearchKey.make(day: day, position: serial))
    }
    var placements = previous
    placements.reserveCapacity(work.listing.count)
    // NB: an article read again under its id (edited in place) is removed and analysed: it
    // stays, a member of a story built.
    for id in work.removed where !analysed.contains(id) { placements[id] = nil }
    // The articles whose place may change: those with a new listing key, then the members of
    // the stories built (the others keep their key).
    var touched: [ArticleID] = []
    for (position, id) in work.listing.enumerated()
    where listing.keys[position] != listing.previous[position] {
      placements[id] = placement(id, listing: listing.keys[position], position: position)
      touched.append(id)
    }
    // NB: every article listed has its place now, and every member of a story built its
    // ledger entry; otherwise (a stored place of an article no longer listed, a member the
    // ledger lacks) the places are made afresh, one per article listed.
    var complete = placements.count == work.listing.count
    if complete {
      for id in memberOf.keys {
        // NB: an article new, or with a new key, has its place already.
        guard let key = placements[id]?.listing, previous[id]?.listing == key else { continue }
        guard work.state.ledger[id] != nil else {
          complete = false
          break
        }
        placements[id] = placement(id, listing: key, position: 0)
        touched.append(id)
      }
    }
    if !complete {
      placements = [:]
      placements.reserveCapacity(work.listing.count)
      for (position, id) in work.listing.enumerated() {
        placements[id] = placement(id, listing: listing.keys[position], position: position)
      }
      touched = work.listing
    }
    var moved: [Placements.Move] = []
    var seen = Set<ArticleID>()
    for id in touched {
      guard !analysed.contains(id), seen.insert(id).inserted, let before = previous[id],
        let after = placements[id], before != after
      else { continue }
      moved.append((id, before, after))
    }
    // NB: in the order of their stored search keys, so the rows are updated in one order.
    moved.sort { $0.before.searchKey < $1.before.searchKey }
    return Placements(all: placements, moved: moved)
  }

  /// Takes articles out of the tables and the search index. Before the articles analysed
  /// now are inserted: an article read again keeps its search key.
  private static func deleteArticles(_ ids: Set<ArticleID>, db: Database) throws {
    guard !ids.isEmpty else { return }
    var search = SearchRowChanges()
    let old = try db.cachedStatement(
      sql: "SELECT \(indexedColumns) FROM article WHERE id = ?")
    for id in ids.sorted() {
      guard let row = try Row.fetchOne(old, arguments: [id.rawValue]) else { continue }
      search.remove(row[0], fields: try indexedFields(row).folded)
      try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [id.rawValue])
      try db.execute(sql: "DELETE FROM quote WHERE article = ?", arguments: [id.rawValue])
    }
    try search.write(db)
  }

  /// The columns of an article row `indexedFields` reads, in its order.
  private static let indexedColumns = "searchKey, payload, quoteText, speakerText"

  /// The fields an article's search row was indexed with, given its stored `indexedColumns`.
  private static func indexedFields(_ row: Row) throws -> SearchFields {
    let article = try Payload.decode(Article.self, from: row[1])
    return SearchFields(
      title: article.title ?? "", body: article.cleanText, quotes: row[2], speakers: row[3])
  }

  /// The side search index of a library being built (`SearchIndexBuilder`).
  private func sideSearchIndex() throws(LibraryError) -> SearchIndexBuilder? {
    guard let path else { return nil }
    let building = Self.buildingPath(for: path)
    return try mappingErrors { try SearchIndexBuilder(for: writer, libraryPath: building) }
  }

  /// Inserts the articles in `order` (their positions, by search key) and, when `indexing`,
  /// their search rows, encoding and folding them on all cores a chunk at a time, so only one
  /// chunk's encoded copy is in memory at once.
  private static func insertArticles(
    _ articles: [Article], order: [Int], placements: [ArticleID: StoredRows.Placement],
    search: SearchFields.Extras, indexing: Bool,
    db: Database, progress: WritingProgress
  ) throws {
    let insert = try db.cachedStatement(
      sql: """
        INSERT INTO article (
          searchKey, id, listing, title, source, sourceKey, day, dayInferred, storyID, copyOf,
          quoteText, speakerText, payload)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    let index = try db.cachedStatement(sql: SearchRowChanges.insertSQL)
    // NB: a chunk is encoded on the other cores while the one before is written.
    var done = 0
    try order.forEachChunk(
      of: 2048,
      preparedAhead: {
        $0.parallelMap { PreparedArticle(articles[$0], search: search, folding: indexing) }
      }
    ) { prepared in
      progress.report(.articles, done: done, of: articles.count)
      done += prepared.count
      for item in prepared {
        let article = item.article
        guard let payload = item.payload else { throw EncodingFailure(item: "article") }
        guard let place = placements[article.id] else { continue }
        try insert.execute(arguments: [
          place.searchKey, article.id.rawValue, place.listing, article.title ?? "",
          article.source ?? "", item.sourceKey, place.day, place.dayInferred,
          place.storyID.rawValue, place.copyOf?.rawValue, item.fields.quotes,
          item.fields.speakers, payload,
        ])
        guard indexing else { continue }
        try index.execute(arguments: SearchRowChanges.row(place.searchKey, item.folded))
      }
    }
    progress.report(.articles, done: articles.count, of: articles.count)
  }

  /// The positions of `articles` in the order of their search keys (`SearchKey`): the order
  /// the search index takes rows in without writing its pending terms out on every row. (The
  /// positions, not the articles: a copy of 98k articles would cost 30 MB at the peak.)
  private static func searchKeyOrder(
    of articles: [Article], placements: [ArticleID: StoredRows.Placement]
  ) -> [Int] {
    let keys = articles.map { placements[$0.id]?.searchKey ?? .max }
    return articles.indices.sorted { keys[$0] < keys[$1] }
  }

  /// Stores articles cleaned again to the same text (only their removals changed).
  private static func refresh(_ articles: [Article], db: Database) throws {
    let update = try db.cachedStatement(sql: "UPDATE article SET payload = ? WHERE id = ?")
    for article in articles {
      try update.execute(arguments: [try Payload.encode(article), article.id.rawValue])
    }
  }

  /// Moves the stored articles whose placement changed; a new day moves their search row
  /// (through `search`).
  private static func move(
    _ moves: [Placements.Move], search: inout SearchRowChanges, db: Database
  ) throws {
    let update = try db.cachedStatement(
      sql: """
        UPDATE article SET listing = ?, storyID = ?, copyOf = ?, day = ?, dayInferred = ?,
          searchKey = ?
        WHERE searchKey = ?
        """)
    let old = try db.cachedStatement(
      sql: "SELECT \(indexedColumns) FROM article WHERE searchKey = ?")
    // NB: search keys end in the article's serial, unique in the library, so a moved key
    // never meets another article's.
    for (_, stored, place) in moves {
      if stored.searchKey != place.searchKey,
        let row = try Row.fetchOne(old, arguments: [stored.searchKey])
      {
        let fields = try indexedFields(row).folded
        search.remove(stored.searchKey, fields: fields)
        search.insert(place.searchKey, fields: fields)
      }
      try update.execute(arguments: [
        place.listing, place.storyID.rawValue, place.copyOf?.rawValue, place.day,
        place.dayInferred, place.searchKey, stored.searchKey,
      ])
    }
  }

  /// Inserts the quotes of the analysed articles, each with its place in its article.
  static func insertQuotes(
    _ quotes: [Quote], directory: SpeakerDirectory, db: Database, progress: WritingProgress
  ) throws {
    let insert = try db.cachedStatement(
      sql: "INSERT INTO quote (id, article, position, speakerID, payload) VALUES (?, ?, ?, ?, ?)")
    var position: [ArticleID: Int] = [:]
    var done = 0
    // NB: encoded a chunk at a time, on the other cores while the chunk before is written:
    // the payloads of 300k quotes at once would hold about 150 MB.
    try quotes.forEachChunk(
      of: 4096, preparedAhead: { part in part.parallelMap { ($0, try? Payload.encode($0)) } }
    ) { encoded in
      progress.report(.quotes, done: done, of: quotes.count)
      done += encoded.count
      for (item, payload) in encoded {
        let speakerID = item.speaker.flatMap { directory.speaker(canonicalName: $0)?.id }
        guard let payload else { throw EncodingFailure(item: "quote") }
        let place = position[item.article, default: 0]
        position[item.article] = place + 1
        try insert.execute(arguments: [
          item.id.rawValue, item.article.rawValue, place, speakerID?.rawValue, payload,
        ])
      }
    }
  }

  /// Gives stored quotes their new canonical speaker.
  private static func changeSpeakers(
    _ changes: [AnalysisWork.QuoteChange], directory: SpeakerDirectory, db: Database
  ) throws {
    let select = try db.cachedStatement(sql: "SELECT payload FROM quote WHERE id = ?")
    let update = try db.cachedStatement(
      sql: "UPDATE quote SET speakerID = ?, payload = ? WHERE id = ?")
    for change in changes {
      guard let data = try Data.fetchOne(select, arguments: [change.quote.rawValue]) else {
        continue
      }
      var quote = try Payload.decode(Quote.self, from: data)
      quote.speaker = change.speaker
      let speakerID = change.speaker.flatMap { directory.speaker(canonicalName: $0)?.id }
      try update.execute(arguments: [
        speakerID?.rawValue, try Payload.encode(quote), change.quote.rawValue,
      ])
    }
  }

  /// The stored speaker ids that leave their speaker: gone, or now another speaker's (of
  /// another name). A speaker's id follows its shortest form (`SpeakerID.derived`) and, among
  /// speakers whose forms derive one id, their names' order (`-2`, `-3`), so a shorter alias
  /// (`Lavrov` joining `Sergei Lavrov`), a lone surname splitting off a full name, or a new
  /// speaker sorting first moves ids. Read before the rows are rewritten.
  private static func idsChangingHands(
    _ speakers: RowChanges<Speaker, SpeakerID>, db: Database
  ) throws -> [SpeakerID] {
    var names: [SpeakerID: String] = [:]
    for (item, id) in speakers.written { names[id] = item.name }
    let stored = try db.cachedStatement(sql: "SELECT name FROM speaker WHERE id = ?")
    return try speakers.deleted.filter { id in
      guard let now = names[id] else { return true }
      return try String.fetchOne(stored, arguments: [id.rawValue]) != now
    }
  }

  /// The stored articles whose search field of speaker names (`SearchFields.Extras`) may be
  /// stale: those quoting a speaker whose name or aliases change, or an id that changes hands,
  /// and those with a quote now given another speaker (`renamed`). Read after the quotes are
  /// renamed and before the speakers are rewritten.
  private static func articlesNamingSpeakersAnew(
    _ speakers: RowChanges<Speaker, SpeakerID>, handedOver: [SpeakerID],
    renamed: [AnalysisWork.QuoteChange], db: Database
  ) throws -> Set<ArticleID> {
    let stored = try db.cachedStatement(sql: "SELECT payload FROM speaker WHERE id = ?")
    var ids = Set(handedOver)
    for (speaker, id) in speakers.written {
      // NB: a new id's stored quotes are those handed over or renamed, found below.
      guard let payload = try Data.fetchOne(stored, arguments: [id.rawValue]) else { continue }
      let old = try Payload.decode(Speaker.self, from: payload)
      if Set([old.name] + old.aliases) != Set([speaker.name] + speaker.aliases) { ids.insert(id) }
    }
    var articles = Set<ArticleID>()
    let quoting = try db.cachedStatement(
      sql: "SELECT DISTINCT article FROM quote WHERE speakerID = ?")
    for id in ids {
      for article in try String.fetchAll(quoting, arguments: [id.rawValue]) {
        articles.insert(ArticleID(article))
      }
    }
    let quote = try db.cachedStatement(sql: "SELECT article FROM quote WHERE id = ?")
    for change in renamed {
      if let article = try String.fetchOne(quote, arguments: [change.quote.rawValue]) {
        articles.insert(ArticleID(article))
      }
    }
    return articles
  }

  /// Writes again the speaker names of stored `articles` whose names (their quotes' speakers,
  /// with their aliases, as the directory now has them) differ from those stored, with their
  /// search rows (through `search`), so `speaker:` finds them by a new name or alias as a
  /// fresh analysis would.
  private static func reindexSpeakerNames(
    of articles: Set<ArticleID>, work: AnalysisWork, search: inout SearchRowChanges,
    db: Database
  ) throws {
    guard !articles.isEmpty else { return }
    // NB: the stored names first; the whole row only for an article whose names differ.
    let stored = try db.cachedStatement(sql: "SELECT speakerText FROM article WHERE id = ?")
    let old = try db.cachedStatement(
      sql: "SELECT \(indexedColumns) FROM article WHERE id = ?")
    let update = try db.cachedStatement(sql: "UPDATE article SET speakerText = ? WHERE id = ?")
    for id in articles.sorted() {
      guard let outline = work.state.ledger[id]?.outline else { continue }
      let names = SearchFields.Extras.speakerNames(
        outline.quotes.compactMap(\.speaker), directory: work.directory)
      guard let before = try String.fetchOne(stored, arguments: [id.rawValue]), before != names,
        let row = try Row.fetchOne(old, arguments: [id.rawValue])
      else { continue }
      let key: Int64 = row[0]
      var fields = try indexedFields(row)
      search.remove(key, fields: fields.folded)
      fields.speakers = names
      search.insert(key, fields: fields.folded)
      try update.execute(arguments: [names, id.rawValue])
    }
  }

  /// Points the stored quotes of the ids `handedOver` (`idsChangingHands`) at the speaker
  /// their canonical name finds now, as the quotes analysed now are written (`insertQuotes`).
  private static func repointQuotes(
    from handedOver: [SpeakerID], directory: SpeakerDirectory, db: Database
  ) throws {
    guard !handedOver.isEmpty else { return }
    let select = try db.cachedStatement(
      sql: """
        SELECT id, json_extract(CAST(payload AS TEXT), '$.speaker') FROM quote
        WHERE speakerID = ?
        """)
    let update = try db.cachedStatement(sql: "UPDATE quote SET speakerID = ? WHERE id = ?")
    for id in handedOver {
      for row in try Row.fetchAll(select, arguments: [id.rawValue]) {
        let quote: String = row[0]
        let name: String? = row[1]
        let speaker = name.flatMap { directory.speaker(canonicalName: $0)?.id }
        guard speaker != id else { continue }
        try update.execute(arguments: [speaker?.rawValue, quote])
      }
    }
  }

  /// The content hash of each of `files`: the stored one when the file's size and time are
  /// as stored, else hashed now (on all cores; the files were just read, so they come from
  /// the page cache).
  private static func fileHashes(_ files: [FileFingerprint], db: Database) throws
    -> [String: Int64]
  {
    var stored: [String: (size: Int64, modified: Int64, hash: Int64)] = [:]
    for row in try Row.fetchAll(
      db,
      sql: "SELECT path, size, modified, contentHash FROM inputFile WHERE contentHash IS NOT NULL")
    {
      stored[row[0]] = (row[1], row[2], row[3])
    }
    var hashes: [String: Int64] = [:]
    var unknown: [FileFingerprint] = []
    for file in files {
      if let known = stored[file.path], known.size == file.size, known.modified == file.modified {
        hashes[file.path] = known.hash
      } else {
        unknown.append(file)
      }
    }
    let computed = unknown.parallelMap { FileFingerprint.contentHash(ofFileAt: $0.path) }
    for (file, hash) in zip(unknown, computed) {
      if let hash { hashes[file.path] = Int64(bitPattern: hash) }
    }
    return hashes
  }

  private static func insertProvenance(
    _ provenance: Provenance, hashes: [String: Int64], problems: [IngestProblem], db: Database
  ) throws {
    let problem = try db.cachedStatement(
      sql: "INSERT INTO problem (position, location, message) VALUES (?, ?, ?)")
    for (position, item) in problems.enumerated() {
      try problem.execute(arguments: [position, item.location, item.message])
    }
    let file = try db.cachedStatement(
      sql:
        "INSERT OR REPLACE INTO inputFile (path, size, modified, contentHash) VALUES (?, ?, ?, ?)")
    for item in provenance.files {
      try file.execute(arguments: [item.path, item.size, item.modified, hashes[item.path]])
    }
    let argument = try db.cachedStatement(
      sql: "INSERT INTO inputArgument (position, argument, absolute) VALUES (?, ?, ?)")
    for (position, item) in provenance.arguments.enumerated() {
      try argument.execute(arguments: [position, item.given, item.absolute])
    }
    let meta = try db.cachedStatement(sql: "INSERT INTO meta (key, value) VALUES (?, ?)")
    try meta.execute(arguments: ["analysisVersion", provenance.version])
    try meta.execute(arguments: ["updated", ISO8601DateFormatter().string(from: Date())])
  }
}

/// The four search fields of an article: title, clean text, its quotes' text and its speakers'
/// names; indexed folded (`WordScanner`), so search and highlighting share one tokenizer.
struct SearchFields: Sendable {
  var title: String
  var body: String
  var quotes: String
  var speakers: String

  /// The fields as the index holds them.
  var folded: [String] {
    [title, body, quotes, speakers].map(WordScanner.foldedText)
  }

  /// The quote and speaker fields of the analysed articles, made article by article as rows
  /// are prepared (the quotes' texts are not copied for the whole corpus at once).
  struct Extras: Sendable {
    private let quotes: [Quote]
    private let directory: SpeakerDirectory
    private let positions: [ArticleID: [Int]]

    init(_ work: AnalysisWork) {
      quotes = work.quotes
      directory = work.directory
      var positions: [ArticleID: [Int]] = [:]
      for (position, quote) in work.quotes.enumerated() {
        positions[quote.article, default: []].append(position)
      }
      self.positions = positions
    }

    /// The texts of an article's quotes, a line each.
    func quotes(of article: ArticleID) -> String {
      (positions[article] ?? []).map { quotes[$0].text }.joined(separator: "\n")
    }

    /// The names and aliases of an article's speakers, sorted, a line each.
    func speakers(of article: ArticleID) -> String {
      Self.speakerNames(
        (positions[article] ?? []).compactMap { quotes[$0].speaker }, directory: directory)
    }

    /// The names and aliases of the speakers of `canonicalNames`, sorted, a line each.
    static func speakerNames(_ canonicalNames: [String], directory: SpeakerDirectory) -> String {
      var names = Set<String>()
      for name in canonicalNames {
        guard let speaker = directory.speaker(canonicalName: name) else { continue }
        names.formUnion([speaker.name] + speaker.aliases)
      }
      return names.sorted().joined(separator: "\n")
    }
  }
}

extension SearchFields {
  /// An analysed article's fields, its quotes and speakers read from `search`.
  init(_ article: Article, search: Extras) {
    self.init(
      title: article.title ?? "", body: article.cleanText, quotes: search.quotes(of: article.id),
      speakers: search.speakers(of: article.id))
  }
}

/// An article's payload and search fields, made on all cores before the rows are inserted.
struct PreparedArticle: Sendable {
  var article: Article
  var payload: Data?
  var sourceKey: String
  var fields: SearchFields
  /// `fields`, folded (when asked for).
  var folded: [String]

  /// - Parameter folding: whether to fold the fields too (`folded` is empty without).
  init(_ article: Article, search: SearchFields.Extras, folding: Bool) {
    self.article = article
    payload = try? Payload.encode(article)
    sourceKey = WordScanner.foldedText(article.source ?? "")
    fields = SearchFields(article, search: search)
    folded = folding ? fields.folded : []
  }
}

/// A value that JSON could not encode (it never happens with Storyline's own model values).
struct EncodingFailure: Error {
  var item: String
}
