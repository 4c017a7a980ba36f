/// The word 5-shingles of an article's clean text, hashed: what near-duplicate detection
/// compares.
///
/// Words are search's words (`WordScanner`: runs of letters and digits, folded for case and
/// diacritics, so a copy that lost its accents still matches); a shingle is five consecutive
/// words. Hashes are stable across runs (FNV-1a words, mixed with a fixed multiplier), so
/// signatures can be stored and compared later.
struct ShingleSet: Sendable {
  /// The shingle hashes in text order (with repeats).
  let ordered: [UInt64]
  /// The distinct shingle hashes, sorted (for exact intersections).
  let sorted: [UInt64]

  static let width = 5

  init(text: String) {
    var words: [UInt64] = []
    WordScanner.scanHashes(text) { words.append($0) }
    var ordered: [UInt64] = []
    if words.count >= Self.width {
      ordered.reserveCapacity(words.count - Self.width + 1)
      for start in 0...(words.count - Self.width) {
        var value: UInt64 = 0x9E37_79B9_7F4A_7C15
        for offset in 0..<Self.width {
          value = (value ^ words[start + offset]) &* 0xBF58_476D_1CE4_E5B9
          value ^= value >> 31
        }
        ordered.append(value)
      }
    }
    self.ordered = ordered
    self.sorted = Array(Set(ordered)).sorted()
  }

  /// The number of distinct shingles both sets hold.
  func intersectionCount(with other: ShingleSet) -> Int {
    var i = 0
    var j = 0
    var count = 0
    let a = sorted
    let b = other.sorted
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        count += 1
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return count
  }
}
