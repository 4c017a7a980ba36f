/// Members filed under 64-bit keys, for one LSH band that grows: each key leads to a chain of
/// members through two flat arrays, so a key holding one member costs a table slot and two
/// integers, not an array of its own.
///
/// NB: a table of arrays (`[UInt64: [Int32]]`) spent ~60 bytes per entry, an array header and
/// its heap block for nearly every key (most keys hold one member); at 64 bands that was a
/// third of the peak memory of a first analysis of ~100k articles. Chains spend ~24.
struct BucketChains: Sendable {
  /// The newest entry filed under each key.
  private var head: [UInt64: Int32] = [:]
  /// Each entry's member and the entry filed before it under the same key (`-1`: none).
  private var member: [Int32] = []
  private var next: [Int32] = []

  /// The number of entries.
  var count: Int { member.count }

  /// The number of distinct keys.
  var keyCount: Int { head.count }

  /// Files `member` under `key`.
  mutating func insert(_ member: Int32, key: UInt64) {
    next.append(head[key] ?? -1)
    head[key] = Int32(self.member.count)
    self.member.append(member)
  }

  /// Calls `body` with each member filed under `key`, newest first.
  func forEach(key: UInt64, _ body: (Int32) -> Void) {
    var entry = head[key] ?? -1
    while entry >= 0 {
      body(member[Int(entry)])
      entry = next[Int(entry)]
    }
  }

  /// Every entry as (key, member), in no particular order.
  var entries: [(key: UInt64, member: Int32)] {
    var all: [(key: UInt64, member: Int32)] = []
    all.reserveCapacity(member.count)
    for (key, newest) in head {
      var entry = newest
      while entry >= 0 {
        all.append((key, member[Int(entry)]))
        entry = next[Int(entry)]
      }
    }
    return all
  }
}
