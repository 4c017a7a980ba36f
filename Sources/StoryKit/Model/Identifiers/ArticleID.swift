/// The identifier of one article, stable across runs.
///
/// It is the JSON `id` field when the input gives one; else `FILE:LINE` for a JSON Lines row
/// (`FILE:INDEX` for an element of a JSON array); for a plain-text file, its path relative to
/// the folder argument it was found under (its file name when the file itself was the argument).
/// A repeated id gets a `~2` suffix, given in the canonical processing order (by date, then by
/// content hash), so the suffix does not depend on the order the files were listed in.
public struct ArticleID: StringIdentifier {
  /// The id as printed and stored.
  public let rawValue: String

  /// Creates an id from its printed form.
  public init(_ rawValue: String) { self.rawValue = rawValue }
}
