import Foundation

/// Groups articles into stories, one batch at a time.
///
/// Each article becomes a TF-IDF vector (`StoryTermCounter`: headline and lead weighted, names
/// and numbers boosted, speakers and mentioned days as extra terms) and a day
/// (`ArticleDating`). Then:
///
/// 1. **Online pass.** The batch's articles, in time order (undated ones last, in input order),
///    each join the story whose centroid is most similar — cosine × `TimeDecay` — when that
///    similarity reaches `joinThreshold`, or start a new story. Candidate stories come from an
///    inverted index over the members' heaviest terms, so an article is compared with a handful
///    of stories, never with the whole corpus.
/// 2. **Split.** Every story the batch touched is cut in two (`ClusterBisector`) while the
///    halves are separable — members less than `splitRatio` as close to the other half's
///    centroid as to their own — and both keep `minimumPart` members: two look-alike events
///    that the online pass merged come apart.
/// 3. **Merge.** A touched story joins a candidate story when its members would, on average,
///    have joined that story's centroid, and the two are not separable by the same test: the
///    order of arrival no longer decides.
/// 4. **Reassign.** Each member of a touched story moves to the story it is now closest to,
///    when that is not its own.
///
/// Adding a batch reweights nothing already placed: earlier articles keep the vectors computed
/// with the document frequencies of their time (as a news library that grows does).
///
/// ```swift
/// var index = try StoryIndex()
/// index.add(articles)
/// for story in index.stories { print(story.map(\.rawValue)) }
/// ```
public struct StoryIndex: Sendable {
  /// The similarity (cosine with the story centroid, 0…1) an article needs to join a story.
  public var joinThreshold: Float = 0.15
  /// A story is two stories when a cut leaves its members less than this share as close to the
  /// other half as to their own (cross affinity < `splitRatio` × within affinity; see
  /// `ClusterBisector`).
  public var splitRatio: Float = 0.6
  /// The fewest members each half of a split keeps (a lone outlier is not a second event).
  public var minimumPart = 2
  /// How time gaps weaken similarity.
  var decay = TimeDecay()

  /// One article as the index keeps it.
  struct Document: Sendable {
    var id: ArticleID
    var vector: SparseVector
    var dating: ArticleDating
    /// The heaviest terms of `vector`, which index the document's story.
    var topTerms: [(term: UInt32, weight: Float)]
    /// The order of arrival, for deterministic ties.
    var arrival: Int
  }

  private(set) var documents: [Document] = []
  private(set) var clusters: [StoryCluster] = []
  private(set) var statistics = TermStatistics()
  private var postings: [UInt32: [Int32]] = [:]
  let counter: StoryTermCounter

  /// Terms per article that index its story for candidate lookup.
  private let indexedTerms = 12
  /// Stories compared exactly per article, the best by shared indexed terms.
  private let candidateLimit = 24
  /// Stories considered per story in the merge pass.
  private let mergeCandidateLimit = 8
  /// Newest stories read per posting list (recent stories are the likely ones).
  private let postingScanLimit = 2000

  /// An empty index with the stop words shipped in `Resources/rules/stopwords.rules`.
  public init() throws(StoryKitError) {
    counter = StoryTermCounter(stopWords: try StopWords.bundled())
  }

  /// The stories: each a list of article ids in time order (dated first), stories ordered by
  /// their first article.
  public var stories: [[ArticleID]] {
    orderedClusters().map { cluster in cluster.map { documents[$0].id } }
  }

  /// The number of articles indexed.
  public var articleCount: Int { documents.count }

  /// Adds a batch of articles and re-forms the stories they touch.
  ///
  /// - Parameters:
  ///   - articles: the new articles (syndicated copies are best left out and folded under their
  ///     original afterwards; see `StoryCatalog`).
  ///   - speakers: for each article, the canonical speaker of each of its quotes.
  public mutating func add(_ articles: [Article], speakers: [ArticleID: [String]] = [:]) {
    guard !articles.isEmpty else { return }
    let counter = self.counter
    let scanned = articles.parallelMap { article in
      let scalars = Array(article.cleanText.unicodeScalars)
      let words = StoryWordScanner.words(in: scalars, range: 0..<scalars.count)
      return (words: words, dating: ArticleDating.of(article, words: words))
    }
    let period = ArticleDating.period(
      of: documents.compactMap(\.dating.date?.date) + scanned.compactMap(\.dating.date?.date))
    let extracted = zip(articles, scanned).map { ($0, $1) }.parallelMap { article, scan in
      let dating =
        scan.dating.date == nil && period != nil
        ? ArticleDating.of(article, words: scan.words, period: period) : scan.dating
      let counts = counter.counts(
        of: article, words: scan.words, dating: dating, speakers: speakers[article.id] ?? [])
      return (dating: dating, counts: counts)
    }
    let registered = extracted.map { item in
      // NB: sorted, so term ids (and the float sums that follow their order) don't depend on
      // the per-process seed of dictionary hashing.
      let terms = item.counts.keys.sorted()
      return (ids: statistics.register(terms), counts: terms.map { item.counts[$0] ?? 0 })
    }
    let snapshot = statistics
    let vectors = registered.parallelMap { snapshot.vector(ids: $0.ids, counts: $0.counts) }
    let first = documents.count
    for (offset, article) in articles.enumerated() {
      documents.append(
        Document(
          id: article.id, vector: vectors[offset], dating: extracted[offset].dating,
          topTerms: vectors[offset].heaviest(indexedTerms), arrival: first + offset))
    }
    let batch = (first..<documents.count).sorted { timeKey($0) < timeKey($1) }
    var touched = Set<Int>()
    for document in batch { touched.insert(place(document)) }
    refine(touched)
  }

  // MARK: - Online pass

  /// Puts a document into the best story or a new one; returns the story's number.
  private mutating func place(_ document: Int) -> Int {
    let vector = documents[document].vector
    let day = documents[document].dating.date?.date.dayNumber
    var best: (cluster: Int, similarity: Float)?
    for candidate in candidates(forTopTerms: documents[document].topTerms) {
      let cluster = clusters[candidate]
      let similarity =
        cluster.similarity(to: vector)
        * decay.factor(day: day, first: cluster.firstDay)
      if similarity >= joinThreshold, similarity > (best?.similarity ?? 0) {
        best = (candidate, similarity)
      }
    }
    let target: Int
    if let best {
      target = best.cluster
    } else {
      target = clusters.count
      clusters.append(StoryCluster())
    }
    clusters[target].add(document, vector: vector, day: day)
    indexTerms(of: document, in: target)
    return target
  }

  /// The stories that share heavy terms with `vector`, the most promising first.
  private func candidates(for vector: SparseVector) -> [Int] {
    candidates(forTopTerms: vector.heaviest(indexedTerms))
  }

  private func candidates(forTopTerms top: [(term: UInt32, weight: Float)]) -> [Int] {
    var scores: [Int32: Float] = [:]
    for (term, weight) in top {
      guard let list = postings[term] else { continue }
      for cluster in list.suffix(postingScanLimit) { scores[cluster, default: 0] += weight }
    }
    return scores.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
      .prefix(candidateLimit).map { Int($0.key) }
  }

  private mutating func indexTerms(of document: Int, in cluster: Int) {
    let id = Int32(cluster)
    for (term, _) in documents[document].topTerms where postings[term]?.last != id {
      postings[term, default: []].append(id)
    }
  }

  // MARK: - Refinement

  private mutating func refine(_ touched: Set<Int>) {
    let vectors = documents.map(\.vector)
    // Split, story by story on all cores: each touched story becomes one or more parts.
    let splittable = touched.sorted().filter { clusters[$0].members.count >= 2 * minimumPart }
    let snapshot = self
    let chunkCount = min(splittable.count, ProcessInfo.processInfo.activeProcessorCount * 4)
    let chunks = (0..<chunkCount).map { chunk in
      stride(from: chunk, to: splittable.count, by: chunkCount).map { splittable[$0] }
    }
    let parts = chunks.parallelMap { chunk in
      var bisector = ClusterBisector(vocabulary: snapshot.statistics.vocabularySize)
      return chunk.map { cluster in
        snapshot.parts(
          of: snapshot.clusters[cluster].members, vectors: vectors, bisector: &bisector)
      }
    }
    var settled = touched.subtracting(splittable).sorted()
    for (chunk, chunkParts) in zip(chunks, parts) {
      for (cluster, pieces) in zip(chunk, chunkParts) {
        settled.append(cluster)
        guard pieces.count > 1 else { continue }
        clusters[cluster] = rebuilt(pieces[0])
        for piece in pieces.dropFirst() {
          settled.append(clusters.count)
          clusters.append(rebuilt(piece))
        }
      }
    }
    settled.sort()
    var bisector = ClusterBisector(vocabulary: statistics.vocabularySize)
    rebuildPostings()
    var retired = Set<Int>()
    var live = Set(settled)
    for cluster in settled.sorted() where !retired.contains(cluster) {
      if let target = mergeTarget(
        of: cluster, excluding: retired, vectors: vectors, bisector: &bisector)
      {
        clusters[target] = rebuilt(clusters[target].members + clusters[cluster].members)
        clusters[cluster] = StoryCluster()
        retired.insert(cluster)
        live.insert(target)
      }
    }
    reassignMembers(of: live.subtracting(retired).sorted())
    clusters.removeAll { $0.members.isEmpty }
    rebuildPostings()
  }

  /// Moves each member of `touched` stories to the story it is closest to, when that is not its
  /// own (its own centre counted without it): an article that arrived before its own event's
  /// story existed, and joined a look-alike, finds its way home. One round, decided for all
  /// members before any moves.
  private mutating func reassignMembers(of touched: [Int]) {
    let snapshot = self
    let members = touched.flatMap { cluster in clusters[cluster].members.map { (cluster, $0) } }
    let moves = members.parallelMap { cluster, member in
      snapshot.betterStory(for: member, than: cluster).map {
        (document: member, from: cluster, to: $0)
      }
    }.compactMap { $0 }
    guard !moves.isEmpty else { return }
    var leaving: [Int: Set<Int>] = [:]
    var arriving: [Int: [Int]] = [:]
    for move in moves {
      leaving[move.from, default: []].insert(move.document)
      arriving[move.to, default: []].append(move.document)
    }
    for cluster in Set(leaving.keys).union(arriving.keys).sorted() {
      let staying = clusters[cluster].members.filter { !(leaving[cluster]?.contains($0) ?? false) }
      clusters[cluster] = rebuilt(staying + (arriving[cluster] ?? []))
    }
  }

  /// The story `member` is closer to than to its own `cluster` (whose centre is counted
  /// without it), if any.
  private func betterStory(for member: Int, than cluster: Int) -> Int? {
    let document = documents[member]
    let day = document.dating.date?.date.dayNumber
    let own =
      clusters[cluster].similarityLeavingOut(document.vector)
      * decay.factor(day: day, first: clusters[cluster].firstDay)
    var best: (cluster: Int, similarity: Float)?
    for candidate in candidates(forTopTerms: document.topTerms).prefix(mergeCandidateLimit)
    where candidate != cluster {
      let other = clusters[candidate]
      guard !other.members.isEmpty else { continue }
      let similarity =
        other.similarity(to: document.vector) * decay.factor(day: day, first: other.firstDay)
      if similarity >= joinThreshold, similarity > max(own, best?.similarity ?? 0) {
        best = (candidate, similarity)
      }
    }
    return best?.cluster
  }

  /// `members` cut into stories: itself when no separable cut exists, else the parts of each
  /// half, recursively.
  private func parts(
    of members: [Int], vectors: [SparseVector], bisector: inout ClusterBisector
  ) -> [[Int]] {
    var pending = [members]
    var done: [[Int]] = []
    while let group = pending.popLast() {
      if let cut = separableCut(of: group, vectors: vectors, bisector: &bisector) {
        pending.append(cut.second)
        pending.append(cut.first)
      } else {
        done.append(group)
      }
    }
    return done
  }

  /// A cut of `members` into two stories, when the group holds two.
  private func separableCut(
    of members: [Int], vectors: [SparseVector], bisector: inout ClusterBisector
  ) -> ClusterBisector.Cut? {
    var days: [Int: Int] = [:]
    for member in members { days[member] = documents[member].dating.date?.date.dayNumber }
    guard members.count >= 2 * minimumPart,
      let cut = bisector.cut(members, vectors: vectors, days: days, minimumPart: minimumPart)
    else { return nil }
    let affinity = bisector.affinity(cut.first, cut.second, vectors: vectors)
    return affinity.cross < splitRatio * affinity.within ? cut : nil
  }

  /// The story `cluster` belongs with, if any: its members would, on average, join that story
  /// (time decay included), and the two are not separable.
  private func mergeTarget(
    of cluster: Int, excluding retired: Set<Int>, vectors: [SparseVector],
    bisector: inout ClusterBisector
  ) -> Int? {
    let members = clusters[cluster].members
    let centroid = clusters[cluster].centroid
    let length = clusters[cluster].length
    for candidate in candidates(for: centroid).prefix(mergeCandidateLimit)
    where candidate != cluster && !retired.contains(candidate) {
      let other = clusters[candidate]
      // NB: the members' mean similarity before time decay is |sum| × cos(centroids) / count;
      // when even that falls short, the per-member sums are not needed.
      guard length * other.similarity(to: centroid) / Float(members.count) >= joinThreshold else {
        continue
      }
      var total: Float = 0
      for member in members {
        let day = documents[member].dating.date?.date.dayNumber
        total +=
          other.similarity(to: vectors[member])
          * decay.factor(day: day, first: other.firstDay)
      }
      guard total / Float(members.count) >= joinThreshold else { continue }
      let affinity = bisector.affinity(members, other.members, vectors: vectors)
      if affinity.cross >= splitRatio * affinity.within { return candidate }
    }
    return nil
  }

  private func rebuilt(_ members: [Int]) -> StoryCluster {
    var cluster = StoryCluster()
    for member in members.sorted(by: { timeKey($0) < timeKey($1) }) {
      cluster.add(
        member, vector: documents[member].vector, day: documents[member].dating.date?.date.dayNumber
      )
    }
    return cluster
  }

  private mutating func rebuildPostings() {
    postings = [:]
    for (index, cluster) in clusters.enumerated() {
      for member in cluster.members { indexTerms(of: member, in: index) }
    }
  }

  // MARK: - Order

  /// Sorts dated documents by day, then undated ones, each by arrival.
  private func timeKey(_ document: Int) -> TimeKey {
    TimeKey(
      day: documents[document].dating.date?.date.dayNumber ?? Int.max,
      arrival: documents[document].arrival)
  }

  /// The stories as document numbers, in the order of `stories`.
  func orderedClusters() -> [[Int]] {
    clusters.map { $0.members.sorted { timeKey($0) < timeKey($1) } }
      .sorted { timeKey($0[0]) < timeKey($1[0]) }
  }
}

/// A document's place in time order.
private struct TimeKey: Comparable {
  var day: Int
  var arrival: Int

  static func < (lhs: TimeKey, rhs: TimeKey) -> Bool {
    (lhs.day, lhs.arrival) < (rhs.day, rhs.arrival)
  }
}
