/// Splits text into `StoryWord`s: runs of letters and digits, keeping inner apostrophes and
/// hyphens (`Lavrov's`, `anti-piracy`, `2011-11-11`) and decimal points (`5.6`).
enum StoryWordScanner {
  /// The words of `scalars[range]`; positions count scalars of `scalars`.
  static func words(in scalars: [Unicode.Scalar], range: Range<Int>) -> [StoryWord] {
    var words: [StoryWord] = []
    var index = range.lowerBound
    var sentenceStart = true
    var separator: Unicode.Scalar?
    while index < range.upperBound {
      let scalar = scalars[index]
      guard Scalars.isWordScalar(scalar) else {
        if scalar == "." || scalar == "!" || scalar == "?" || scalar == ":" || scalar == "\n" {
          sentenceStart = true
        }
        if !Scalars.isSpace(scalar) && scalar != "\n" { separator = scalar }
        index += 1
        continue
      }
      let start = index
      index += 1
      while index < range.upperBound {
        if Scalars.isWordScalar(scalars[index]) {
          index += 1
        } else if index + 1 < range.upperBound, joinsWord(scalars[index]),
          Scalars.isWordScalar(scalars[index + 1]),
          scalars[index] != "."
            || (Scalars.isDigit(scalars[index - 1]) && Scalars.isDigit(scalars[index + 1]))
        {
          index += 2
        } else {
          break
        }
      }
      words.append(
        StoryWord(
          key: lowercased(scalars[start..<index]), range: start..<index,
          isCapitalized: Scalars.isUppercase(scalar), isNumber: Scalars.isDigit(scalar),
          startsSentence: sentenceStart, separatorBefore: separator))
      sentenceStart = false
      separator = nil
    }
    return words
  }

  /// Scalars that may stand inside a word between two word scalars.
  private static func joinsWord(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "\u{2019}" || scalar == "-" || scalar == "."
  }

  private static func lowercased(_ slice: ArraySlice<Unicode.Scalar>) -> TermKey {
    // NB: the common case, a short ASCII word, is built and hashed from bytes on the stack.
    if slice.count <= 32, slice.allSatisfy({ $0.value < 0x80 }) {
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: slice.count) { buffer in
        var hash = FNV1a()
        for (offset, scalar) in slice.enumerated() {
          var value = UInt8(truncatingIfNeeded: scalar.value)
          if value >= 0x41 && value <= 0x5A { value += 32 }
          buffer[offset] = value
          hash.combine(byte: value)
        }
        return TermKey(text: String(decoding: buffer, as: UTF8.self), hash: hash.value)
      }
    }
    var view = String.UnicodeScalarView()
    for scalar in slice {
      if scalar.value < 0x80 {
        view.append(Scalars.asciiLowercased(scalar))
      } else if scalar == "\u{2019}" {
        view.append("'")
      } else {
        view.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      }
    }
    return TermKey(String(view))
  }

}
