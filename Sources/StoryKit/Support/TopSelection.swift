/// Picks the best few of many scored items without sorting them all.
enum TopSelection {
  /// The `limit` items with the highest scores, best first; ties go to the smaller item.
  static func best(_ limit: Int, of items: [Int], score: (Int) -> Float) -> [Int] {
    var best: [(item: Int, score: Float)] = []
    best.reserveCapacity(limit + 1)
    for item in items {
      let value = score(item)
      if best.count == limit, let last = best.last,
        value < last.score || (value == last.score && item > last.item)
      {
        continue
      }
      let position =
        best.firstIndex { value > $0.score || (value == $0.score && item < $0.item) } ?? best.count
      best.insert((item, value), at: position)
      if best.count > limit { best.removeLast() }
    }
    return best.map(\.item)
  }
}
