/// The word 5-shingles of an article's clean text, hashed: what near-duplicate detection
/// compares.
///
/// Words are search's words (`WordScanner`: runs of letters and digits, folded for case and
/// diacritics, so a copy that lost its accents still matches); a shingle is five consecutive
/// words. Hashes are stable across runs (FNV-1a words, mixed with a fixed multiplier), so
/// signatures can be stored and compared later.
struct ShingleSet: Sendable {
  /// The distinct shingle hashes, sorted (for exact intersections).
  let sorted: [UInt64]
  /// The first and last `edgeWidth` shingles in text order, where headers, footers and trimmed
  /// endings show.
  let head: [UInt64]
  let tail: [UInt64]
  /// One bit per entry of `sorted`: whether that shingle occurs between the head and the tail
  /// (where an edited copy differs). Kept instead of the whole text-order list, which doubled
  /// the memory of a large corpus's index.
  private let innerBits: [UInt64]

  static let width = 5
  /// How many shingles at each end count as the header or footer.
  static let edgeWidth = 3

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
    let sorted = Array(Set(ordered)).sorted()
    self.sorted = sorted
    head = Array(ordered.prefix(Self.edgeWidth))
    tail = Array(ordered.suffix(Self.edgeWidth))
    var bits = Array(repeating: UInt64(0), count: (sorted.count + 63) / 64)
    for value in ordered.dropFirst(Self.edgeWidth).dropLast(Self.edgeWidth) {
      if let position = Self.position(of: value, in: sorted) {
        bits[position >> 6] |= 1 << UInt64(position & 63)
      }
    }
    innerBits = bits
  }

  /// The distinct shingles that occur between the head and the tail.
  var inner: [UInt64] {
    sorted.indices.filter { innerBits[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }.map { sorted[$0] }
  }

  private static func position(of value: UInt64, in sorted: [UInt64]) -> Int? {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low < sorted.count && sorted[low] == value ? low : nil
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
