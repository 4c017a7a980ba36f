/// The near-duplicate state of a growing corpus: signatures in LSH bands, verified pairs and
/// the groups they form, updated a batch at a time.
///
/// Adding articles computes only their shingles and signatures, looks their band keys up
/// among everything indexed, and verifies the candidate pairs they form (with earlier articles
/// or each other); removing articles drops their pairs. `groups(texts:)` then assembles again
/// only the components of pairs that changed and keeps the other groups as they were.
///
/// The shingle sets, which are large, are let go once the groups are assembled and never
/// saved (`write(to:)`): when a new article pairs with an earlier one, or a changed component
/// is assembled, the earlier members' shingles are made again from their clean text, which the
/// caller supplies.
///
/// ```swift
/// var index = DuplicateIndex()
/// index.add(monday)
/// index.add(tuesday)          // only Tuesday's articles are hashed and compared
/// let groups = index.groups(texts: { _ in [:] })
/// ```
public struct DuplicateIndex: Sendable {
  /// What the index keeps of each article.
  struct Member: Sendable {
    var id: ArticleID
    var date: ArticleDate?
    /// Taken out of the library; its number is not reused.
    var isRemoved = false
  }

  /// Clean texts of saved members by id, for shingles the index no longer holds.
  public typealias TextSource = @Sendable ([ArticleID]) throws(LibraryError) -> [ArticleID: String]

  /// The thresholds used to verify pairs.
  public let detector: DuplicateDetector
  let hasher: MinHasher
  var members: [Member] = []
  var memberNumber: [ArticleID: Int] = [:]
  /// Shingles of the members added since the index was made or read.
  private var shingles: [Int: ShingleSet] = [:]
  var bands: LSHBands
  var edges: [Int: [Int: PairMeasure]] = [:]
  /// Groups assembled so far, and the members whose component must be assembled again.
  var assembled: [DuplicateDetector.Assembled] = []
  var touched = Set<Int>()

  /// An empty index with the given thresholds.
  public init(detector: DuplicateDetector = DuplicateDetector()) {
    self.detector = detector
    hasher = MinHasher(count: DuplicateDetector.bands * DuplicateDetector.rows)
    bands = LSHBands(count: DuplicateDetector.bands)
  }

  /// The number of articles indexed.
  public var count: Int { memberNumber.count }

  /// Adds articles: hashes them (on all cores), looks their band keys up, and verifies the
  /// candidate pairs they take part in.
  ///
  /// - Parameters:
  ///   - texts: clean texts of saved members a new article may pair with.
  ///   - progress: called with the number of articles hashed, from worker threads.
  public mutating func add(
    _ articles: [Article], texts: TextSource = { _ in [:] },
    progress: (@Sendable (Int) -> Void)? = nil
  ) throws(LibraryError) {
    let hasher = self.hasher
    let prepared = articles.parallelMap(reporting: progress) { article -> (ShingleSet, [UInt32]) in
      let hashes = ShingleSet.hashes(of: article.cleanText)
      return (ShingleSet(hashes: hashes), hasher.signature(of: hashes))
    }
    let first = members.count
    var candidates = Set<UInt64>()
    for (offset, article) in articles.enumerated() {
      let index = first + offset
      let (shingleSet, signature) = prepared[offset]
      members.append(Member(id: article.id, date: article.date))
      memberNumber[article.id] = index
      shingles[index] = shingleSet
      guard shingleSet.sorted.count >= detector.minShingles else { continue }
      let keys = Self.bandKeys(of: signature)
      for (band, key) in keys.enumerated() {
        bands.forEach(band: band, key: key) { other in
          if !members[other].isRemoved {
            candidates.insert(UInt64(other) << 32 | UInt64(index))
          }
        }
      }
      bands.insert(keys, member: index)
    }
    try verify(candidates, texts)
  }

  /// The most saved members whose shingles are made again from their text at once: an update
  /// verifies and assembles in parts of this many, so its memory stays bounded whatever the
  /// size of the library.
  static let loadLimit = 16_384

  /// Verifies candidate pairs (`earlier << 32 | later`), on all cores, a part at a time: each
  /// part's saved members' shingles are made, used and let go.
  private mutating func verify(_ candidates: Set<UInt64>, _ texts: TextSource)
    throws(LibraryError)
  {
    // NB: sorted, so pairs with the same earlier member fall in the same part.
    let pairs = candidates.sorted()
    let detector = self.detector
    let empty = ShingleSet(text: "")
    var start = 0
    while start < pairs.count {
      var needed = Set<Int>()
      var end = start
      while end < pairs.count {
        let a = Int(pairs[end] >> 32)
        let b = Int(pairs[end] & 0xFFFF_FFFF)
        let missesA = shingles[a] == nil && !needed.contains(a)
        let missesB = shingles[b] == nil && !needed.contains(b)
        let missing = (missesA ? 1 : 0) + (missesB ? 1 : 0)
        if needed.count + missing > Self.loadLimit, end > start { break }
        if missesA { needed.insert(a) }
        if missesB { needed.insert(b) }
        end += 1
      }
      let loaded = try loadShingles(of: Array(needed), texts)
      let part = Array(pairs[start..<end])
      // NB: in a closure of its own, so the copy the workers read is let go before the part's
      // shingles are (no copy of the whole table on the first removal).
      let verdicts = { [shingles] in
        part.parallelMap { key -> PairMeasure? in
          let measure = PairMeasure(
            shingles[Int(key >> 32)] ?? empty, shingles[Int(key & 0xFFFF_FFFF)] ?? empty)
          return measure.containment >= detector.minContainment
            || measure.jaccard >= detector.minJaccard
            ? measure : nil
        }
      }()
      for (key, verdict) in zip(part, verdicts) {
        guard let verdict else { continue }
        let a = Int(key >> 32)
        let b = Int(key & 0xFFFF_FFFF)
        edges[a, default: [:]][b] = verdict
        edges[b, default: [:]][a] = verdict
        touched.formUnion([a, b])
      }
      for number in loaded { shingles[number] = nil }
      start = end
    }
  }

  /// Takes articles out: their pairs are dropped and the groups they were in are assembled
  /// again by the next `groups(texts:)`.
  public mutating func remove(_ ids: some Sequence<ArticleID>) {
    for id in ids {
      guard let number = memberNumber.removeValue(forKey: id) else { continue }
      members[number].isRemoved = true
      shingles[number] = nil
      for neighbour in edges.removeValue(forKey: number)?.keys ?? [:].keys {
        edges[neighbour]?[number] = nil
        if edges[neighbour]?.isEmpty == true { edges[neighbour] = nil }
        touched.insert(neighbour)
      }
      touched.insert(number)
    }
  }

  /// The duplicate groups of everything indexed (groups of two or more), in the order their
  /// first members were added. Only components that changed since the last call are assembled
  /// again.
  ///
  /// - Parameter texts: clean texts of saved members whose shingles are needed.
  public mutating func groups(texts: TextSource) throws(LibraryError) -> [DuplicateGroup] {
    var sets = UnionFind(count: members.count)
    for (a, neighbours) in edges {
      for b in neighbours.keys where a < b { sets.union(a, b) }
    }
    var components: [Int: [Int]] = [:]
    for index in edges.keys { components[sets.find(index), default: []].append(index) }
    // A group is kept when none of its members' components changed.
    let changedRoots = Set(touched.filter { !members[$0].isRemoved }.map { sets.find($0) })
    var kept = assembled.filter { group in
      let all = [group.original] + group.copies.compactMap { memberNumber[$0.article] }
      return all.count == group.copies.count + 1
        && all.allSatisfy { !members[$0].isRemoved && !changedRoots.contains(sets.find($0)) }
    }
    let changed = changedRoots.compactMap { components[$0] }.sorted {
      $0.min() ?? 0 < $1.min() ?? 0
    }
    // NB: a part at a time, each part's saved members' shingles made and let go (`loadLimit`);
    // a component is never split.
    var start = 0
    while start < changed.count {
      var end = start
      var size = 0
      while end < changed.count, end == start || size + changed[end].count <= Self.loadLimit {
        size += changed[end].count
        end += 1
      }
      let part = Array(changed[start..<end])
      let loaded = try loadShingles(of: part.flatMap { $0 }, texts)
      kept += detector.assemble(part, members, shingles: shingles, edges: edges)
      for number in loaded { shingles[number] = nil }
      start = end
    }
    kept.sort { $0.first < $1.first }
    assembled = kept
    touched = []
    // NB: the shingle sets are the index's bulk (several hundred MB for 100k articles) and
    // are needed again only when new articles pair with these: made again from their text.
    shingles = [:]
    return kept.map { group in
      DuplicateGroup(
        id: GroupID(original: members[group.original].id), original: members[group.original].id,
        copies: group.copies)
    }
  }

  /// Makes the shingles of saved members among `numbers` from their clean text.
  ///
  /// - Returns: the members whose shingles were made (the others were held already).
  private mutating func loadShingles(of numbers: [Int], _ texts: TextSource) throws(LibraryError)
    -> [Int]
  {
    let missing = Array(Set(numbers.filter { shingles[$0] == nil && !members[$0].isRemoved }))
    guard !missing.isEmpty else { return [] }
    let ids = missing.map { members[$0].id }
    let loaded = try texts(ids)
    let made = ids.parallelMap { id in ShingleSet(text: loaded[id] ?? "") }
    for (number, set) in zip(missing, made) { shingles[number] = set }
    return missing
  }

  /// The LSH key of each band of a signature.
  static func bandKeys(of signature: [UInt32]) -> [UInt64] {
    (0..<DuplicateDetector.bands).map { band in
      var hash = FNV1a()
      for row in 0..<DuplicateDetector.rows {
        hash.combine(word: signature[band * DuplicateDetector.rows + row])
      }
      return hash.value
    }
  }
}
