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
/// keys.keys["new"]      // 1.5 × 2²⁰: a and b keep theirs
/// keys.changed          // ["new"]
/// ```
enum OrderKeys {
  /// The gap between consecutive keys when numbering afresh.
  static let spacing: Int64 = 1 << 20

  /// Keys for `order`, and the items whose key is new or differs from `previous`.
  static func assign<ID: Hashable>(order: [ID], previous: [ID: Int64]) -> (
    keys: [ID: Int64], changed: Set<ID>
  ) {
    let kept = increasingRun(order.map { previous[$0] })
    var keys: [ID: Int64] = [:]
    keys.reserveCapacity(order.count)
    var index = 0
    var lower: Int64 = 0
    while index < order.count {
      if kept.contains(index), let key = previous[order[index]] {
        keys[order[index]] = key
        lower = key
        index += 1
        continue
      }
      // A run of items without a kept key: spread them between their kept neighbours.
      var end = index
      while end < order.count, !kept.contains(end) { end += 1 }
      let upper =
        end < order.count
        ? (previous[order[end]] ?? Int64.max)
        : lower + spacing * Int64(end - index + 1)
      let step = (upper - lower) / Int64(end - index + 1)
      guard step >= 1 else { return numberedAfresh(order, previous: previous) }
      for offset in index..<end { keys[order[offset]] = lower + step * Int64(offset - index + 1) }
      lower = keys[order[end - 1]] ?? lower
      index = end
    }
    var changed = Set<ID>()
    for id in order where keys[id] != previous[id] { changed.insert(id) }
    return (keys, changed)
  }

  private static func numberedAfresh<ID: Hashable>(_ order: [ID], previous: [ID: Int64]) -> (
    keys: [ID: Int64], changed: Set<ID>
  ) {
    var keys: [ID: Int64] = [:]
    var changed = Set<ID>()
    for (position, id) in order.enumerated() {
      let key = spacing * Int64(position + 1)
      keys[id] = key
      if previous[id] != key { changed.insert(id) }
    }
    return (keys, changed)
  }

  /// The positions of a longest strictly increasing run of the non-nil values (patience
  /// sorting, n·log n).
  static func increasingRun(_ values: [Int64?]) -> Set<Int> {
    var tails: [Int] = []  // positions of the smallest tail of each run length
    var parent = Array(repeating: -1, count: values.count)
    for (position, value) in values.enumerated() {
      guard let value else { continue }
      var low = 0
      var high = tails.count
      while low < high {
        let middle = (low + high) / 2
        if (values[tails[middle]] ?? 0) < value { low = middle + 1 } else { high = middle }
      }
      if low > 0 { parent[position] = tails[low - 1] }
      if low == tails.count { tails.append(position) } else { tails[low] = position }
    }
    var run = Set<Int>()
    var position = tails.last ?? -1
    while position >= 0 {
      run.insert(position)
      position = parent[position]
    }
    return run
  }
}
