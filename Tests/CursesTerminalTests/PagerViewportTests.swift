import Testing

@testable import CursesTerminal

@Suite struct PagerViewportTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var count: Int
    var height: Int
    var steps: [@Sendable (inout PagerViewport) -> Void]
    var expectedTop: Int
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "starts at the top", count: 30, height: 10, steps: [], expectedTop: 0),
    Case(
      name: "scrolls one line", count: 30, height: 10, steps: [{ $0.scroll(by: 1) }], expectedTop: 1
    ),
    Case(
      name: "cannot scroll above the top", count: 30, height: 10, steps: [{ $0.scroll(by: -3) }],
      expectedTop: 0),
    Case(name: "page down", count: 30, height: 10, steps: [{ $0.pageDown() }], expectedTop: 10),
    Case(
      name: "page down stops at the last screenful", count: 25, height: 10,
      steps: [{ $0.pageDown() }, { $0.pageDown() }], expectedTop: 15),
    Case(
      name: "page up", count: 30, height: 10, steps: [{ $0.moveToEnd() }, { $0.pageUp() }],
      expectedTop: 10),
    Case(name: "end", count: 30, height: 10, steps: [{ $0.moveToEnd() }], expectedTop: 20),
    Case(
      name: "short text never scrolls", count: 4, height: 10,
      steps: [{ $0.pageDown() }, { $0.scroll(by: 3) }], expectedTop: 0),
    Case(
      name: "taller window pulls back", count: 30, height: 10,
      steps: [{ $0.moveToEnd() }, { $0.resize(count: 30, height: 20) }], expectedTop: 10),
    Case(
      name: "re-wrapped shorter text clamps", count: 30, height: 10,
      steps: [{ $0.moveToEnd() }, { $0.resize(count: 12, height: 10) }], expectedTop: 2),
  ]

  @Test(arguments: cases)
  func scrolling(_ c: Case) {
    var viewport = PagerViewport(count: c.count, height: c.height)
    for step in c.steps { step(&viewport) }
    #expect(viewport.top == c.expectedTop)
  }
}
