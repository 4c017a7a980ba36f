/// A half-open range of positions in an article's text, counted in Unicode scalars.
///
/// Every position that Storyline reports (a quote, a removed line, a search match) is a
/// `TextRange` into the article's *original* text: for a plain-text file the whole decoded file
/// content, for JSON the `text` field as given. Unicode scalars are what Python calls code
/// points, so `text[start:end]` in Python selects the same characters.
///
/// ```swift
/// let range = TextRange(start: 4, end: 9)
/// range.length  // 5
/// ```
public struct TextRange: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The first position in the range.
  public var start: Int
  /// The position just past the last one in the range.
  public var end: Int

  /// Creates a range; `end` is raised to `start` when it lies before it.
  public init(start: Int, end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  /// The number of scalars in the range.
  public var length: Int { end - start }

  /// Whether the range holds no scalar.
  public var isEmpty: Bool { start == end }

  /// Whether `other` lies wholly inside this range.
  public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }

  /// Whether the two ranges share at least one scalar.
  public func overlaps(_ other: TextRange) -> Bool { other.start < end && start < other.end }

  public var description: String { "\(start)..<\(end)" }
}
