import Foundation

extension StoryIndex {
  /// Splits, merges and reassigns the stories a batch touched (steps 2–4 of `StoryIndex`).
  mutating func refine(_ touched: Set<Int>) {
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
    var scores = CandidateScores()
    rebuildPostings()
    var retired = Set<Int>()
    var live = Set(settled)
    for cluster in settled.sorted() where !retired.contains(cluster) {
      if let target = mergeTarget(
        of: cluster, excluding: retired, vectors: vectors, bisector: &bisector, scores: &scores)
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
    let chunkSize = max(1, members.count / (ProcessInfo.processInfo.activeProcessorCount * 4))
    let chunks = stride(from: 0, to: members.count, by: chunkSize).map {
      members[$0..<min(members.count, $0 + chunkSize)]
    }
    let moves = chunks.parallelMap { chunk in
      var scores = CandidateScores()
      return chunk.compactMap { cluster, member in
        snapshot.betterStory(for: member, than: cluster, scores: &scores).map {
          (document: member, from: cluster, to: $0)
        }
      }
    }.flatMap { $0 }
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
  private func betterStory(for member: Int, than cluster: Int, scores: inout CandidateScores)
    -> Int?
  {
    let document = documents[member]
    let day = document.dating.date?.date.dayNumber
    let own =
      clusters[cluster].similarityLeavingOut(document.vector)
      * decay.factor(day: day, first: clusters[cluster].firstDay)
    let threshold = joinThreshold(for: member)
    var best: (cluster: Int, similarity: Float)?
    for candidate in candidates(forTopTerms: document.topTerms, scores: &scores)
      .prefix(mergeCandidateLimit)
    where candidate != cluster {
      let other = clusters[candidate]
      guard !other.members.isEmpty else { continue }
      let similarity =
        other.similarity(to: document.vector) * decay.factor(day: day, first: other.firstDay)
      if similarity >= threshold, similarity > max(own, best?.similarity ?? 0),
        fitsSubject(member, of: other)
      {
        best = (candidate, similarity)
      }
    }
    return best?.cluster
  }

  /// Whether two stories may merge: one of them has no subject, or one holds a subject of the
  /// other's (see `StoryIndex.fitsSubject`).
  private func shareSubject(_ first: StoryCluster, _ second: StoryCluster) -> Bool {
    guard first.members.contains(where: { !documents[$0].subject.isEmpty }),
      second.members.contains(where: { !documents[$0].subject.isEmpty })
    else { return true }
    func subjects(_ cluster: StoryCluster) -> [UInt32] {
      cluster.members.flatMap { documents[$0].subject }
    }
    return subjects(first).contains(where: second.holds)
      || subjects(second).contains(where: first.holds)
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
      let cut = bisector.cut(
        members, vectors: vectors, days: days,
        minimumPart: max(minimumPart, Int(Float(members.count) * minimumShare)))
    else { return nil }
    let affinity = bisector.affinity(cut.first, cut.second, vectors: vectors)
    return affinity.cross < splitRatio * affinity.within ? cut : nil
  }

  /// The story `cluster` belongs with, if any: its members would, on average, join that story
  /// (time decay included), and the two are not separable.
  private func mergeTarget(
    of cluster: Int, excluding retired: Set<Int>, vectors: [SparseVector],
    bisector: inout ClusterBisector, scores: inout CandidateScores
  ) -> Int? {
    let members = clusters[cluster].members
    let centroid = clusters[cluster].centroid
    let length = clusters[cluster].length
    // NB: the bar the members would each have to clear, on average.
    let threshold =
      members.reduce(0) { $0 + joinThreshold(for: $1) } / Float(max(1, members.count))
    for candidate in candidates(for: centroid, scores: &scores).prefix(mergeCandidateLimit)
    where candidate != cluster && !retired.contains(candidate) {
      let other = clusters[candidate]
      // NB: the members' mean similarity before time decay is |sum| × cos(centroids) / count;
      // when even that falls short, the per-member sums are not needed.
      guard length * other.similarity(to: centroid) / Float(members.count) >= threshold else {
        continue
      }
      var total: Float = 0
      for member in members {
        let day = documents[member].dating.date?.date.dayNumber
        total +=
          other.similarity(to: vectors[member])
          * decay.factor(day: day, first: other.firstDay)
      }
      guard total / Float(members.count) >= threshold, shareSubject(clusters[cluster], other)
      else { continue }
      let affinity = bisector.affinity(members, other.members, vectors: vectors)
      if affinity.cross >= splitRatio * affinity.within { return candidate }
    }
    return nil
  }
}
