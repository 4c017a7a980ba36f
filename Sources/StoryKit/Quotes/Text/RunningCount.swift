/// How many items of one kind stand before each position of a run of indices (an article's
/// tokens, a sentence's), so that how many a range holds is a subtraction: the readers ask it
/// of ranges that run to a sentence's end, once per cue, and a sentence may hold thousands of
/// cues.
struct RunningCount {
  /// The first index counted.
  private let start: Int
  /// For each index from `start`, how many counted ones stand before it (one more entry than
  /// indices).
  private let before: [Int32]

  /// Counts the indices of `indices` for which `counts` holds.
  init(_ indices: Range<Int>, counting counts: (Int) -> Bool) {
    var before = [Int32](repeating: 0, count: indices.count + 1)
    for (offset, index) in indices.enumerated() {
      before[offset + 1] = before[offset] + (counts(index) ? 1 : 0)
    }
    start = indices.lowerBound
    self.before = before
  }

  /// Counts the tokens for which `counts` holds.
  init(_ tokens: [TextToken], counting counts: (TextToken) -> Bool) {
    self.init(tokens.indices) { counts(tokens[$0]) }
  }

  /// How many counted indices `range` holds (inside the indices counted).
  func count(in range: ClosedRange<Int>) -> Int {
    Int(before[range.upperBound - start + 1] - before[range.lowerBound - start])
  }
}
