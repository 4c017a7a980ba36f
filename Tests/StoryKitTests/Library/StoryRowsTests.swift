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
