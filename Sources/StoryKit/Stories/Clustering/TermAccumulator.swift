/// A reusable sum of sparse vectors, held densely over the whole vocabulary so that adding and
/// comparing cost one array access per term (no hashing). Clearing touches only the terms
/// used, so one accumulator serves many groups in turn.
struct TermAccumulator: VectorSum {
  private var values: [Float]
  private var touched: [UInt32] = []
  /// The squared length of the sum.
  private(set) var normSquared: Float = 0
  /// How many vectors were added since the last `clear()`.
  private(set) var addedCount = 0

  /// An empty accumulator for term ids below `vocabulary`.
  init(vocabulary: Int) {
    values = Array(repeating: 0, count: vocabulary)
  }

  /// Adds a vector.
  mutating func add(_ vector: SparseVector) {
    addedCount += 1
    for (term, weight) in zip(vector.terms, vector.weights) {
      let index = Int(term)
      let old = values[index]
      if old == 0 { touched.append(term) }
      let new = old + weight
      values[index] = new
      normSquared += new * new - old * old
    }
  }

  /// Empties the sum.
  mutating func clear() {
    for term in touched { values[Int(term)] = 0 }
    touched.removeAll(keepingCapacity: true)
    normSquared = 0
    addedCount = 0
  }

  /// The dot product of `vector` with the sum.
  func dot(_ vector: SparseVector) -> Float {
    var sum: Float = 0
    for (term, weight) in zip(vector.terms, vector.weights) { sum += weight * values[Int(term)] }
    return sum
  }

  /// The centroid as a unit vector.
  var centroid: SparseVector {
    SparseVector(entries: touched.map { (term: $0, weight: values[Int($0)]) }).normalized
  }
}
