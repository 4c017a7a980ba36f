import Foundation
import StoryKit
import StoryTestSupport
import Testing

@Suite("The offset map from clean text to original text")
struct TextAlignmentTests {
  /// One edit of a random edit script, applied to a run of the original.
  enum Edit {
    case keep(Int)
    case delete(Int)
    case replace(Int, with: [Unicode.Scalar])
    case insert([Unicode.Scalar])
  }

  static let alphabet: [Unicode.Scalar] = Array("ab cdé\n“”ÄŸ😀ж".unicodeScalars)

  static func randomScalars(_ count: Int, _ rng: inout SeededGenerator) -> [Unicode.Scalar] {
    (0..<count).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
  }

  @Test(
    "random edit scripts: kept text maps back scalar for scalar; ranges map to their source",
    arguments: 0..<200)
  func roundTrip(seed: Int) {
    var rng = SeededGenerator(seed: UInt64(seed) &* 7919 &+ 17)
    let original = Self.randomScalars(Int.random(in: 0...120, using: &rng), &rng)
    var builder = AlignedTextBuilder(original: original)
    var expected: [Unicode.Scalar] = []
    /// For each clean scalar: its original offset if copied, or the original run it replaced.
    var sources: [(copied: Int?, run: Range<Int>)] = []
    var position = 0
    while position < original.count {
      let length = Int.random(in: 1...max(1, min(12, original.count - position)), using: &rng)
      let run = position..<(position + length)
      switch Int.random(in: 0..<4, using: &rng) {
      case 0:
        builder.copy(run)
        expected += original[run]
        sources += run.map { (copied: $0, run: $0..<($0 + 1)) }
      case 1:
        builder.replace(run, with: [Unicode.Scalar]())
      case 2:
        let replacement = Self.randomScalars(Int.random(in: 1...4, using: &rng), &rng)
        builder.replace(run, with: replacement)
        expected += replacement
        sources += replacement.map { _ in (copied: nil, run: run) }
      default:
        let inserted = Self.randomScalars(Int.random(in: 1...3, using: &rng), &rng)
        builder.replace(run.lowerBound..<run.lowerBound, with: inserted)
        expected += inserted
        sources += inserted.map { _ in (copied: nil, run: run.lowerBound..<run.lowerBound) }
        builder.copy(run)
        expected += original[run]
        sources += run.map { (copied: $0, run: $0..<($0 + 1)) }
      }
      position += length
    }
    let (text, alignment) = builder.finish()
    #expect(Array(text.unicodeScalars) == expected)
    #expect(alignment.cleanLength == expected.count)

    // Every copied scalar maps to the same scalar of the original, both ways.
    for (cleanOffset, source) in sources.enumerated() {
      if let copied = source.copied {
        #expect(alignment.originalOffset(ofClean: cleanOffset) == copied)
        #expect(original[copied] == expected[cleanOffset])
        #expect(alignment.cleanOffset(ofOriginal: copied) == cleanOffset)
      }
    }
    // Random ranges map to an original range covering exactly their sources, in order.
    for _ in 0..<20 where !expected.isEmpty {
      let start = Int.random(in: 0..<expected.count, using: &rng)
      let end = Int.random(in: (start + 1)...expected.count, using: &rng)
      let mapped = alignment.originalRange(ofClean: start..<end)
      #expect(mapped.start == sources[start].run.lowerBound)
      #expect(mapped.end == sources[end - 1].run.upperBound)
      #expect(mapped.start <= mapped.end && mapped.end <= original.count)
    }
  }

  @Test("the identity alignment maps every offset to itself")
  func identity() {
    let alignment = TextAlignment.identity(length: 10)
    #expect((0...10).allSatisfy { alignment.originalOffset(ofClean: $0) == $0 })
    #expect(alignment.originalRange(ofClean: 3..<7) == TextRange(start: 3, end: 7))
  }

  @Test("alignments persist: encoding and decoding gives the same map")
  func codable() throws {
    var builder = AlignedTextBuilder(original: Array("a&amp;b  c".unicodeScalars))
    builder.copy(0..<1)
    builder.replace(1..<6, with: "&")
    builder.copy(6..<7)
    builder.replace(7..<9, with: " ")
    builder.copy(9..<10)
    let (text, alignment) = builder.finish()
    #expect(text == "a&b c")
    let data = try JSONEncoder().encode(alignment)
    #expect(try JSONDecoder().decode(TextAlignment.self, from: data) == alignment)
    #expect(alignment.originalRange(ofClean: 1..<2) == TextRange(start: 1, end: 6))
  }
}
