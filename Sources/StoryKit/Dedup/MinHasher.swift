/// MinHash signatures: for each of `count` seeded hash functions, the smallest hash of an
/// article's shingles. Two signatures agree in a share of places that estimates the Jaccard
/// similarity of the shingle sets.
///
/// The functions are `h(x) = (a·x + b) mod 2⁶⁴` with odd multipliers drawn from a fixed seed,
/// so signatures are the same on every run and machine.
struct MinHasher: Sendable {
  let multipliers: [UInt64]
  let offsets: [UInt64]

  init(count: Int = 128, seed: UInt64 = 0x5EED_2026) {
    var state = seed
    func next() -> UInt64 {
      // SplitMix64
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    multipliers = (0..<count).map { _ in next() | 1 }
    offsets = (0..<count).map { _ in next() }
  }

  /// The signature of an article's shingle hashes (`ShingleSet.hashes(of:)`; a repeated
  /// shingle changes nothing): 32-bit minima, the high half of each 64-bit hash.
  func signature(of shingles: [UInt64]) -> [UInt32] {
    var minima = [UInt64](repeating: .max, count: multipliers.count)
    for shingle in shingles {
      for index in 0..<multipliers.count {
        let value = multipliers[index] &* shingle &+ offsets[index]
        if value < minima[index] { minima[index] = value }
      }
    }
    return minima.map { UInt32(truncatingIfNeeded: $0 >> 32) }
  }
}
