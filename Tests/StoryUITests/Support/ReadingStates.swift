import StoryKit
import Synchronization

/// The reading states a ``FakeReaderData`` records, by id, shared by its copies.
final class ReadingStates: Sendable {
  /// Article states recorded.
  let articles = Mutex<[ArticleID: ReadingState]>([:])
  /// Story states recorded.
  let stories = Mutex<[StoryID: ReadingState]>([:])
}
