import Testing

@testable import StoryKit

@Suite("Sorted search: bisection over a partitioned collection")
struct SortedSearchTests {
  @Test(
    "the first index at or past a value, as a linear scan finds it",
    arguments: [
      ([Int](), 3, 0), ([1], 0, 0), ([1], 1, 0), ([1], 2, 1), ([1, 3, 5, 7], 4, 2),
      ([1, 3, 5, 7], 5, 2), ([1, 3, 5, 7], 8, 4), ([2, 2, 2, 5], 2, 0), ([2, 2, 2, 5], 3, 3),
    ])
  func partitioningIndex(values: [Int], value: Int, expected: Int) {
    #expect(values.partitioningIndex { $0 >= value } == expected)
    #expect(
      values.partitioningIndex { $0 >= value }
        == (values.firstIndex { $0 >= value } ?? values.count))
  }

  @Test("a slice answers with its own indices")
  func slice() {
    let values = [1, 3, 5, 7, 9][2...]
    #expect(values.partitioningIndex { $0 >= 7 } == 3)
    #expect(values.partitioningIndex { $0 >= 1 } == 2)
    #expect(values.partitioningIndex { $0 >= 10 } == 5)
  }
}
