import Foundation
import StoryTestSupport
import Testing

@testable import StoryKit

/// An update scores again only the stories a change reaches (`RelatedStories`): after any
/// sequence of stories added, gone, merged, split and reshaped, the related lists it keeps and
/// scores are those scoring every story gives, list for list and entry for entry.
@Suite("Related stories: an update scores again what a change reaches, as scoring all would")
struct RelatedStoriesTests {
  /// Articles on a few topics with words in common: topics share some heavy terms, so
  /// candidates compete and changes reach across topics.
  static func index(articles: Int, random: inout SeededGenerator) throws -> StoryIndex {
    var index = StoryIndex(stopWords: try StopWords.bundled())
    index.add(try (0..<articles).map { try article($0, random: &random) })
    return index
  }

  private static let cleaner = Result { try ArticleCleaner.bundled() }

  /// Article `number`: mostly words of one topic, some of another and a few common ones.
  static func article(
    _ number: Int, topic chosen: Int? = nil, random: inout SeededGenerator
  ) throws -> Article {
    let topics = (0..<8).map { topic in (0..<14).map { "t\(topic)word\($0)" } }
    let common = (0..<40).map { "common\($0)" }
    let topic = topics[chosen ?? Int.random(in: topics.indices, using: &random)]
    let other = topics[Int.random(in: topics.indices, using: &random)]
    var words: [String] = []
    for _ in 0..<30 { words.append(topic[Int.random(in: 0..<topic.count, using: &random)]) }
    for _ in 0..<8 { words.append(other[Int.random(in: 0..<other.count, using: &random)]) }
    for _ in 0..<10 { words.append(common[Int.random(in: common.indices, using: &random)]) }
    words.shuffle(using: &random)
    let sentences = stride(from: 0, to: words.count, by: 8).map {
      words[$0..<min(words.count, $0 + 8)].joined(separator: " ").capitalized + "."
    }
    return try cleaner.get().clean(
      RawArticle(
        id: ArticleID("a\(number)"), location: SourceLocation(path: "a\(number)"),
        text: sentences.joined(separator: "\n\n"), title: words.prefix(6).joined(separator: " "),
        date: "2024-05-\(String(format: "%02d", 1 + number % 28))", source: "Wire"))
  }

  /// Groups as `StoryIndex.orderedClusters` gives them: members ascending, groups by their
  /// first member.
  static func ordered(_ groups: [[Int]]) -> [[Int]] {
    groups.filter { !$0.isEmpty }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
  }

  /// One random change: groups gone, new groups of free documents, merges, splits and moves.
  static func change(
    _ groups: [[Int]], documents: Int, random: inout SeededGenerator
  ) -> [[Int]] {
    var groups = groups
    for _ in 0..<Int.random(in: 1...4, using: &random) {
      switch Int.random(in: 0..<5, using: &random) {
      case 0 where !groups.isEmpty:
        groups.remove(at: Int.random(in: groups.indices, using: &random))
      case 1:
        let used = Set(groups.joined())
        let free = (0..<documents).filter { !used.contains($0) }.shuffled(using: &random)
        groups.append(Array(free.prefix(Int.random(in: 1...4, using: &random))))
      case 2 where groups.count > 1:
        let first = groups.remove(at: Int.random(in: groups.indices, using: &random))
        let second = Int.random(in: groups.indices, using: &random)
        groups[second] += first
      case 3 where !groups.isEmpty:
        let at = Int.random(in: groups.indices, using: &random)
        let members = groups[at].shuffled(using: &random)
        let cut = Int.random(in: 0...members.count, using: &random)
        groups[at] = Array(members[..<cut])
        groups.append(Array(members[cut...]))
      case 4 where groups.count > 1:
        let from = Int.random(in: groups.indices, using: &random)
        guard let member = groups[from].popLast() else { break }
        groups[Int.random(in: groups.indices, using: &random)].append(member)
      default: break
      }
    }
    return ordered(groups)
  }

  @Test(
    "random changes: kept and scored lists equal scoring all",
    arguments: [
      (seed: 1 as UInt64, heavyTerms: 20, beatSize: 1000, limit: 3),
      (seed: 2, heavyTerms: 20, beatSize: 1000, limit: 1),
      (seed: 3, heavyTerms: 6, beatSize: 1000, limit: 1),
      (seed: 4, heavyTerms: 6, beatSize: 4, limit: 1),
      (seed: 5, heavyTerms: 4, beatSize: 3, limit: 2),
      (seed: 6, heavyTerms: 10, beatSize: 20, limit: 3),
    ])
  func matchesScoringAll(seed: UInt64, heavyTerms: Int, beatSize: Int, limit: Int) throws {
    var random = SeededGenerator(seed: seed)
    let documents = 160
    let index = try Self.index(articles: documents, random: &random)
    var groups = Self.ordered(
      (0..<documents).filter { _ in Bool.random(using: &random) }.chunked(random: &random))
    var kept = RelatedStories(heavyTerms: heavyTerms, beatSize: beatSize)
    var scoredAgain = 0
    var total = 0
    var highestBar = 0
    for _ in 0..<24 {
      groups = Self.change(groups, documents: documents, random: &random)
      var fresh = RelatedStories(heavyTerms: heavyTerms, beatSize: beatSize)
      let expected = fresh.update(index, groups: groups, minimum: 0.15, limit: limit)
      let found = kept.update(index, groups: groups, minimum: 0.15, limit: limit)
      #expect(found.related == expected.related)
      #expect(kept.entries == fresh.entries)
      scoredAgain += found.scored.count
      total += groups.count
      highestBar = max(highestBar, kept.entries.values.map(\.bar).max() ?? 0)
    }
    // Worth its name only if updates both keep lists and score some again.
    #expect(scoredAgain > 0)
    #expect(scoredAgain < total)
    if limit == 1 { #expect(highestBar > 1) }
  }
}

extension RelatedStoriesTests {
  @Test("an article analysed again under its id is a new document: its story is scored again")
  func articleAnalysedAgain() throws {
    var random = SeededGenerator(seed: 11)
    var index = try Self.index(articles: 120, random: &random)
    let groups = Self.ordered(Array(0..<120).chunked(random: &random))
    var kept = RelatedStories(heavyTerms: 10, beatSize: 1000)
    _ = kept.update(index, groups: groups, minimum: 0.15, limit: 2)
    // Every fourth article comes back on another topic, under its id, as a library
    // analyses an edited file again.
    var again = groups
    for number in stride(from: 0, to: 120, by: 4) {
      let id = ArticleID("a\(number)")
      let old = try #require(index.documentNumber[id])
      index.remove([id])
      index.add([try Self.article(number, topic: (number / 4) % 8, random: &random)])
      let new = try #require(index.documentNumber[id])
      again = again.map { group in group.map { $0 == old ? new : $0 } }
    }
    again = Self.ordered(again)
    var fresh = RelatedStories(heavyTerms: 10, beatSize: 1000)
    let expected = fresh.update(index, groups: again, minimum: 0.15, limit: 2)
    let found = kept.update(index, groups: again, minimum: 0.15, limit: 2)
    #expect(found.related == expected.related)
    #expect(kept.entries == fresh.entries)
  }
}

extension Array where Element == Int {
  /// The elements cut into runs of one to five, in order.
  fileprivate func chunked(random: inout SeededGenerator) -> [[Int]] {
    var runs: [[Int]] = []
    var rest = self[...]
    while !rest.isEmpty {
      let size = Int.random(in: 1...5, using: &random)
      runs.append(Array(rest.prefix(size)))
      rest = rest.dropFirst(size)
    }
    return runs
  }
}
