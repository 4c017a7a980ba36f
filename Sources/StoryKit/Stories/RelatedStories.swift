/// Each story's related stories, kept by the story's documents (`key(of:)`) so an update scores
/// again only the stories a change can reach, and finds the same lists as scoring them all.
///
/// A story's related stories come from its candidates: the `candidateLimit` other stories
/// sharing most heavy terms with it (the `heavyTerms` heaviest of each profile; a term heading
/// more than `beatSize` stories names a beat, not a thread, and is not counted), compared
/// exactly, the most similar first. A story that changed (new, gone, or with other originals)
/// alters another's candidates only when it shares at least as many heavy terms with it as its
/// last candidate did (`Entry.bar`), or when one of its terms passes `beatSize` either way.
/// An update scores again those stories and the changed ones; the others keep their lists.
///
/// ```swift
/// var related = RelatedStories()
/// let found = related.update(index, groups: groups, minimum: 0.15, limit: 5)
/// found.related[0]     // the group numbers related to the first group, most similar first
/// ```
///
/// Scoring all (no kept lists) is linear in the stories times their candidates' postings; an
/// update, in the changed stories' postings plus the stories scored again.
struct RelatedStories: Sendable {
  /// What is kept of one story.
  struct Entry: Equatable, Sendable {
    /// Its profile's heaviest terms, heaviest first.
    var terms: [UInt32]
    /// The shared heavy terms of its last candidate when it had `candidateLimit` of them,
    /// else 1: a changed story sharing as many may now be, or have been, one of them.
    var bar: Int
    /// Its related stories, by their keys.
    var related: [UInt64]
  }

  /// Heavy terms per story: those candidates are found by.
  let heavyTerms: Int
  /// The most stories a heavy term may head and still count.
  let beatSize: Int
  /// Candidates compared exactly per related story listed.
  static let candidatesPerRelated = 4

  /// The entries, by story key.
  var entries: [UInt64: Entry] = [:]

  /// No story yet; `heavyTerms` and `beatSize` as a library uses them (tests make them small).
  init(heavyTerms: Int = 20, beatSize: Int = 1000) {
    self.heavyTerms = heavyTerms
    self.beatSize = beatSize
  }

  /// One update's result.
  struct Found: Sendable {
    /// For each group, the related groups' numbers, most similar first.
    var related: [[Int]]
    /// The groups scored again (the others kept their lists), by number, ascending.
    var scored: [Int]
    /// The profiles computed (`StoryIndex.profiles`), by group number: those of the groups
    /// scored and of their candidates.
    var profiles: [Int: SparseVector]
  }

  /// The key of a group: its documents, in order. Document numbers, not article ids: an
  /// article analysed again under its id is a new document, with a new vector.
  static func key(of group: [Int]) -> UInt64 {
    var hash = FNV1a()
    for document in group { hash.combine(word: UInt32(truncatingIfNeeded: document)) }
    return hash.value
  }

  /// The related groups of `groups` (`StoryIndex.orderedClusters`): those whose profile is at
  /// least `minimum` similar, at most `limit`; kept from the entries where no change reaches
  /// them, scored otherwise. The entries become those of `groups`.
  ///
  /// - Parameters:
  ///   - index: the index the groups' documents are in.
  ///   - groups: document numbers, each group in member order, groups in story order.
  ///   - minimum: the least similarity of a related story.
  ///   - limit: the most related stories per story. `minimum` and `limit` must be those of
  ///     the call that made the entries (a library's are constants,
  ///     `StoryCatalog.relatedThreshold` and `relatedLimit`).
  /// - Returns: each group's related groups, and the profiles computed on the way.
  mutating func update(
    _ index: StoryIndex, groups: [[Int]], minimum: Float, limit: Int
  ) -> Found {
    let keys = groups.parallelMap(Self.key(of:))
    let beatSize = self.beatSize
    var number: [UInt64: Int] = [:]
    number.reserveCapacity(groups.count)
    var repeated = Set<UInt64>()
    for (position, key) in keys.enumerated() where number.updateValue(position, forKey: key) != nil
    {
      repeated.insert(key)
    }
    // NB: every group of a key seen twice (a hash collision) is a change, scored afresh.
    let changed = keys.indices.filter { repeated.contains(keys[$0]) || entries[keys[$0]] == nil }
    let present = Set(keys)
    let gone = entries.filter { !present.contains($0.key) }.map(\.value)

    var profiles = index.profiles(of: groups, numbers: changed)
    var terms: [[UInt32]] = keys.map { entries[$0]?.terms ?? [] }
    for position in changed {
      terms[position] = profiles[position]?.topTerms(heavyTerms) ?? []
    }
    var postings: [UInt32: [Int]] = [:]
    for (position, heavy) in terms.enumerated() {
      for term in heavy { postings[term, default: []].append(position) }
    }

    var rescore = Set(changed)
    // Terms that passed the beat size either way: each story heading one is scored again.
    var delta: [UInt32: Int] = [:]
    for position in changed {
      for term in terms[position] { delta[term, default: 0] += 1 }
    }
    for entry in gone {
      for term in entry.terms { delta[term, default: 0] -= 1 }
    }
    var crossed = Set<UInt32>()
    for (term, change) in delta where change != 0 {
      let now = postings[term]?.count ?? 0
      if (now > beatSize) != (now - change > beatSize) { crossed.insert(term) }
    }
    for term in crossed { rescore.formUnion(postings[term] ?? []) }
    // Stories a changed one shares enough heavy terms with.
    var sharing = SharedTerms(stories: groups.count)
    func reach(from heavy: [UInt32], skipping own: Int?) {
      sharing.count(heavy, postings: postings, beatSize: beatSize, own: own, leavingOut: crossed)
      for other in sharing.touched where sharing.counts[other] >= entries[keys[other]]?.bar ?? 1 {
        rescore.insert(other)
      }
      sharing.clear()
    }
    for position in changed { reach(from: terms[position], skipping: position) }
    for entry in gone { reach(from: entry.terms, skipping: nil) }
    // NB: a kept list naming a story no longer here is scored again (it cannot happen when
    // the bars hold; a safeguard, not a path).
    for (position, key) in keys.enumerated() where !rescore.contains(position) {
      if entries[key]?.related.contains(where: { number[$0] == nil }) ?? true {
        rescore.insert(position)
      }
    }

    // The stories scored: their candidates by shared heavy terms, then compared exactly.
    let scored = rescore.sorted()
    let lists = postings
    let candidateLimit = Self.candidatesPerRelated * limit
    let rangeSize = 512
    let ranges = stride(from: 0, to: scored.count, by: rangeSize).map {
      scored[$0..<min(scored.count, $0 + rangeSize)]
    }
    let frozenTerms = terms
    let count = groups.count
    let candidates = ranges.parallelMap { range -> [(likely: [Int], bar: Int)] in
      var sharing = SharedTerms(stories: count)
      return range.map { group in
        sharing.count(frozenTerms[group], postings: lists, beatSize: beatSize, own: group)
        let likely = TopSelection.best(candidateLimit, of: sharing.touched) {
          Float(sharing.counts[$0])
        }
        let bar = likely.count == candidateLimit ? likely.last.map { sharing.counts[$0] } ?? 1 : 1
        sharing.clear()
        return (likely, bar)
      }
    }.flatMap { $0 }
    var needed = Set(scored)
    for candidate in candidates { needed.formUnion(candidate.likely) }
    let missing = needed.filter { profiles[$0] == nil }.sorted()
    profiles.merge(index.profiles(of: groups, numbers: missing)) { old, _ in old }

    var related: [[Int]] = keys.map { key in
      (entries[key]?.related ?? []).compactMap { number[$0] }
    }
    let frozenProfiles = profiles
    let fresh = zip(scored, candidates.map(\.likely)).map { $0 }.parallelMap {
      group, likely -> [Int] in
      guard let centroid = frozenProfiles[group] else { return [] }
      let similar = likely.compactMap { other -> (group: Int, similarity: Float)? in
        guard let profile = frozenProfiles[other] else { return nil }
        let similarity = centroid.dot(profile)
        return similarity >= minimum ? (other, similarity) : nil
      }
      return similar.sorted { ($0.similarity, $1.group) > ($1.similarity, $0.group) }
        .prefix(limit).map(\.group)
    }
    var bars: [Int: Int] = [:]
    for (position, group) in scored.enumerated() {
      related[group] = fresh[position]
      bars[group] = candidates[position].bar
    }

    var next: [UInt64: Entry] = [:]
    next.reserveCapacity(groups.count)
    for (position, key) in keys.enumerated() {
      next[key] = Entry(
        terms: terms[position], bar: bars[position] ?? entries[key]?.bar ?? 1,
        related: related[position].map { keys[$0] })
    }
    entries = next
    return Found(related: related, scored: scored, profiles: profiles)
  }

  /// For one story's heavy terms, how many of them each other story shares (a term heading
  /// more than the beat size, or left out, not counted); reused story after story.
  private struct SharedTerms {
    /// By story number; zero for the stories not touched.
    private(set) var counts: [Int]
    /// The stories sharing at least one term, in the order first met.
    private(set) var touched: [Int] = []

    init(stories: Int) {
      counts = Array(repeating: 0, count: stories)
    }

    /// Counts the terms of `heavy` each story other than `own` shares, from `postings`.
    mutating func count(
      _ heavy: [UInt32], postings: [UInt32: [Int]], beatSize: Int, own: Int?,
      leavingOut: Set<UInt32> = []
    ) {
      for term in heavy where !leavingOut.contains(term) {
        guard let list = postings[term], list.count <= beatSize else { continue }
        for other in list where other != own {
          if counts[other] == 0 { touched.append(other) }
          counts[other] += 1
        }
      }
    }

    /// Back to no story touched.
    mutating func clear() {
      for other in touched { counts[other] = 0 }
      touched.removeAll(keepingCapacity: true)
    }
  }
}
