/// How many tokens of one kind stand before each token of an article, so that how many a
/// range holds is a subtraction: the readers ask it of ranges that run to a sentence's end,
/// once per cue, and a sentence may hold thousands of cues.
struct RunningCount {
  /// For each token index, how many counted tokens stand before it (one more entry than
  /// tokens).
  private let before: [Int32]

  /// Counts the tokens for which `counts` holds.
  init(_ tokens: [TextToken], counting counts: (TextToken) -> Bool) {
    var before = [Int32](repeating: 0, count: tokens.count + 1)
    for index in tokens.indices {
      before[index + 1] = before[index] + (counts(tokens[index]) ? 1 : 0)
    }
    self.before = before
  }

  /// How many counted tokens `range` holds.
  func count(in range: ClosedRange<Int>) -> Int {
    Int(before[range.upperBound + 1] - before[range.lowerBound])
  }
}
