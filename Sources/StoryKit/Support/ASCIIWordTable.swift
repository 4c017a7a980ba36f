/// A read-only hash table from ASCII words to small integers (indices into a caller's array),
/// looked up straight from Unicode scalars with a 64-bit FNV-1a hash the caller computes while
/// it scans the word: no `String` is made, and no `Hasher` runs.
///
/// Keys are compared byte for byte, so a hash collision never gives a wrong answer.
///
/// ```swift
/// let table = ASCIIWordTable([(Array("said".utf8), 0), (Array("told".utf8), 1)])
/// var hash = FNV1a()
/// hash.combine(utf8: "said")
/// scalars.withUnsafeBufferPointer { table.find(hash.value, lowercasing: $0[...]) }  // 0
/// ```
struct ASCIIWordTable: Sendable {
  private var slots: [Int32]
  private var slotHashes: [UInt64]
  private var keyBytes: [UInt8] = []
  /// Where each value's key starts in `keyBytes`, and (next entry) where it ends.
  private var keyBounds: [Int32] = [0]
  private var keyOfValue: [Int32] = []
  private let mask: Int

  /// A table holding `words` (ASCII keys only; others are left out) with their values
  /// (`0..<Int32.max`).
  init(_ words: [(key: [UInt8], value: Int32)]) {
    var capacity = 16
    while capacity < words.count * 2 { capacity *= 2 }
    mask = capacity - 1
    slots = Array(repeating: -1, count: capacity)
    slotHashes = Array(repeating: 0, count: capacity)
    for (key, value) in words where key.allSatisfy({ $0 < 0x80 }) {
      var hash = FNV1a()
      for byte in key { hash.combine(byte: byte) }
      let entry = Int32(keyOfValue.count)
      keyBytes += key
      keyBounds.append(Int32(keyBytes.count))
      keyOfValue.append(value)
      var slot = Self.start(hash.value, mask)
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = entry
      slotHashes[slot] = hash.value
    }
  }

  @inline(__always)
  private static func start(_ hash: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
  }

  /// The value of the word whose lower-cased ASCII scalars are `scalars` (ASCII capitals are
  /// lower-cased while comparing), with `hash` the `Hash` of those lower-cased bytes; `nil`
  /// when the word is not in the table.
  @inline(__always)
  func find(_ hash: UInt64, lowercasing scalars: UnsafeBufferPointer<Unicode.Scalar>.SubSequence)
    -> Int32?
  {
    var slot = Self.start(hash, mask)
    while true {
      let entry = slots[slot]
      if entry < 0 { return nil }
      if slotHashes[slot] == hash && matches(Int(entry), scalars) { return keyOfValue[Int(entry)] }
      slot = (slot + 1) & mask
    }
  }

  @inline(__always)
  private func matches(_ entry: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>.SubSequence)
    -> Bool
  {
    let start = Int(keyBounds[entry])
    let end = Int(keyBounds[entry + 1])
    guard end - start == scalars.count else { return false }
    var position = start
    for scalar in scalars {
      var value = scalar.value
      if value >= 0x41 && value <= 0x5A { value += 32 }
      if value != UInt32(keyBytes[position]) { return false }
      position += 1
    }
    return true
  }
}
