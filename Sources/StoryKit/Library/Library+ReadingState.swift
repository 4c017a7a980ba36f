import Foundation
import GRDB

extension Library {
  /// The reading state of an article (unread when never recorded).
  public func readingState(of article: ArticleID) throws(LibraryError) -> ReadingState {
    try store.read { db in try Self.recordedState(of: article, db: db) } ?? ReadingState()
  }

  /// The reading states of several articles (a story's members), in one read; articles never
  /// recorded are left out (unread, unstarred).
  public func readingStates(of articles: [ArticleID]) throws(LibraryError)
    -> [ArticleID: ReadingState]
  {
    try store.read { db in
      var states: [ArticleID: ReadingState] = [:]
      for article in articles { states[article] = try Self.recordedState(of: article, db: db) }
      return states
    }
  }

  /// The reading state recorded for an article, if any.
  private static func recordedState(of article: ArticleID, db: Database) throws -> ReadingState? {
    try Row.fetchOne(
      db.cachedStatement(
        sql: "SELECT isRead, isStarred, position FROM articleState WHERE article = ?"),
      arguments: [article.rawValue]
    ).map { ReadingState(isRead: $0[0], isStarred: $0[1], position: $0[2]) }
  }

  /// Records the reading state of an article.
  public func setReadingState(_ state: ReadingState, of article: ArticleID) throws(LibraryError) {
    try store.write { db in
      try db.execute(
        sql: """
          INSERT INTO articleState (article, isRead, isStarred, position, updated)
          VALUES (?, ?, ?, ?, ?)
          ON CONFLICT(article) DO UPDATE SET isRead = excluded.isRead,
            isStarred = excluded.isStarred, position = excluded.position,
            updated = excluded.updated
          """,
        arguments: [
          article.rawValue, state.isRead, state.isStarred, state.position,
          Date().timeIntervalSince1970,
        ])
    }
  }

  /// The reading state of a story: read when marked read or when all its articles are.
  public func readingState(of story: StoryID) throws(LibraryError) -> ReadingState {
    try store.read { db in try Self.readingState(of: story, db: db) }
  }

  /// The reading states of several stories (a page of the story list), in one read.
  public func readingStates(of stories: [StoryID]) throws(LibraryError)
    -> [StoryID: ReadingState]
  {
    try store.read { db in
      var states: [StoryID: ReadingState] = [:]
      for story in stories { states[story] = try Self.readingState(of: story, db: db) }
      return states
    }
  }

  private static func readingState(of story: StoryID, db: Database) throws -> ReadingState {
    let marked = try Row.fetchOne(
      db.cachedStatement(sql: "SELECT isRead, isStarred FROM storyState WHERE story = ?"),
      arguments: [story.rawValue])
    let isMarkedRead: Bool = marked?[0] ?? false
    // NB: the first unread member settles it; a story of 400 unread articles costs one
    // lookup, not 400.
    let hasUnread =
      try !isMarkedRead
      && (Bool.fetchOne(
        db.cachedStatement(
          sql: """
            SELECT EXISTS (SELECT 1 FROM storyMember LEFT JOIN articleState
              ON articleState.article = storyMember.article
              WHERE storyMember.storyID = ? AND coalesce(articleState.isRead, 0) = 0)
            """), arguments: [story.rawValue]) ?? false)
    return ReadingState(isRead: !hasUnread, isStarred: marked?[1] ?? false)
  }

  /// Records the reading state of a story (read, starred).
  public func setReadingState(_ state: ReadingState, of story: StoryID) throws(LibraryError) {
    try store.write { db in
      try db.execute(
        sql: """
          INSERT INTO storyState (story, isRead, isStarred, updated) VALUES (?, ?, ?, ?)
          ON CONFLICT(story) DO UPDATE SET isRead = excluded.isRead,
            isStarred = excluded.isStarred, updated = excluded.updated
          """,
        arguments: [story.rawValue, state.isRead, state.isStarred, Date().timeIntervalSince1970])
    }
  }
}
