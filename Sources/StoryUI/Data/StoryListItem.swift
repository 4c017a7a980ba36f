import StoryKit

/// One story as the home screen lists it.
public struct StoryListItem: Hashable, Sendable {
  /// The story.
  public var story: Story
  /// Whether some of its articles are unread (and the story was not marked read).
  public var isUnread: Bool
  /// Whether the user starred the story.
  public var isStarred: Bool

  /// Creates an item.
  public init(story: Story, isUnread: Bool, isStarred: Bool = false) {
    self.story = story
    self.isUnread = isUnread
    self.isStarred = isStarred
  }
}
