extension StoryIndex {
  /// Each group's profile: its centroid cut to the 50 heaviest terms, as a unit vector (what
  /// the story is about, cheap to compare however many articles it holds).
  func profiles(of groups: [[Int]]) -> [SparseVector] {
    // NB: on all cores, a range of groups each, with an accumulator of its own.
    let rangeSize = 512
    let ranges = stride(from: 0, to: groups.count, by: rangeSize).map {
      $0..<min(groups.count, $0 + rangeSize)
    }
    return ranges.parallelMap { range -> [SparseVector] in
      var accumulator = TermAccumulator(vocabulary: statistics.vocabularySize)
      return groups[range].map { group in
        accumulator.clear()
        for member in group { accumulator.add(documents[member].vector) }
        return SparseVector(entries: accumulator.centroid.heaviest(50)).normalized
      }
    }.flatMap { $0 }
  }

  /// The TF-IDF vector of a headline, over the index's vocabulary.
  func headlineVector(_ headline: String) -> SparseVector {
    let scalars = Array(headline.unicodeScalars)
    var counts: [UInt32: Float] = [:]
    for word in StoryWordScanner.words(in: scalars, range: 0..<scalars.count) {
      guard let term = StoryTermCounter.term(word), !counter.stopWords.contains(term),
        let id = statistics.id(of: term)
      else { continue }
      counts[id, default: 0] += 1
    }
    return statistics.vector(ids: Array(counts.keys), counts: Array(counts.values))
  }

  /// For each group (by its profile), the other groups whose profiles are at least `minimum`
  /// similar, most similar first, at most `limit`. Candidates share heavy terms (no all-pairs
  /// step); the groups are scored on all cores, a range of them at a time.
  func relatedGroups(_ centroids: [SparseVector], minimum: Float, limit: Int) -> [[Int]] {
    var postings: [UInt32: [Int]] = [:]
    let profiles = centroids.map { $0.topTerms(20) }
    for (group, terms) in profiles.enumerated() {
      for term in terms { postings[term, default: []].append(group) }
    }
    let lists = postings
    let rangeSize = 512
    let ranges = stride(from: 0, to: centroids.count, by: rangeSize).map {
      $0..<min(centroids.count, $0 + rangeSize)
    }
    return ranges.parallelMap { range -> [[Int]] in
      var shared = Array(repeating: 0 as Float, count: centroids.count)
      return range.map { group in
        let centroid = centroids[group]
        var touched: [Int] = []
        for term in profiles[group] {
          // NB: a term heading a thousand stories names a beat ("shares"), not a thread.
          guard let list = lists[term], list.count <= 1000 else { continue }
          for other in list where other != group {
            if shared[other] == 0 { touched.append(other) }
            shared[other] += 1
          }
        }
        // The stories sharing most heavy terms, compared exactly.
        let likely = TopSelection.best(4 * limit, of: touched) { shared[$0] }
        for other in touched { shared[other] = 0 }
        let scored = likely.map { (group: $0, similarity: centroid.dot(centroids[$0])) }
          .filter { $0.similarity >= minimum }
        return scored.sorted { ($0.similarity, $1.group) > ($1.similarity, $0.group) }
          .prefix(limit).map(\.group)
      }
    }.flatMap { $0 }
  }
}
