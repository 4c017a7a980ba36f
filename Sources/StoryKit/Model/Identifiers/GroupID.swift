/// The identifier of one group of syndicated copies: `g` and eight hex digits hashed from the id
/// of the group's original (`g3fa2c901`).
///
/// A group is named by its original, so it keeps its id while copies join or leave it.
public struct GroupID: StringIdentifier {
  /// The id as printed and stored.
  public let rawValue: String

  /// Creates an id from its printed form.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// The id of the group whose original is `article`.
  public init(original article: ArticleID) {
    self = .hashed("g", article.rawValue)
  }
}
