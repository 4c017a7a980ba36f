extension RandomAccessCollection {
  /// The first index whose element satisfies `isAfter`, by bisection, or `endIndex` when none
  /// does. The elements must be partitioned by it: every element that fails comes before every
  /// element that satisfies it (a sorted array and `{ $0 >= value }`). O(log n).
  ///
  /// ```swift
  /// [1, 3, 5, 7].partitioningIndex { $0 >= 4 }   // 2
  /// ```
  func partitioningIndex(where isAfter: (Element) throws -> Bool) rethrows -> Index {
    var low = startIndex
    var count = self.count
    while count > 0 {
      let half = count / 2
      let middle = index(low, offsetBy: half)
      if try isAfter(self[middle]) {
        count = half
      } else {
        low = index(after: middle)
        count -= half + 1
      }
    }
    return low
  }
}
