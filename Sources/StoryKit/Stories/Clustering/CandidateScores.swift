/// Scratch space for finding a document's candidate stories (`StoryIndex.candidates`): one
/// score per story, all zero between look-ups. Reused from one look-up to the next, so a
/// look-up costs the postings it reads, not the number of stories in the index (a fresh array
/// per article made placing 100k articles grow with the square of the corpus).
struct CandidateScores {
  /// The score of each story, by number; only the stories a look-up touches are non-zero,
  /// and only until it ends.
  var values: [Float] = []

  /// Makes room for `count` stories (new ones start at zero).
  mutating func prepare(count: Int) {
    guard values.count < count else { return }
    values.append(contentsOf: repeatElement(0, count: count - values.count))
  }
}
