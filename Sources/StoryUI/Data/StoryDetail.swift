import StoryKit

/// A story as its screen shows it: the story, what lists say of each member, its quotes, and
/// the related stories of the same thread.
public struct StoryDetail: Hashable, Sendable {
  /// One member article.
  public struct Member: Hashable, Sendable {
    /// The article.
    public var article: ArticleID
    /// Its headline (empty when it has none).
    public var title: String
    /// Its outlet (empty when unknown).
    public var source: String
    /// Its day on the timeline, when known.
    public var date: StoryDate?
    /// For a syndicated copy, its original and how close it is.
    public var copy: CopyInfo?
    /// Whether it has been read.
    public var isRead: Bool

    /// Creates a member.
    public init(
      article: ArticleID, title: String, source: String, date: StoryDate?, copy: CopyInfo?,
      isRead: Bool
    ) {
      self.article = article
      self.title = title
      self.source = source
      self.date = date
      self.copy = copy
      self.isRead = isRead
    }
  }

  /// The story.
  public var story: Story
  /// The members in the story's order (time order, each copy right after its original).
  public var members: [Member]
  /// The story's quotes, in member order then text order.
  public var quotes: [Quote]
  /// The stories of `story.related` still in the library, most similar first.
  public var related: [Story]

  /// Creates a detail.
  public init(story: Story, members: [Member], quotes: [Quote], related: [Story] = []) {
    self.story = story
    self.members = members
    self.quotes = quotes
    self.related = related
  }
}
