/// Sort keys for rows whose order a library keeps in a column (articles in listing order,
/// stories in corpus order, speakers most quoted first), assigned so an update rewrites the
/// keys of as few stored rows as possible.
///
/// Keys are spaced `spacing` apart. When items are added, the stored items whose keys are
/// still in order (the longest increasing run of them, found in n·log n) keep their keys, and
/// the others take evenly spaced keys in the gaps between; only when a gap is too narrow is
/// everything numbered again.
///
/// ```swift
/// let keys = OrderKeys.assign(order: ["a", "new", "b"], previous: ["a": 1 << 20, "b": 2 << 20])
/// keys.keys             // [1 × 2²⁰, 1.5 × 2²⁰, 2 × 2²⁰]: a and b keep theirs
/// keys.changed          // ["new"]
/// ```
///
/// Linear in the items, plus n·log n for the run kept; the keys come back as an array in the
/// order's positions, so a large listing costs no dictionary.
enum OrderKeys {
  /// The gap between consecutive keys when numbering afresh.
  static let spacing: Int64 = 1 << 20

  /// The keys of an order, position by position, and what they replace.
  struct Assignment<ID: Hashable> {
    /// The items, in order.
    let order: [ID]
    /// Each item's key, at its position in `order`.
    let keys: [Int64]
    /// Each item's stored key, if it had one.
    let previous: [Int64?]

    /// The items whose key is new or differs from the stored one.
    var changed: Set<ID> {
      var changed = Set<ID>()
      for (position, id) in order.enumerated() where keys[position] != previous[position] {
        changed.insert(id)
      }
      return changed
    }
  }

  /// Keys for `order`, given the stored keys `previous`.
  static func assign<ID: Hashable>(order: [ID], previous: [ID: Int64]) -> Assignment<ID> {
    assign(order: order, previous: { previous[$0] })
  }

  /// Keys for `order`, given each item's stored key (`nil`: none).
  static func assign<ID: Hashable>(order: [ID], previous: (ID) -> Int64?) -> Assignment<ID> {
    let prior = order.map(previous)
    let kept = increasingRun(prior)
    var keys = Array(repeating: Int64(0), count: order.count)
    var index = 0
    var lower: Int64 = 0
    while index < order.count {
      if kept[index], let key = prior[index] {
        keys[index] = key
        lower = key
        index += 1
        continue
      }
      // A run of items without a kept key: spread them between their kept neighbours.
      var end = index
      while end < order.count, !kept[end] { end += 1 }
      let upper =
        end < order.count ? (prior[end] ?? Int64.max) : lower + spacing * Int64(end - index + 1)
      let step = (upper - lower) / Int64(end - index + 1)
      guard step >= 1 else {
        // NB: a gap too narrow for what goes in: everything numbered again.
        return Assignment(
          order: order, keys: order.indices.map { spacing * Int64($0 + 1) }, previous: prior)
      }
      for offset in index..<end { keys[offset] = lower + step * Int64(offset - index + 1) }
      lower = keys[end - 1]
      index = end
    }
    return Assignment(order: order, keys: keys, previous: prior)
  }

  /// The positions of a longest strictly increasing run of the non-nil values (patience
  /// sorting, n·log n), as a flag per position.
  static func increasingRun(_ values: [Int64?]) -> [Bool] {
    var tails: [Int] = []  // positions of the smallest tail of each run length
    var parent = Array(repeating: -1, count: values.count)
    for (position, value) in values.enumerated() {
      guard let value else { continue }
      let low = tails.partitioningIndex { (values[$0] ?? 0) >= value }
      if low > 0 { parent[position] = tails[low - 1] }
      if low == tails.count { tails.append(position) } else { tails[low] = position }
    }
    var run = Array(repeating: false, count: values.count)
    var position = tails.last ?? -1
    while position >= 0 {
      run[position] = true
      position = parent[position]
    }
    return run
  }
}
