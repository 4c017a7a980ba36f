/// The near-duplicate state of a growing corpus: shingles, signatures, LSH buckets and verified
/// pairs, updated article by article.
///
/// Adding articles computes only their shingles and signatures, files them in the LSH buckets
/// and verifies the candidate pairs they form (with earlier articles or each other); nothing
/// already known is recomputed. `groups()` then assembles the groups from the stored pairs.
///
/// ```swift
/// var index = DuplicateIndex()
/// index.add(monday)
/// index.add(tuesday)          // only Tuesday's articles are hashed and compared
/// let groups = index.groups()
/// ```
public struct DuplicateIndex: Sendable {
  /// What the index keeps of each article.
  struct Member: Sendable {
    var id: ArticleID
    var date: ArticleDate?
  }

  /// The thresholds used to verify pairs.
  public let detector: DuplicateDetector
  private let hasher: MinHasher
  private(set) var members: [Member] = []
  private var shingles: [ShingleSet] = []
  private var buckets: [[UInt64: [Int]]]
  private var edges: [Int: [Int: PairMeasure]] = [:]

  /// An empty index with the given thresholds.
  public init(detector: DuplicateDetector = DuplicateDetector()) {
    self.detector = detector
    hasher = MinHasher(count: DuplicateDetector.bands * DuplicateDetector.rows)
    buckets = Array(repeating: [:], count: DuplicateDetector.bands)
  }

  /// The number of articles indexed.
  public var count: Int { members.count }

  /// Adds articles: hashes them (on all cores), files them in the LSH buckets, and verifies the
  /// candidate pairs they take part in.
  ///
  /// - Parameter progress: called with the number of articles hashed, from worker threads.
  public mutating func add(_ articles: [Article], progress: (@Sendable (Int) -> Void)? = nil) {
    let hasher = self.hasher
    let prepared = articles.parallelMap(reporting: progress) { article -> (ShingleSet, [UInt32]) in
      let shingles = ShingleSet(text: article.cleanText)
      return (shingles, hasher.signature(of: shingles))
    }
    let first = members.count
    var candidates = Set<UInt64>()
    for (offset, article) in articles.enumerated() {
      let index = first + offset
      let (shingleSet, signature) = prepared[offset]
      members.append(Member(id: article.id, date: article.date))
      shingles.append(shingleSet)
      guard shingleSet.sorted.count >= detector.minShingles else { continue }
      for band in 0..<DuplicateDetector.bands {
        var hash = FNV1a()
        for row in 0..<DuplicateDetector.rows {
          hash.combine(word: signature[band * DuplicateDetector.rows + row])
        }
        let key = hash.value
        for other in buckets[band][key] ?? [] {
          candidates.insert(UInt64(other) << 32 | UInt64(index))
        }
        buckets[band][key, default: []].append(index)
      }
    }
    // Verification, on all cores.
    let pairs = Array(candidates)
    let shingles = self.shingles
    let detector = self.detector
    let verdicts = pairs.parallelMap { key -> PairMeasure? in
      let measure = PairMeasure(shingles[Int(key >> 32)], shingles[Int(key & 0xFFFF_FFFF)])
      return measure.containment >= detector.minContainment
        || measure.jaccard >= detector.minJaccard
        ? measure : nil
    }
    for (key, verdict) in zip(pairs, verdicts) {
      guard let verdict else { continue }
      let a = Int(key >> 32)
      let b = Int(key & 0xFFFF_FFFF)
      edges[a, default: [:]][b] = verdict
      edges[b, default: [:]][a] = verdict
    }
  }

  /// The duplicate groups of everything indexed (groups of two or more), in corpus order.
  public func groups() -> [DuplicateGroup] {
    detector.assemble(members, shingles: shingles, edges: edges)
  }
}
