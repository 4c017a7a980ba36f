/// What every typed identifier of Storyline shares: a printed form that is stored, compared and
/// written to JSON as a plain string, while the type keeps an article id from being passed where
/// a story id is expected.
///
/// A conforming type declares `rawValue` and `init(_:)`; equality, ordering, `Codable` (a bare
/// JSON string), string literals and `description` come from here.
///
/// ```swift
/// let story: StoryID = "s1a2b3c4d"
/// story.rawValue   // "s1a2b3c4d"
/// ```
public protocol StringIdentifier: Hashable, Comparable, Sendable, Codable,
  CustomStringConvertible, ExpressibleByStringLiteral
{
  /// The identifier as printed and stored.
  var rawValue: String { get }
  /// Creates an identifier from its printed form.
  init(_ rawValue: String)
}

extension StringIdentifier {
  public init(stringLiteral value: String) { self.init(value) }

  public init(from decoder: any Decoder) throws {
    self.init(try decoder.singleValueContainer().decode(String.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public var description: String { rawValue }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

  /// `prefix` and eight hex digits of the FNV-1a hash of `key`: the short, stable form of
  /// story, group and speaker ids.
  static func hashed(_ prefix: String, _ key: String) -> Self {
    Self(prefix + FNV1a.hex8(of: key))
  }
}
