/// Tests whether a group of articles is really two stories.
///
/// The group is cut in two by spherical 2-means (from a few seedings, see `cut`). The cut is judged by how close the members stand to the
/// other half compared with their own: the *cross affinity* (mean cosine of each member with the
/// other half's centroid) against the *within affinity* (mean cosine with its own half's
/// centroid, itself left out). One event told by many outlets has no such structure: any cut
/// leaves members nearly as close to the other half as to their own. Two look-alike events (two
/// phone calls between the same ministers, two earthquakes on one island) do: each article is
/// much closer to its own event's names, numbers and places.
struct ClusterBisector {
  /// The most 2-means rounds.
  var rounds = 10
  private var whole: TermAccumulator
  private var groupA: TermAccumulator
  private var groupB: TermAccumulator

  /// A bisector for term ids below `vocabulary`.
  init(vocabulary: Int) {
    whole = TermAccumulator(vocabulary: vocabulary)
    groupA = whole
    groupB = whole
  }

  /// A cut of a group into two halves.
  struct Cut: Sendable {
    var first: [Int]
    var second: [Int]
  }

  /// How close the members of two groups stand to each other's centroid and to their own.
  struct Affinity: Sendable {
    /// Mean cosine of each member with the other group's centroid.
    var cross: Float
    /// Mean cosine of each member with its own group's centroid, itself left out.
    var within: Float
  }

  /// The best two-way cut of `members` (document numbers into `vectors`): 2-means from each of
  /// a few seed pairs, keeping the cut whose halves are most separable (lowest cross / within
  /// affinity); `nil` when no seeding gives two halves of at least `minimumPart` members.
  ///
  /// Seed pairs: the member least like the group and the member least like that one; the
  /// members most and least like the group; and, when `days` dates members far apart, the
  /// earliest and the latest (two events a year apart are the likeliest split).
  mutating func cut(
    _ members: [Int], vectors: [SparseVector], days: [Int: Int] = [:], minimumPart: Int = 1
  ) -> Cut? {
    guard members.count >= 2 else { return nil }
    Self.fill(&whole, members, vectors)
    let scores = members.map { whole.similarity(to: vectors[$0]) }
    let position = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1, $0) })
    func centrality(_ member: Int) -> Float { scores[position[member] ?? 0] }
    let outlier = members.min { (centrality($0), $0) < (centrality($1), $1) } ?? members[0]
    let central = members.max { (centrality($0), $1) < (centrality($1), $0) } ?? members[0]
    let opposite =
      members.min {
        (vectors[outlier].dot(vectors[$0]), $0) < (vectors[outlier].dot(vectors[$1]), $1)
      } ?? members[0]
    var seeds = [(outlier, opposite), (central, outlier)]
    let dated = members.filter { days[$0] != nil }
    if let earliest = dated.min(by: { (days[$0] ?? 0, $0) < (days[$1] ?? 0, $1) }),
      let latest = dated.max(by: { (days[$0] ?? 0, $1) < (days[$1] ?? 0, $0) }),
      (days[latest] ?? 0) - (days[earliest] ?? 0) > 30
    {
      seeds.append((earliest, latest))
    }
    var best: (cut: Cut, ratio: Float)?
    for (seedA, seedB) in seeds where seedA != seedB {
      guard let cut = twoMeans(members, seeds: (seedA, seedB), vectors: vectors),
        min(cut.first.count, cut.second.count) >= minimumPart
      else { continue }
      let affinity = affinity(cut.first, cut.second, vectors: vectors)
      let ratio = affinity.within > 0 ? affinity.cross / affinity.within : Float.infinity
      if ratio < (best?.ratio ?? Float.infinity) { best = (cut, ratio) }
    }
    return best?.cut
  }

  private mutating func twoMeans(_ members: [Int], seeds: (Int, Int), vectors: [SparseVector])
    -> Cut?
  {
    Self.fill(&groupA, [seeds.0], vectors)
    Self.fill(&groupB, [seeds.1], vectors)
    var first: [Int] = []
    var second: [Int] = []
    for _ in 0..<rounds {
      var nextFirst: [Int] = []
      var nextSecond: [Int] = []
      for member in members {
        if groupA.similarity(to: vectors[member]) >= groupB.similarity(to: vectors[member]) {
          nextFirst.append(member)
        } else {
          nextSecond.append(member)
        }
      }
      if nextFirst.isEmpty || nextSecond.isEmpty { return nil }
      if nextFirst == first { break }
      first = nextFirst
      second = nextSecond
      Self.fill(&groupA, first, vectors)
      Self.fill(&groupB, second, vectors)
    }
    return Cut(first: first, second: second)
  }

  /// The affinities of the partition (`first`, `second`).
  mutating func affinity(_ first: [Int], _ second: [Int], vectors: [SparseVector]) -> Affinity {
    Self.fill(&groupA, first, vectors)
    Self.fill(&groupB, second, vectors)
    var cross: Float = 0
    var within: Float = 0
    for member in first {
      cross += groupB.similarity(to: vectors[member])
      within += groupA.similarityLeavingOut(vectors[member])
    }
    for member in second {
      cross += groupA.similarity(to: vectors[member])
      within += groupB.similarityLeavingOut(vectors[member])
    }
    let count = Float(first.count + second.count)
    return Affinity(cross: cross / count, within: within / count)
  }

  private static func fill(
    _ accumulator: inout TermAccumulator, _ members: [Int], _ vectors: [SparseVector]
  ) {
    accumulator.clear()
    for member in members { accumulator.add(vectors[member]) }
  }
}
