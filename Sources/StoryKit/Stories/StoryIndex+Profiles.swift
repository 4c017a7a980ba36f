extension StoryIndex {
  /// The profiles of the groups `numbers` names (positions in `groups`), by number: each
  /// group's centroid cut to the 50 heaviest terms, as a unit vector (what the story is about,
  /// cheap to compare however many articles it holds).
  func profiles(of groups: [[Int]], numbers: [Int]) -> [Int: SparseVector] {
    // NB: on all cores, a range of groups each, with an accumulator of its own.
    let rangeSize = 512
    let ranges = stride(from: 0, to: numbers.count, by: rangeSize).map {
      numbers[$0..<min(numbers.count, $0 + rangeSize)]
    }
    let computed = ranges.parallelMap { range -> [(Int, SparseVector)] in
      var accumulator = TermAccumulator(vocabulary: statistics.vocabularySize)
      return range.map { number in
        accumulator.clear()
        for member in groups[number] { accumulator.add(documents[member].vector) }
        return (number, SparseVector(entries: accumulator.centroid.heaviest(50)).normalized)
      }
    }
    var profiles: [Int: SparseVector] = [:]
    profiles.reserveCapacity(numbers.count)
    for range in computed {
      for (number, profile) in range { profiles[number] = profile }
    }
    return profiles
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
}
