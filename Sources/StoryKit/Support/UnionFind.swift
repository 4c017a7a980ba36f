/// Disjoint sets over `0..<count` (union-find with path halving). Each set's representative
/// is its smallest member, so results don't depend on the order of unions.
struct UnionFind {
  private var parent: [Int]

  init(count: Int) { parent = Array(0..<count) }

  /// The representative of `x`'s set.
  mutating func find(_ x: Int) -> Int {
    var x = x
    while parent[x] != x {
      parent[x] = parent[parent[x]]
      x = parent[x]
    }
    return x
  }

  /// Joins the sets of `a` and `b`.
  mutating func union(_ a: Int, _ b: Int) {
    let (ra, rb) = (find(a), find(b))
    if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
  }
}
