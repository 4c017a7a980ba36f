/// The word 5-shingles of an article's clean text, hashed: what near-duplicate detection
/// compares.
///
/// Words are search's words (`WordScanner`: runs of letters and digits, folded for case and
/// diacritics, so a copy that lost its accents still matches); a shingle is five consecutive
/// words. Hashes are stable across runs (FNV-1a words, mixed with a fixed multiplier), so
/// signatures can be stored and compared later.
struct ShingleSet: Sendable {
  /// The distinct shingle hashes, sorted (for exact intersections). Kept as 32 bits: two
  /// different shingles of two articles then share a value about once in 10⁴ pairs of
  /// articles, which moves no verdict, and a large corpus's index holds half the bytes.
  let sorted: [UInt32]
  /// The first and last `edgeWidth` shingles in text order, where headers, footers and trimmed
  /// endings show.
  let head: [UInt32]
  let tail: [UInt32]
  /// One bit per entry of `sorted`: whether that shingle occurs between the head and the tail
  /// (where an edited copy differs). Kept instead of the whole text-order list, which doubled
  /// the memory of a large corpus's index.
  private let innerBits: [UInt64]

  static let width = 5
  /// How many shingles at each end count as the header or footer.
  static let edgeWidth = 3

  /// The shingles of `text`.
  init(text: String) {
    self.init(hashes: Self.hashes(of: text))
  }

  /// The shingles whose full 64-bit hashes, in text order, are `hashes` (`hashes(of:)`).
  init(hashes: [UInt64]) {
    let ordered = hashes.map { UInt32(truncatingIfNeeded: $0 >> 32) }
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

  /// The 64-bit hash of every shingle of `text`, in text order (what MinHash signatures are
  /// made of).
  static func hashes(of text: String) -> [UInt64] {
    var words: [UInt64] = []
    WordScanner.scanHashes(text) { words.append($0) }
    var ordered: [UInt64] = []
    guard words.count >= width else { return ordered }
    ordered.reserveCapacity(words.count - width + 1)
    for start in 0...(words.count - width) {
      var value: UInt64 = 0x9E37_79B9_7F4A_7C15
      for offset in 0..<width {
        value = (value ^ words[start + offset]) &* 0xBF58_476D_1CE4_E5B9
        value ^= value >> 31
      }
      ordered.append(value)
    }
    return ordered
  }

  /// The distinct shingles that occur between the head and the tail.
  var inner: [UInt32] {
    sorted.indices.filter { innerBits[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }.map { sorted[$0] }
  }

  private static func position(of value: UInt32, in sorted: [UInt32]) -> Int? {
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
