/// What a list of stories shows of one story: its title, span, size and who and what it
/// features, without its members and quotes (a story of thousands of articles reads in
/// microseconds this way; see `Library.storyHeadings(order:limit:offset:)`).
public struct StoryHeading: Hashable, Sendable {
  public var id: StoryID
  public var title: String
  public var firstDate: StoryDate?
  public var lastDate: StoryDate?
  /// Its articles, copies included.
  public var articleCount: Int
  /// How many of them are syndicated copies folded under an original.
  public var copyCount: Int
  /// Its outlets, most frequent first.
  public var sources: [String]
  /// Its most quoted speakers.
  public var speakers: [String]

  /// Creates a heading.
  public init(
    id: StoryID, title: String, firstDate: StoryDate?, lastDate: StoryDate?, articleCount: Int,
    copyCount: Int, sources: [String], speakers: [String]
  ) {
    self.id = id
    self.title = title
    self.firstDate = firstDate
    self.lastDate = lastDate
    self.articleCount = articleCount
    self.copyCount = copyCount
    self.sources = sources
    self.speakers = speakers
  }

  /// The heading of a whole story.
  public init(_ story: Story) {
    self.init(
      id: story.id, title: story.title, firstDate: story.firstDate, lastDate: story.lastDate,
      articleCount: story.members.count, copyCount: story.copies, sources: story.sources,
      speakers: story.speakers)
  }
}
