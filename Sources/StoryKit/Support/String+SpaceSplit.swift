extension String {
  /// The space-separated words of the string: the same pieces as `split(separator: " ")`.
  ///
  /// NB: `split` compares `Character`s, which is slow; in ASCII text no character holds a
  /// space but the space itself, so ASCII strings are split on their bytes.
  func splitOnSpaces() -> [Substring] {
    let bytes = utf8
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return split(separator: " ") }
    var words: [Substring] = []
    var start: String.Index?
    var index = bytes.startIndex
    while index != bytes.endIndex {
      if bytes[index] == 0x20 {
        if let wordStart = start {
          words.append(self[wordStart..<index])
          start = nil
        }
      } else if start == nil {
        start = index
      }
      index = bytes.index(after: index)
    }
    if let wordStart = start { words.append(self[wordStart..<endIndex]) }
    return words
  }
}
