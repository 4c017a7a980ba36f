import GRDB

/// The search rows an update takes out of the index and puts in again (articles removed,
/// moved to another day, or named by other speakers), written together at the end, in the
/// order of their rowids.
///
/// FTS5 writes its pending terms out as a new segment whenever a row comes with a rowid below
/// the last one's, or a row is inserted again under the rowid just inserted. Written one by one
/// in the order of their article ids, the 82 articles an update indexed again under new speaker
/// names cost about 0.5 s on a 98k-article library; the same rows in rowid order, about 20 ms.
///
/// The search table is contentless: taking a row out needs the fields it was indexed with. A
/// row put in by this update and taken out again is simply dropped.
///
/// ```swift
/// var changes = SearchRowChanges()
/// changes.remove(oldKey, fields: storedFields)
/// changes.insert(newKey, fields: fields)
/// try changes.write(db)
/// ```
struct SearchRowChanges {
  /// Rows the index held before this update, to take out, by rowid.
  private var removed: [Int64: [String]] = [:]
  /// Rows to put in, by rowid.
  private var inserted: [Int64: [String]] = [:]

  /// Takes out the row `key`, indexed with the folded `fields` (`SearchFields.folded`).
  mutating func remove(_ key: Int64, fields: [String]) {
    guard inserted.removeValue(forKey: key) == nil else { return }
    removed[key] = fields
  }

  /// Puts in the row `key` with the folded `fields`, in place of one put in before by this
  /// update.
  mutating func insert(_ key: Int64, fields: [String]) {
    inserted[key] = fields
  }

  /// Writes the changes: for each rowid in order, the old row out, then the new one in.
  func write(_ db: Database) throws {
    guard !removed.isEmpty || !inserted.isEmpty else { return }
    let remove = try db.cachedStatement(
      sql: """
        INSERT INTO search (search, rowid, title, body, quotes, speakers)
        VALUES ('delete', ?, ?, ?, ?, ?)
        """)
    let insert = try db.cachedStatement(sql: Self.insertSQL)
    for key in Set(removed.keys).union(inserted.keys).sorted() {
      if let fields = removed[key] { try remove.execute(arguments: Self.row(key, fields)) }
      if let fields = inserted[key] { try insert.execute(arguments: Self.row(key, fields)) }
    }
  }

  /// The statement that puts a search row in, taking `row(_:_:)`.
  static let insertSQL =
    "INSERT INTO search (rowid, title, body, quotes, speakers) VALUES (?, ?, ?, ?, ?)"

  /// The arguments of a search row: its key and the four folded fields.
  static func row(_ key: Int64, _ fields: [String]) -> StatementArguments {
    var values: [(any DatabaseValueConvertible)?] = [key]
    for field in fields { values.append(field) }
    return StatementArguments(values)
  }
}
