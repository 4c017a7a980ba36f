/// A story while it is being built: its members and the sum of their TF-IDF vectors, whose
/// direction is the story's centroid.
struct StoryCluster: Sendable {
  /// Document numbers in the `StoryIndex`, in the order they joined.
  private(set) var members: [Int] = []
  /// Per term, the sum of the members' weights.
  private var sum = TermTable()
  private var normSquared: Float = 0
  /// The earliest and latest day (day numbers) of the dated members.
  private(set) var firstDay: Int?
  private(set) var lastDay: Int?

  /// Adds a member.
  mutating func add(_ document: Int, vector: SparseVector, day: Int?) {
    members.append(document)
    for (term, weight) in zip(vector.terms, vector.weights) {
      let old = sum.add(weight, to: term)
      let new = old + weight
      normSquared += new * new - old * old
    }
    if let day {
      firstDay = min(firstDay ?? day, day)
      lastDay = max(lastDay ?? day, day)
    }
  }

  /// The cosine similarity of a unit vector with the centroid.
  func similarity(to vector: SparseVector) -> Float {
    guard normSquared > 0 else { return 0 }
    var dot: Float = 0
    for (term, weight) in zip(vector.terms, vector.weights) {
      if let total = sum[term] { dot += weight * total }
    }
    return dot / normSquared.squareRoot()
  }

  /// The cosine similarity of a member's unit vector with the centroid of the *other* members
  /// (0 for a lone member).
  func similarityLeavingOut(_ vector: SparseVector) -> Float {
    var dot: Float = 0
    for (term, weight) in zip(vector.terms, vector.weights) {
      if let total = sum[term] { dot += weight * total }
    }
    // NB: |sum − v|² = |sum|² − 2 v·sum + |v|², and v·(sum − v) = v·sum − |v|².
    let own = vector.weights.reduce(0) { $0 + $1 * $1 }
    let restSquared = normSquared - 2 * dot + own
    guard members.count > 1, restSquared > 1e-6 else { return 0 }
    return (dot - own) / restSquared.squareRoot()
  }

  /// The length of the sum of the members' vectors.
  var length: Float { normSquared.squareRoot() }

  /// The centroid as a unit vector.
  var centroid: SparseVector {
    SparseVector(entries: sum.entries).normalized
  }
}
