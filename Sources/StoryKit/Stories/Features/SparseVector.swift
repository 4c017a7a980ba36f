/// A sparse vector over term ids, kept sorted by id: the TF-IDF profile of an article or a story.
struct SparseVector: Hashable, Sendable {
  /// The term ids with a non-zero weight, ascending.
  private(set) var terms: [UInt32]
  /// The weight of each term, in the order of `terms`.
  private(set) var weights: [Float]

  /// The empty vector.
  init() {
    terms = []
    weights = []
  }

  /// A vector from (term, weight) entries; repeated terms add up, zero weights are dropped.
  init(entries: [(term: UInt32, weight: Float)]) {
    let sorted = entries.sorted { $0.term < $1.term }
    var terms: [UInt32] = []
    var weights: [Float] = []
    terms.reserveCapacity(sorted.count)
    weights.reserveCapacity(sorted.count)
    for entry in sorted where entry.weight != 0 {
      if let last = terms.last, last == entry.term {
        weights[weights.count - 1] += entry.weight
      } else {
        terms.append(entry.term)
        weights.append(entry.weight)
      }
    }
    self.terms = terms
    self.weights = weights
  }

  /// Writes the terms (as gaps, which are small) and weights.
  func write(to writer: inout BinaryWriter) {
    writer.write(UInt64(terms.count))
    var previous: UInt32 = 0
    for (term, weight) in zip(terms, weights) {
      writer.write(UInt64(term - previous))
      writer.write(weight)
      previous = term
    }
  }

  /// Reads what `write(to:)` wrote.
  init(from reader: inout BinaryReader) throws(BinaryReader.Damaged) {
    let count = try reader.count(minimumSize: 5)
    var terms: [UInt32] = []
    var weights: [Float] = []
    terms.reserveCapacity(count)
    weights.reserveCapacity(count)
    var previous: UInt64 = 0
    for index in 0..<count {
      let gap = try reader.uint64()
      guard index == 0 || gap > 0 else { throw BinaryReader.Damaged() }
      previous += gap
      guard let term = UInt32(exactly: previous) else { throw BinaryReader.Damaged() }
      terms.append(term)
      weights.append(try reader.float())
    }
    self.terms = terms
    self.weights = weights
  }

  /// The number of non-zero terms.
  var count: Int { terms.count }

  /// The Euclidean length.
  var norm: Float { weights.reduce(0) { $0 + $1 * $1 }.squareRoot() }

  /// The vector scaled to length 1 (the zero vector stays zero).
  var normalized: SparseVector {
    let length = norm
    guard length > 0 else { return self }
    var copy = self
    for index in copy.weights.indices { copy.weights[index] /= length }
    return copy
  }

  /// The dot product with `other`.
  func dot(_ other: SparseVector) -> Float {
    var sum: Float = 0
    var i = 0
    var j = 0
    while i < terms.count && j < other.terms.count {
      let a = terms[i]
      let b = other.terms[j]
      if a == b {
        sum += weights[i] * other.weights[j]
        i += 1
        j += 1
      } else if a < b {
        i += 1
      } else {
        j += 1
      }
    }
    return sum
  }

  /// The `limit` heaviest terms, heaviest first (ties by id).
  func topTerms(_ limit: Int) -> [UInt32] { heaviest(limit).map(\.term) }

  /// The `limit` heaviest terms with their weights, heaviest first (ties by id).
  func heaviest(_ limit: Int) -> [(term: UInt32, weight: Float)] {
    var top: [(term: UInt32, weight: Float)] = []
    top.reserveCapacity(limit + 1)
    for (term, weight) in zip(terms, weights) {
      guard top.count < limit || weight > (top.last?.weight ?? 0) else { continue }
      let position = top.firstIndex { weight > $0.weight } ?? top.count
      top.insert((term, weight), at: position)
      if top.count > limit { top.removeLast() }
    }
    return top
  }
}
