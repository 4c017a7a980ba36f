/// A map from term id to weight: open addressing with linear probing and a multiplicative hash,
/// for the sums of stories, which are read once per term of every article compared with them.
/// (`Dictionary` hashes each key with SipHash, several times slower for this use.)
struct TermTable: Sendable {
  private static let empty = UInt32.max
  private var keys: [UInt32]
  private var values: [Float]
  /// The number of terms held.
  private(set) var count = 0

  /// An empty table.
  init() {
    keys = Array(repeating: Self.empty, count: 16)
    values = Array(repeating: 0, count: 16)
  }

  /// The weight of `term`, or `nil` when the table doesn't hold it.
  subscript(term: UInt32) -> Float? {
    var slot = Self.slot(of: term, mask: keys.count - 1)
    while true {
      let key = keys[slot]
      if key == term { return values[slot] }
      if key == Self.empty { return nil }
      slot = (slot + 1) & (keys.count - 1)
    }
  }

  /// Adds `weight` to the weight of `term` and returns the weight before.
  @discardableResult
  mutating func add(_ weight: Float, to term: UInt32) -> Float {
    if (count + 1) * 4 > keys.count * 3 { grow() }
    var slot = Self.slot(of: term, mask: keys.count - 1)
    while true {
      let key = keys[slot]
      if key == term {
        let old = values[slot]
        values[slot] = old + weight
        return old
      }
      if key == Self.empty {
        keys[slot] = term
        values[slot] = weight
        count += 1
        return 0
      }
      slot = (slot + 1) & (keys.count - 1)
    }
  }

  /// Every (term, weight) held, in no particular order.
  var entries: [(term: UInt32, weight: Float)] {
    var entries: [(term: UInt32, weight: Float)] = []
    entries.reserveCapacity(count)
    for (key, value) in zip(keys, values) where key != Self.empty { entries.append((key, value)) }
    return entries
  }

  private mutating func grow() {
    let old = entries
    keys = Array(repeating: Self.empty, count: keys.count * 2)
    values = Array(repeating: 0, count: keys.count)
    count = 0
    for (term, weight) in old { add(weight, to: term) }
  }

  @inline(__always)
  private static func slot(of term: UInt32, mask: Int) -> Int {
    // NB: Fibonacci hashing: the high bits of the product are well mixed.
    Int(truncatingIfNeeded: (UInt64(term) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }
}
