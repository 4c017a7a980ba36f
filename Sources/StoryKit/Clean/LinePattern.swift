/// A pattern over one normalised paragraph, as written in the boilerplate rule file.
///
/// `*` matches any run of characters (also none), `#` a number (digits, with `,` or `.`
/// between digits), every other character itself. The pattern must match the whole text.
///
/// ```swift
/// LinePattern("read more @*").matches(Array("read more @ www.reuters.com".unicodeScalars))  // true
/// LinePattern("# comments").matches(Array("12 comments".unicodeScalars))                    // true
/// ```
public struct LinePattern: Hashable, Sendable, CustomStringConvertible {
  enum Token: Hashable, Sendable {
    case literal(Unicode.Scalar)
    case anything
    case number
  }

  let tokens: [Token]
  /// The pattern as written.
  public let description: String

  /// Parses a pattern.
  public init(_ text: String) {
    description = text
    tokens = text.unicodeScalars.map { scalar in
      switch scalar {
      case "*": .anything
      case "#": .number
      default: .literal(scalar)
      }
    }
  }

  /// The literal the pattern must start with, if it starts with one (for indexing rules).
  var firstLiteral: Unicode.Scalar? {
    if case .literal(let scalar) = tokens.first { return scalar }
    return nil
  }

  /// Whether the pattern matches all of `text`.
  public func matches(_ text: [Unicode.Scalar]) -> Bool {
    matches(text[...], tokens[...])
  }

  private func matches(_ text: ArraySlice<Unicode.Scalar>, _ tokens: ArraySlice<Token>) -> Bool {
    var text = text
    var tokens = tokens
    while let token = tokens.first {
      switch token {
      case .literal(let scalar):
        guard text.first == scalar else { return false }
        text = text.dropFirst()
        tokens = tokens.dropFirst()
      case .anything:
        let rest = tokens.dropFirst()
        if rest.isEmpty { return true }
        var candidate = text
        while true {
          if matches(candidate, rest) { return true }
          guard !candidate.isEmpty else { return false }
          candidate = candidate.dropFirst()
        }
      case .number:
        guard let first = text.first, Self.isDigit(first) else { return false }
        // Try the longest number first, then shorter ones (the pattern may go on with digits).
        var end = text.startIndex
        while end < text.endIndex {
          let scalar = text[end]
          if Self.isDigit(scalar) {
            end += 1
          } else if scalar == "," || scalar == ".", end + 1 < text.endIndex,
            Self.isDigit(text[end + 1])
          {
            end += 1
          } else {
            break
          }
        }
        let rest = tokens.dropFirst()
        var stop = end
        while stop > text.startIndex {
          if matches(text[stop...], rest) { return true }
          stop -= 1
        }
        return false
      }
    }
    return text.isEmpty
  }

  @inline(__always)
  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }
}
