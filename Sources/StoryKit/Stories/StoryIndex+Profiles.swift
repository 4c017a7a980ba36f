extension StoryIndex {
  /// The centroid (unit vector) of a group of documents.
  func centroid(of members: [Int]) -> SparseVector {
    var cluster = StoryCluster()
    for member in members { cluster.add(member, vector: documents[member].vector, day: nil) }
    return cluster.centroid
  }

  /// The TF-IDF vector of a headline, over the index's vocabulary.
  func headlineVector(_ headline: String) -> SparseVector {
    let scalars = Array(headline.unicodeScalars)
    var counts: [UInt32: Float] = [:]
    for word in StoryWordScanner.words(in: scalars, range: 0..<scalars.count) {
      var text = word.text
      if text.hasSuffix("'s") { text.removeLast(2) }
      guard !counter.stopWords.contains(text), let id = statistics.id(of: text) else { continue }
      counts[id, default: 0] += 1
    }
    return statistics.vector(ids: Array(counts.keys), counts: Array(counts.values))
  }

  /// For each group, the other groups whose centroids are at least `minimum` similar, most
  /// similar first, at most `limit`. Candidates share heavy centroid terms (no all-pairs step).
  func relatedGroups(_ groups: [[Int]], minimum: Float, limit: Int) -> [[Int]] {
    let centroids = groups.map { centroid(of: $0) }
    var postings: [UInt32: [Int]] = [:]
    for (group, centroid) in centroids.enumerated() {
      for term in centroid.topTerms(20) { postings[term, default: []].append(group) }
    }
    return centroids.enumerated().map { group, centroid in
      var seen = Set<Int>([group])
      var scored: [(group: Int, similarity: Float)] = []
      for term in centroid.topTerms(20) {
        // NB: a term heading a thousand stories names a beat ("shares"), not a thread.
        guard let list = postings[term], list.count <= 1000 else { continue }
        for other in list where seen.insert(other).inserted {
          let similarity = centroid.dot(centroids[other])
          if similarity >= minimum { scored.append((other, similarity)) }
        }
      }
      return scored.sorted { ($0.similarity, $1.group) > ($1.similarity, $0.group) }
        .prefix(limit).map(\.group)
    }
  }
}
