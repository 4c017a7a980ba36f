import GRDB
import Testing

@testable import StoryKit

@Suite("Library: story rows kept but moved in order take their new keys")
struct StoryRowsTests {
  static func story(_ id: String, title: String = "t") -> Story {
    Story(
      id: StoryID(id), title: title, firstDate: nil, lastDate: nil,
      members: [Story.Member(article: ArticleID("a-" + id), date: nil, copyOf: nil)],
      sources: [], speakers: [], quotes: [], related: [])
  }

  /// Writes `built` in `order` over the rows `previous` describes; returns the new marks.
  static func write(
    _ store: LibraryStore, built: [Story], order: [String], previous: [StoryID: StoredRows.Mark]
  ) throws -> [StoryID: StoredRows.Mark] {
    let changes = RowChanges(
      built, order: order.map { StoryID($0) }, id: \.id, previous: previous, item: "story")
    try store.write { db in try LibraryStore.writeStories(changes, db: db) }
    return changes.marks
  }

  @Test("a kept story moved to where a new one takes its old key")
  func movedKeptStory() throws {
    let store = try LibraryStore(path: nil)
    var marks = try Self.write(
      store, built: [Self.story("a"), Self.story("b")], order: ["a", "b"], previous: [:])
    marks = try Self.write(
      store, built: [Self.story("a"), Self.story("y"), Self.story("b")], order: ["a", "y", "b"],
      previous: marks)
    // `y` is kept (not built) but now comes first; `a` changed; `n` is new, between `a` and
    // `b`, where `y`'s old key was.
    marks = try Self.write(
      store, built: [Self.story("a", title: "changed"), Self.story("n")],
      order: ["y", "a", "n", "b"], previous: marks)
    let ranks = try store.read { db in
      try Row.fetchAll(db, sql: "SELECT id, rank FROM story ORDER BY rank").map {
        (id: $0[0] as String, rank: $0[1] as Int64)
      }
    }
    #expect(ranks.map(\.id) == ["y", "a", "n", "b"])
    #expect(ranks.allSatisfy { marks[StoryID($0.id)]?.key == $0.rank })
  }
}

@Suite("Library: speaker rows that only move in order keep their row and take their new key")
struct SpeakerRowsTests {
  static func speaker(_ name: String, quotes: Int = 1) -> Speaker {
    Speaker(name: name, aliases: [], roles: [], kind: .person, quoteCount: quotes, articleCount: 1)
  }

  static func write(
    _ store: LibraryStore, _ speakers: [Speaker], previous: [SpeakerID: StoredRows.Mark]
  ) throws -> RowChanges<Speaker, SpeakerID> {
    let changes = RowChanges(speakers, id: \.id, previous: previous, item: "speaker")
    try store.write { db in try LibraryStore.writeSpeakers(changes, db: db) }
    return changes
  }

  @Test("a speaker unchanged but moved is re-keyed, not rewritten, even onto a new one's key")
  func movedSpeaker() throws {
    let store = try LibraryStore(path: nil)
    let (a, b, y, n) = (
      Self.speaker("Ann Lee"), Self.speaker("Bo Kim"), Self.speaker("Yu Li"), Self.speaker("Ned Ro")
    )
    var changes = try Self.write(store, [a, b], previous: [:])
    changes = try Self.write(store, [a, y, b], previous: changes.marks)
    // `a` changed (more quotes); `y` is as it was but now first; `n` is new where `y` was.
    changes = try Self.write(
      store, [y, Self.speaker("Ann Lee", quotes: 5), n, b], previous: changes.marks)
    #expect(changes.rekeyed.map(\.id) == [y.id])
    #expect(changes.written.map(\.id) == [a.id, n.id])
    let rows = try store.read { db in
      try Row.fetchAll(db, sql: "SELECT name, rank FROM speaker ORDER BY rank").map {
        (name: $0[0] as String, rank: $0[1] as Int64)
      }
    }
    #expect(rows.map(\.name) == ["Yu Li", "Ann Lee", "Ned Ro", "Bo Kim"])
    let aliases = try store.read { db in
      try Int.fetchOne(
        db, sql: "SELECT count(*) FROM speakerAlias WHERE speakerID = ?",
        arguments: [y.id.rawValue])
    }
    #expect(aliases == 1)
  }
}
