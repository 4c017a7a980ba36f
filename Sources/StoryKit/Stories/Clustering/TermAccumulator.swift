/// A reusable sum of sparse vectors, held densely over the whole vocabulary so that adding and
/// comparing cost one array access per term (no hashing). Clearing touches only the terms
/// used, so one accumulator serves many groups in turn.
struct TermAccumulator {
  private var values: [Float]
  private var touched: [UInt32] = []
  /// The squared length of the sum.
  private(set) var normSquared: Float = 0
  /// How many vectors were added since the last `clear()`.
  private(set) var count = 0

  /// An empty accumulator for term ids below `vocabulary`.
  init(vocabulary: Int) {
    values = Array(repeating: 0, count: vocabulary)
  }

  /// Adds a vector.
  mutating func add(_ vector: SparseVector) {
    count += 1
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
    count = 0
  }

  /// The dot product of `vector` with the sum.
  func dot(_ vector: SparseVector) -> Float {
    var sum: Float = 0
    for (term, weight) in zip(vector.terms, vector.weights) { sum += weight * values[Int(term)] }
    return sum
  }

  /// The cosine similarity of a unit vector with the sum's direction (the centroid).
  func similarity(to vector: SparseVector) -> Float {
    normSquared > 0 ? dot(vector) / normSquared.squareRoot() : 0
  }

  /// The cosine similarity of an added vector with the centroid of the others (0 when alone).
  func similarityLeavingOut(_ vector: SparseVector) -> Float {
    let dot = dot(vector)
    // NB: |sum − v|² = |sum|² − 2 v·sum + |v|², and v·(sum − v) = v·sum − |v|².
    let own = vector.weights.reduce(0) { $0 + $1 * $1 }
    let restSquared = normSquared - 2 * dot + own
    guard count > 1, restSquared > 1e-6 else { return 0 }
    return (dot - own) / restSquared.squareRoot()
  }

  /// The centroid as a unit vector.
  var centroid: SparseVector {
    SparseVector(entries: touched.map { (term: $0, weight: values[Int($0)]) }).normalized
  }
}
