/// What the status line says about the corpus: its name and what it holds.
public struct CorpusOverview: Hashable, Sendable {
  /// A short name for the corpus (`sample`, a folder's name).
  public var name: String
  /// The number of stories.
  public var stories: Int
  /// The number of articles, copies included.
  public var articles: Int
  /// The number of speakers.
  public var speakers: Int
  /// The number of quotes.
  public var quotes: Int
  /// The number of inputs that could not be read.
  public var problems: Int

  /// Creates an overview.
  public init(
    name: String, stories: Int, articles: Int, speakers: Int = 0, quotes: Int = 0,
    problems: Int = 0
  ) {
    self.name = name
    self.stories = stories
    self.articles = articles
    self.speakers = speakers
    self.quotes = quotes
    self.problems = problems
  }
}
