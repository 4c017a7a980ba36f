/// A story while it is being built: its members and the sum of their TF-IDF vectors, whose
/// direction is the story's centroid.
struct StoryCluster: VectorSum, Sendable {
  /// Document numbers in the `StoryIndex`, in the order they joined.
  private(set) var members: [Int] = []
  /// Per term, the sum of the members' weights.
  private var sum = TermTable()
  private(set) var normSquared: Float = 0
  /// The earliest day (day number) of the dated members: the story's start.
  private(set) var firstDay: Int?
  /// How many members have text enough to be judged by their words (`StoryIndex.fullTextTerms`).
  private(set) var fullTextCount = 0
  /// Per name (term id), how many members give it (`StoryIndex.Document.names`).
  private var nameCounts: [UInt32: Int] = [:]

  /// Adds a member, with the names its text gives and whether it has text enough.
  mutating func add(
    _ document: Int, vector: SparseVector, day: Int?, names: [UInt32], fullText: Bool
  ) {
    members.append(document)
    if fullText { fullTextCount += 1 }
    for name in names { nameCounts[name, default: 0] += 1 }
    for (term, weight) in zip(vector.terms, vector.weights) {
      let old = sum.add(weight, to: term)
      let new = old + weight
      normSquared += new * new - old * old
    }
    if let day { firstDay = min(firstDay ?? day, day) }
  }

  var addedCount: Int { members.count }

  func dot(_ vector: SparseVector) -> Float {
    var dot: Float = 0
    for (term, weight) in zip(vector.terms, vector.weights) {
      if let total = sum[term] { dot += weight * total }
    }
    return dot
  }

  /// How many members give `name`.
  func count(ofName name: UInt32) -> Int { nameCounts[name] ?? 0 }

  /// Whether some member's vector holds `term`.
  func holds(_ term: UInt32) -> Bool { sum[term] != nil }

  /// The length of the sum of the members' vectors.
  var length: Float { normSquared.squareRoot() }

  /// The centroid as a unit vector.
  var centroid: SparseVector {
    SparseVector(entries: sum.entries).normalized
  }
}
