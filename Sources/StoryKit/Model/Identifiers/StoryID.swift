/// The identifier of one story: `s` and eight hex digits hashed from the id of the story's first
/// article (`s3fa2c901`).
///
/// The first article of a story (in time order) rarely changes when articles are added, so the
/// id stays put as the story grows; two stories that would get the same id take `-2`, `-3`.
public struct StoryID: StringIdentifier {
  /// The id as printed and stored.
  public let rawValue: String

  /// Creates an id from its printed form.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// The id a story whose first article is `article` gets.
  public init(firstArticle article: ArticleID) {
    self = .hashed("s", article.rawValue)
  }
}
