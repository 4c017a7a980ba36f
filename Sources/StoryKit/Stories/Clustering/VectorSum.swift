/// A running sum of unit vectors, whose direction is a centroid: the cosine comparisons that
/// stories (`StoryCluster`) and scratch groups (`TermAccumulator`) share.
protocol VectorSum {
  /// The dot product of `vector` with the sum.
  func dot(_ vector: SparseVector) -> Float
  /// The squared length of the sum.
  var normSquared: Float { get }
  /// How many vectors the sum holds.
  var addedCount: Int { get }
}

extension VectorSum {
  /// The cosine similarity of a unit vector with the centroid.
  func similarity(to vector: SparseVector) -> Float {
    normSquared > 0 ? dot(vector) / normSquared.squareRoot() : 0
  }

  /// The cosine similarity of a vector in the sum with the centroid of the others (0 when it
  /// is alone).
  func similarityLeavingOut(_ vector: SparseVector) -> Float {
    let dot = dot(vector)
    // NB: |sum − v|² = |sum|² − 2 v·sum + |v|², and v·(sum − v) = v·sum − |v|².
    let own = vector.weights.reduce(0) { $0 + $1 * $1 }
    let restSquared = normSquared - 2 * dot + own
    guard addedCount > 1, restSquared > 1e-6 else { return 0 }
    return (dot - own) / restSquared.squareRoot()
  }
}
