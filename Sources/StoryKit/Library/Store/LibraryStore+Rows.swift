import Foundation
import GRDB

/// The rows of one table (stories, speakers, duplicate groups) an update writes: each item's
/// sort key (`OrderKeys`) and hash (`StableHash`), and which items must be written or deleted
/// because they are new, changed, moved or gone. Only the items written are encoded, a chunk at
/// a time as they are written (`encoded(_:)`).
struct RowChanges<Item: Encodable & Sendable & StableHashable, ID: StringIdentifier>: Sendable {
  /// The items to (re)write.
  var written: [(item: Item, id: ID)] = []
  /// What the items are, for an error message.
  let name: String
  /// Every item's key and hash, as the tables will hold them.
  var marks: [ID: StoredRows.Mark] = [:]
  /// Stored items to delete before writing: gone, or rewritten.
  var deleted: [ID] = []
  /// Stored items kept as they are but for their sort key (built with the same hash, or not
  /// built), with their new key.
  var rekeyed: [(id: ID, key: Int64)] = []

  /// The changes from the rows `previous` describes to `items`.
  init(_ items: [Item], id: KeyPath<Item, ID>, previous: [ID: StoredRows.Mark], item name: String) {
    self.init(items, order: items.map { $0[keyPath: id] }, id: id, previous: previous, item: name)
  }

  /// The changes from the rows `previous` describes to the items of `order`, of which only
  /// `items` were built: the others stay as stored (their hash kept), and only their sort key
  /// may change (`rekeyed`). An item of `order` neither built nor stored is left out.
  init(
    _ items: [Item], order: [ID], id: KeyPath<Item, ID>, previous: [ID: StoredRows.Mark],
    item name: String
  ) {
    self.name = name
    let hashes = items.parallelMap { StableHash.of($0) }
    var built: [ID: Int] = [:]
    built.reserveCapacity(items.count)
    for (index, item) in items.enumerated() { built[item[keyPath: id]] = index }
    let keys = OrderKeys.assign(order: order, previous: { previous[$0]?.key }).keys
    var present = Set<ID>()
    var changed: [Int] = []
    for (position, itemID) in order.enumerated() {
      let old = previous[itemID]
      guard let index = built[itemID] else {
        guard let old else { continue }
        marks[itemID] = StoredRows.Mark(key: keys[position], hash: old.hash)
        present.insert(itemID)
        if old.key != keys[position] { rekeyed.append((itemID, keys[position])) }
        continue
      }
      let mark = StoredRows.Mark(key: keys[position], hash: hashes[index])
      marks[itemID] = mark
      present.insert(itemID)
      if let old, old.hash == mark.hash {
        if old.key != mark.key { rekeyed.append((itemID, mark.key)) }
      } else if old != mark {
        changed.append(index)
        if old != nil { deleted.append(itemID) }
      }
    }
    for itemID in previous.keys where !present.contains(itemID) { deleted.append(itemID) }
    written = changed.map { (items[$0], items[$0][keyPath: id]) }
  }

  /// The items to write with their payloads, encoded on all cores a chunk at a time.
  ///
  /// - Throws: `EncodingFailure` when an item cannot be encoded (never, for Storyline's own
  ///   values).
  func encoded(_ body: (Item, ID, Data) throws -> Void) throws {
    let chunk = 2048
    for start in stride(from: 0, to: written.count, by: chunk) {
      let part = Array(written[start..<min(written.count, start + chunk)])
      let payloads = part.parallelMap { try? Payload.encode($0.item) }
      for (entry, payload) in zip(part, payloads) {
        guard let payload else { throw EncodingFailure(item: name) }
        try body(entry.item, entry.id, payload)
      }
    }
  }
}

extension LibraryStore {
  /// Deletes the stories that are gone or rewritten, with their members, and writes the new
  /// and changed ones.
  static func writeStories(_ changes: RowChanges<Story, StoryID>, db: Database) throws {
    try deleteRows(changes.deleted, from: "story", children: "storyMember", by: "storyID", db: db)
    try park(changes.rekeyed, in: "story", db: db)
    let story = try db.cachedStatement(
      sql: """
        INSERT INTO story (id, rank, title, firstDay, lastDay, articleCount, copyCount, payload)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """)
    let member = try db.cachedStatement(
      sql: "INSERT OR REPLACE INTO storyMember (article, storyID, position) VALUES (?, ?, ?)")
    try changes.encoded { item, id, payload in
      try story.execute(arguments: [
        id.rawValue, changes.marks[id]?.key, item.title, item.firstDate?.date.dayNumber,
        item.lastDate?.date.dayNumber, item.members.count, item.copies, payload,
      ])
      for (place, entry) in item.members.enumerated() {
        try member.execute(arguments: [entry.article.rawValue, id.rawValue, place])
      }
    }
    try place(changes.rekeyed, in: "story", db: db)
  }

  /// Moves the rows of items kept but for their sort key out of the way, to negative ranks
  /// (keys are positive), before the written rows go in: an old key may be the new key of a
  /// row written now (`OrderKeys` spaces new keys evenly in a gap, where a moved row's old
  /// key may sit), and `rank` is unique. `place` gives them their new keys afterwards.
  private static func park(
    _ rekeyed: [(id: some StringIdentifier, key: Int64)], in table: String, db: Database
  ) throws {
    let park = try db.cachedStatement(sql: "UPDATE \(table) SET rank = -rank - 1 WHERE id = ?")
    for (id, _) in rekeyed { try park.execute(arguments: [id.rawValue]) }
  }

  /// Gives the rows `park` moved out of the way their new keys.
  private static func place(
    _ rekeyed: [(id: some StringIdentifier, key: Int64)], in table: String, db: Database
  ) throws {
    let place = try db.cachedStatement(sql: "UPDATE \(table) SET rank = ? WHERE id = ?")
    for (id, key) in rekeyed { try place.execute(arguments: [key, id.rawValue]) }
  }

  /// Deletes the speakers that are gone or rewritten, with their aliases, and writes the new
  /// and changed ones.
  static func writeSpeakers(_ changes: RowChanges<Speaker, SpeakerID>, db: Database) throws {
    try deleteRows(
      changes.deleted, from: "speaker", children: "speakerAlias", by: "speakerID", db: db)
    try park(changes.rekeyed, in: "speaker", db: db)
    let speaker = try db.cachedStatement(
      sql: "INSERT INTO speaker (id, rank, name, payload) VALUES (?, ?, ?, ?)")
    let alias = try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO speakerAlias (alias, speakerID) VALUES (?, ?)")
    try changes.encoded { item, id, payload in
      try speaker.execute(arguments: [id.rawValue, changes.marks[id]?.key, item.name, payload])
      for name in [item.name] + item.aliases {
        try alias.execute(arguments: [SpeakerLookup.key(name), id.rawValue])
      }
    }
    try place(changes.rekeyed, in: "speaker", db: db)
  }

  /// Deletes the duplicate groups that are gone or rewritten, with their copies, and writes
  /// the new and changed ones.
  static func writeGroups(_ changes: RowChanges<DuplicateGroup, GroupID>, db: Database) throws {
    try deleteRows(changes.deleted, from: "dupGroup", children: "dupCopy", by: "groupID", db: db)
    try park(changes.rekeyed, in: "dupGroup", db: db)
    let group = try db.cachedStatement(
      sql: "INSERT INTO dupGroup (id, rank, original, payload) VALUES (?, ?, ?, ?)")
    let copy = try db.cachedStatement(
      sql: "INSERT OR REPLACE INTO dupCopy (article, groupID, original) VALUES (?, ?, ?)")
    try changes.encoded { item, id, payload in
      try group.execute(arguments: [
        id.rawValue, changes.marks[id]?.key, item.original.rawValue, payload,
      ])
      for member in item.copies {
        try copy.execute(arguments: [member.article.rawValue, id.rawValue, item.original.rawValue])
      }
    }
    try place(changes.rekeyed, in: "dupGroup", db: db)
  }

  /// Deletes the rows of `ids` from `table` (by `id`) and their rows in `children` (by
  /// `column`): the stored rows an update rewrites or that are gone.
  private static func deleteRows(
    _ ids: [some StringIdentifier], from table: String, children: String, by column: String,
    db: Database
  ) throws {
    let row = try db.cachedStatement(sql: "DELETE FROM \(table) WHERE id = ?")
    let child = try db.cachedStatement(sql: "DELETE FROM \(children) WHERE \(column) = ?")
    for id in ids {
      try row.execute(arguments: [id.rawValue])
      try child.execute(arguments: [id.rawValue])
    }
  }
}
