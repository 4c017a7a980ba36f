/// A pattern over one normalised paragraph, as written in the boilerplate rule file.
///
/// `*` matches any run of characters (also none), `#` a whole number (digits, with `,` or `.`
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

  /// Whether the pattern has no wildcard (then it matches exactly one text).
  var isLiteral: Bool {
    tokens.allSatisfy { if case .literal = $0 { true } else { false } }
  }

  /// Whether the pattern matches all of `text`.
  ///
  /// `#` takes the whole number where it stands (it never gives digits back); `*` backtracks.
  public func matches(_ text: [Unicode.Scalar]) -> Bool {
    var textIndex = 0
    var tokenIndex = 0
    var starToken = -1  // the last `*` seen, to retry from
    var starText = 0  // where that `*`'s match currently ends
    let tokenCount = tokens.count
    let textCount = text.count
    while textIndex < textCount {
      if tokenIndex < tokenCount {
        switch tokens[tokenIndex] {
        case .anything:
          starToken = tokenIndex
          starText = textIndex
          tokenIndex += 1
          continue
        case .literal(let scalar) where text[textIndex] == scalar:
          textIndex += 1
          tokenIndex += 1
          continue
        case .number where Self.isDigit(text[textIndex]):
          textIndex = Self.endOfNumber(text, from: textIndex)
          tokenIndex += 1
          continue
        default:
          break
        }
      }
      guard starToken >= 0 else { return false }
      starText += 1
      textIndex = starText
      tokenIndex = starToken + 1
    }
    while tokenIndex < tokenCount, tokens[tokenIndex] == .anything { tokenIndex += 1 }
    return tokenIndex == tokenCount
  }

  /// The end of the number starting at `start`: digits, with `,` or `.` between digits.
  private static func endOfNumber(_ text: [Unicode.Scalar], from start: Int) -> Int {
    var end = start
    while end < text.count {
      if isDigit(text[end]) {
        end += 1
      } else if text[end] == "," || text[end] == ".", end + 1 < text.count, isDigit(text[end + 1]) {
        end += 1
      } else {
        break
      }
    }
    return end
  }

  @inline(__always)
  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }
}
