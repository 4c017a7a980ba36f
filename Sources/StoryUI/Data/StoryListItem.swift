import StoryKit

/// One story as the home screen lists it.
public struct StoryListItem: Hashable, Sendable {
  /// What the list shows of the story.
  public var heading: StoryHeading
  /// Whether some of its articles are unread (and the story was not marked read).
  public var isUnread: Bool
  /// Whether the user starred the story.
  public var isStarred: Bool

  /// Creates an item.
  public init(heading: StoryHeading, isUnread: Bool, isStarred: Bool = false) {
    self.heading = heading
    self.isUnread = isUnread
    self.isStarred = isStarred
  }

  /// Creates the item of a whole story.
  public init(story: Story, isUnread: Bool, isStarred: Bool = false) {
    self.init(heading: StoryHeading(story), isUnread: isUnread, isStarred: isStarred)
  }
}
