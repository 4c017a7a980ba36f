/// The normalised form of a short paragraph that boilerplate rules and bylines are matched on.
///
/// Lower case, runs of white space as one space, curly quotes and apostrophes as straight
/// ones, markdown `**` / `__` removed, trimmed. Only paragraphs of at most `maxWords` words get
/// a key: rules are about short lines, and long ones are never keyed (that keeps cleaning fast).
enum ParagraphKey {
  /// The longest paragraph, in words, that rules look at.
  static let maxWords = 30
  /// The longest paragraph, in Unicode scalars, that rules look at.
  static let maxScalars = 300

  /// The key of `paragraph`, or `nil` when it is too long to be a boilerplate line.
  static func make(_ scalars: [Unicode.Scalar], _ paragraph: Paragraph) -> [Unicode.Scalar]? {
    guard paragraph.words <= maxWords, paragraph.range.count <= maxScalars else { return nil }
    return make(scalars[paragraph.range])
  }

  /// The key of a run of text, or its first `limit` scalars.
  static func make(_ scalars: ArraySlice<Unicode.Scalar>, limit: Int = .max) -> [Unicode.Scalar] {
    var key: [Unicode.Scalar] = []
    key.reserveCapacity(min(limit, scalars.count))
    var pendingSpace = false
    var index = scalars.startIndex
    while index < scalars.endIndex && key.count < limit {
      let scalar = scalars[index]
      if (scalar == "*" || scalar == "_"), index + 1 < scalars.endIndex,
        scalars[index + 1] == scalar
      {
        index += 2
        continue
      }
      if Scalars.isSpace(scalar) || Scalars.isLineBreak(scalar) {
        pendingSpace = !key.isEmpty
      } else if !Scalars.isInvisible(scalar) && !Scalars.isControl(scalar) {
        if pendingSpace {
          key.append(" ")
          pendingSpace = false
        }
        appendFolded(scalar, to: &key)
      }
      index += 1
    }
    return key
  }

  @inline(__always)
  private static func appendFolded(_ scalar: Unicode.Scalar, to key: inout [Unicode.Scalar]) {
    if scalar.value < 0x80 {
      key.append(Scalars.asciiLowercased(scalar))
      return
    }
    switch scalar.value {
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: key.append("'")
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0xAB, 0xBB: key.append("\"")
    default:
      if scalar.properties.changesWhenLowercased {
        key.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      } else {
        key.append(scalar)
      }
    }
  }
}
