/// The identifier of one article, stable across runs.
///
/// It is the JSON `id` field when the input gives one; else `FILE:LINE` for a JSON Lines row
/// (`FILE:INDEX` for an element of a JSON array); for a plain-text file, its path relative to
/// the folder argument it was found under (its file name when the file itself was the argument).
public struct ArticleID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The identifier as printed and stored.
  public let rawValue: String

  /// Creates an identifier from its printed form.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  public init(stringLiteral value: String) { self.rawValue = value }

  public init(from decoder: any Decoder) throws {
    self.rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public var description: String { rawValue }

  public static func < (lhs: ArticleID, rhs: ArticleID) -> Bool { lhs.rawValue < rhs.rawValue }
}
