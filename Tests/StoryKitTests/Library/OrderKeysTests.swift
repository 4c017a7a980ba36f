import Testing

@testable import StoryKit

@Suite("OrderKeys: sort keys that an update rewrites as little as it can")
struct OrderKeysTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var previous: [String]
    var order: [String]
    /// The items whose key must change (new ones included).
    var changed: Set<String>
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "nothing new", previous: ["a", "b", "c"], order: ["a", "b", "c"], changed: []),
    Case(name: "added at the end", previous: ["a", "b"], order: ["a", "b", "c"], changed: ["c"]),
    Case(
      name: "added at the start", previous: ["a", "b"], order: ["z", "a", "b"], changed: ["z"]),
    Case(
      name: "added between", previous: ["a", "b"], order: ["a", "x", "y", "b"], changed: ["x", "y"]),
    Case(name: "one removed", previous: ["a", "b", "c"], order: ["a", "c"], changed: []),
    Case(
      name: "one moved", previous: ["a", "b", "c", "d"], order: ["a", "c", "d", "b"], changed: ["b"]
    ),
    Case(name: "a first analysis", previous: [], order: ["a", "b"], changed: ["a", "b"]),
  ]

  @Test("stored items in order keep their keys; the keys sort as the order", arguments: cases)
  func keys(_ testCase: Case) {
    var previous: [String: Int64] = [:]
    for (position, id) in testCase.previous.enumerated() {
      previous[id] = OrderKeys.spacing * Int64(position + 1)
    }
    let result = OrderKeys.assign(order: testCase.order, previous: previous)
    #expect(result.changed == testCase.changed)
    let keys = result.keys
    #expect(keys.count == testCase.order.count)
    #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
  }

  @Test("a gap too narrow for what goes in numbers everything again, still in order")
  func narrowGap() {
    let previous: [String: Int64] = ["a": 1, "b": 2]
    let result = OrderKeys.assign(order: ["a", "x", "y", "b"], previous: previous)
    let keys = result.keys
    #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
    #expect(result.changed == ["a", "x", "y", "b"])
  }
}
