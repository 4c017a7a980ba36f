/// Finds syndicated copies: articles that are the same text republished, with their own
/// header, footer, trimmed ending or small edits.
///
/// 1. Each article's clean text (boilerplate already removed) becomes a set of word
///    5-shingles (`ShingleSet`) and a 128-value MinHash signature (`MinHasher`).
/// 2. LSH banding (64 bands of 2 values) proposes candidate pairs down to a Jaccard
///    similarity of about 0.15, so trimmed and edited copies are not lost before they are
///    looked at (verification is exact and cheap).
/// 3. Each candidate pair is verified exactly: it is a copy when the shorter article's
///    shingles are mostly in the longer one (`minContainment`) or the two mostly agree
///    (`minJaccard`); articles with fewer than `minShingles` shingles never pair.
/// 4. Verified pairs form groups (union-find); a group keeps only members verified against its
///    original that also share text with the copies already in it, so a hub that resembles two
///    unrelated articles (a round-up) cannot chain them together.
///
/// Work grows with the corpus plus the candidate pairs; hashing is seeded, so results are the
/// same on every run.
public struct DuplicateDetector: Sendable {
  /// The share of the shorter article's shingles that must be in the longer one.
  public var minContainment = 0.6
  /// The Jaccard similarity that makes two articles copies whatever their lengths.
  public var minJaccard = 0.5
  /// The fewest distinct shingles an article needs to be compared (tiny texts never pair).
  public var minShingles = 15

  /// The least containment between two copies of one group (see `assemble`).
  static let minCopyOverlap = 0.3

  static let bands = 64
  static let rows = 2

  /// Creates a detector with the default thresholds.
  public init() {}

  /// The duplicate groups of `articles` (groups of two or more), in corpus order.
  ///
  /// - Parameter progress: called with the number of articles hashed, from worker threads.
  public func groups(_ articles: [Article], progress: (@Sendable (Int) -> Void)? = nil)
    -> [DuplicateGroup]
  {
    var index = DuplicateIndex(detector: self)
    // NB: every shingle set is in memory, so the text source is never asked and nothing throws.
    do {
      try index.add(articles, progress: progress)
      return try index.groups(texts: { _ in [:] })
    } catch {
      return []
    }
  }

  /// One assembled group, by member numbers of the index: what `DuplicateIndex` keeps between
  /// batches so only components that changed are assembled again.
  struct Assembled: Sendable {
    /// The component's smallest member number: groups are listed in this order.
    var first: Int
    var original: Int
    var copies: [DuplicateGroup.Copy]
  }

  /// Groups of the given components of verified edges, each split so every copy is verified
  /// against its group's original; the components are assembled on all cores, and their
  /// groups listed in the order of `components`.
  ///
  /// - Parameter shingles: every member of `components` has its shingles here.
  func assemble(
    _ components: [[Int]], _ articles: [DuplicateIndex.Member], shingles: [Int: ShingleSet],
    edges: [Int: [Int: PairMeasure]]
  ) -> [Assembled] {
    components.parallelMap { members in
      assemble(members, articles, shingles: shingles, edges: edges)
    }.flatMap { $0 }
  }

  /// The groups of one component.
  private func assemble(
    _ members: [Int], _ articles: [DuplicateIndex.Member], shingles: [Int: ShingleSet],
    edges: [Int: [Int: PairMeasure]]
  ) -> [Assembled] {
    let empty = ShingleSet(text: "")
    let shingleOf = { (member: Int) in shingles[member] ?? empty }
    var groups: [Assembled] = []
    var remaining = members.sorted()
    // NB: coverage is worked out once per component and lowered as members leave it, so a
    // component costs O(k²) intersections, not O(k³) (a templated corpus where every report
    // matches every other made one component of thousands).
    var coverage = Self.coverage(of: remaining, shingleOf)
    while remaining.count > 1 {
      let original =
        remaining.min { a, b in
          isBetterOriginal(a, than: b, articles, coverage: coverage)
        } ?? remaining[0]
      // Copies of one original share text with each other too; a member that matches the
      // original but none of the copies already taken (a round-up that holds two unrelated
      // stories) is left for a group of its own.
      var copies: [Int] = []
      let ranked = remaining.filter { $0 != original && edges[original]?[$0] != nil }
        .sorted { (edges[original]?[$0]?.jaccard ?? 0) > (edges[original]?[$1]?.jaccard ?? 0) }
      for candidate in ranked {
        let sharesWithCopies =
          copies.isEmpty
          || copies.contains { copy in
            PairMeasure(shingleOf(candidate), shingleOf(copy)).containment
              >= Self.minCopyOverlap
          }
        if sharesWithCopies { copies.append(candidate) }
      }
      guard !copies.isEmpty else {
        remaining.removeAll { $0 == original }
        Self.lower(&coverage, of: remaining, leaving: [original], shingleOf)
        continue
      }
      groups.append(
        Assembled(
          first: remaining.min() ?? original, original: original,
          copies: copies.compactMap { copy in
            guard let measure = edges[original]?[copy] else { return nil }
            return DuplicateGroup.Copy(
              article: articles[copy].id, similarity: measure.jaccard,
              containment: measure.containment,
              differences: Self.differences(
                copy: shingleOf(copy), original: shingleOf(original)))
          }.sorted { $0.similarity > $1.similarity }
        ))
      let grouped = Set(copies + [original])
      remaining.removeAll { grouped.contains($0) }
      Self.lower(&coverage, of: remaining, leaving: copies + [original], shingleOf)
    }
    return groups
  }

  /// Whether `a` is a better original than `b`: dated earlier, else more complete — it holds
  /// more of the other members' text (copies are trimmed, the original is whole) — else first in
  /// the corpus.
  private func isBetterOriginal(
    _ a: Int, than b: Int, _ articles: [DuplicateIndex.Member], coverage: [Int: Double]
  ) -> Bool {
    switch (articles[a].date, articles[b].date) {
    case (let x?, let y?) where x != y: return x < y
    case (_?, nil): return true
    case (nil, _?): return false
    default: break
    }
    let (coverA, coverB) = (coverage[a] ?? 0, coverage[b] ?? 0)
    if abs(coverA - coverB) > 1e-9 { return coverA > coverB }
    return a < b
  }

  /// Takes the shares of the members that `leaving` held out of the coverage of `remaining`.
  static func lower(
    _ coverage: inout [Int: Double], of remaining: [Int], leaving: [Int],
    _ shingles: (Int) -> ShingleSet
  ) {
    for b in leaving {
      let size = shingles(b).sorted.count
      guard size > 0 else { continue }
      for a in remaining {
        coverage[a, default: 0] -=
          Double(shingles(a).intersectionCount(with: shingles(b))) / Double(size)
      }
    }
  }

  /// For each member, the summed share of the other members' shingles it holds.
  static func coverage(of members: [Int], _ shingles: (Int) -> ShingleSet) -> [Int: Double] {
    var coverage: [Int: Double] = [:]
    for a in members {
      var total = 0.0
      for b in members where b != a {
        let size = shingles(b).sorted.count
        if size > 0 {
          total += Double(shingles(a).intersectionCount(with: shingles(b))) / Double(size)
        }
      }
      coverage[a] = total
    }
    return coverage
  }

  /// What differs between a copy and its original, read from where their shingles disagree.
  static func differences(copy: ShingleSet, original: ShingleSet) -> [String] {
    let originalSet = Set(original.sorted)
    let copySet = Set(copy.sorted)
    var found: [String] = []
    if copy.head.contains(where: { !originalSet.contains($0) }) {
      found.append("header")
    }
    if copy.tail.contains(where: { !originalSet.contains($0) }) {
      found.append("footer")
    }
    if original.tail.contains(where: { !copySet.contains($0) }) {
      found.append("trimmed")
    }
    if copy.inner.contains(where: { !originalSet.contains($0) }) { found.append("edited") }
    return found
  }
}

/// How much two shingle sets share.
struct PairMeasure: Sendable {
  var jaccard: Double
  var containment: Double

  init(jaccard: Double, containment: Double) {
    self.jaccard = jaccard
    self.containment = containment
  }

  init(_ a: ShingleSet, _ b: ShingleSet) {
    let shared = Double(a.intersectionCount(with: b))
    let sizeA = Double(a.sorted.count)
    let sizeB = Double(b.sorted.count)
    jaccard = shared / max(1, sizeA + sizeB - shared)
    containment = shared / max(1, min(sizeA, sizeB))
  }
}
