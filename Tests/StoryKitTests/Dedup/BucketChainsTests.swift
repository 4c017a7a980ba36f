import Testing

@testable import StoryKit

@Suite("BucketChains: members filed under keys, in flat chains")
struct BucketChainsTests {
  @Test("each key gives back exactly the members filed under it; entries list them all")
  func chains() {
    var chains = BucketChains()
    // Keys interleaved, so chains cross each other in the flat arrays.
    let filed: [(key: UInt64, member: Int32)] = [
      (7, 0), (9, 1), (7, 2), (UInt64.max, 3), (9, 4), (7, 5), (0, 6),
    ]
    for (key, member) in filed { chains.insert(member, key: key) }

    for key: UInt64 in [0, 7, 9, UInt64.max, 8] {
      var found: [Int32] = []
      chains.forEach(key: key) { found.append($0) }
      #expect(found.sorted() == filed.filter { $0.key == key }.map(\.member), "key \(key)")
    }
    #expect(chains.count == filed.count)
    #expect(chains.keyCount == 4)
    let entries = chains.entries.map { "\($0.key):\($0.member)" }.sorted()
    #expect(entries == filed.map { "\($0.key):\($0.member)" }.sorted())
  }
}
