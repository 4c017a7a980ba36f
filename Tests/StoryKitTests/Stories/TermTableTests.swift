import StoryTestSupport
import Testing

@testable import StoryKit

@Suite("Story clustering's small data structures")
struct TermTableTests {
  @Test("the term table sums like a dictionary, through growth", arguments: [1, 2, 3])
  func termTableMatchesDictionary(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    var table = TermTable()
    var reference: [UInt32: Float] = [:]
    for _ in 0..<5000 {
      // Few distinct terms at first, then many: repeated adds and growth both happen.
      let term = UInt32.random(in: 0..<3000, using: &generator)
      let weight = Float(Int.random(in: 1...8, using: &generator)) / 4
      let before = table.add(weight, to: term)
      #expect(before == reference[term] ?? 0)
      reference[term, default: 0] += weight
    }
    #expect(table.count == reference.count)
    for (term, weight) in reference { #expect(table[term] == weight) }
    #expect(table[4000] == nil)
    #expect(
      Dictionary(uniqueKeysWithValues: table.entries.map { ($0.term, $0.weight) }) == reference)
  }

  @Test("the top selection equals a full sort, ties to the smaller item")
  func topSelection() {
    var generator = SeededGenerator(seed: 7)
    let scores = (0..<500).map { _ in Float(Int.random(in: 0..<40, using: &generator)) }
    let items = Array((0..<500).reversed())
    let expected = items.sorted { (scores[$0], $1) > (scores[$1], $0) }.prefix(24)
    #expect(TopSelection.best(24, of: items) { scores[$0] } == Array(expected))
    #expect(TopSelection.best(5, of: []) { _ in 0 }.isEmpty)
  }
}
