import Testing

@testable import CursesTerminal

@Suite struct ListViewportTests {
  /// A viewport operation, named for the test report.
  enum Move: Sendable, CustomStringConvertible {
    case up(Int)
    case down(Int)
    case pageUp
    case pageDown
    case first
    case end
    case resize(Int)

    var description: String {
      switch self {
      case .up(let n): "up \(n)"
      case .down(let n): "down \(n)"
      case .pageUp: "page up"
      case .pageDown: "page down"
      case .first: "home"
      case .end: "end"
      case .resize(let h): "resize to \(h)"
      }
    }

    func apply(to viewport: inout ListViewport) {
      switch self {
      case .up(let n): viewport.moveUp(by: n)
      case .down(let n): viewport.moveDown(by: n)
      case .pageUp: viewport.pageUp()
      case .pageDown: viewport.pageDown()
      case .first: viewport.moveToFirst()
      case .end: viewport.moveToEnd()
      case .resize(let h): viewport.resize(height: h)
      }
    }
  }

  /// A starting viewport, moves applied in order, and the expected selection and offset.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var count: Int
    var height: Int
    var selection = 0
    var moves: [Move]
    var expectedSelection: Int
    var expectedOffset: Int
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "starts at the top", count: 10, height: 4, moves: [], expectedSelection: 0,
      expectedOffset: 0),
    Case(
      name: "down within the window", count: 10, height: 4, moves: [.down(1)], expectedSelection: 1,
      expectedOffset: 0),
    Case(
      name: "down past the window scrolls one", count: 10, height: 4, moves: [.down(4)],
      expectedSelection: 4, expectedOffset: 1),
    Case(
      name: "down stops at the last row", count: 10, height: 4, moves: [.down(50)],
      expectedSelection: 9, expectedOffset: 6),
    Case(
      name: "up stops at the first row", count: 10, height: 4, moves: [.down(2), .up(5)],
      expectedSelection: 0, expectedOffset: 0),
    Case(
      name: "up above the window scrolls", count: 10, height: 4, moves: [.end, .up(4)],
      expectedSelection: 5, expectedOffset: 5),
    Case(
      name: "negative moves do nothing", count: 10, height: 4, selection: 3,
      moves: [.up(-2), .down(-2)], expectedSelection: 3, expectedOffset: 0),
    Case(
      name: "page down keeps the screen line", count: 20, height: 5, moves: [.down(2), .pageDown],
      expectedSelection: 7, expectedOffset: 5),
    Case(
      name: "page down near the end clamps", count: 12, height: 5,
      moves: [.down(2), .pageDown, .pageDown], expectedSelection: 11, expectedOffset: 7),
    Case(
      name: "page up keeps the screen line", count: 20, height: 5, moves: [.down(12), .pageUp],
      expectedSelection: 7, expectedOffset: 3),
    Case(
      name: "page up at the top selects the first", count: 20, height: 5,
      moves: [.down(2), .pageUp], expectedSelection: 0, expectedOffset: 0),
    Case(
      name: "home", count: 20, height: 5, moves: [.end, .first], expectedSelection: 0,
      expectedOffset: 0),
    Case(
      name: "end", count: 20, height: 5, moves: [.end], expectedSelection: 19, expectedOffset: 15),
    Case(
      name: "fewer rows than lines never scrolls", count: 3, height: 10, moves: [.end, .pageDown],
      expectedSelection: 2, expectedOffset: 0),
    Case(
      name: "shrinking keeps the selection visible", count: 20, height: 10,
      moves: [.down(9), .resize(4)], expectedSelection: 9, expectedOffset: 6),
    Case(
      name: "growing scrolls back to fill the window", count: 20, height: 5,
      moves: [.end, .resize(10)], expectedSelection: 19, expectedOffset: 10),
    Case(
      name: "growing past the count shows everything", count: 6, height: 3,
      moves: [.end, .resize(30)], expectedSelection: 5, expectedOffset: 0),
    Case(
      name: "height zero anchors at the selection", count: 10, height: 4,
      moves: [.down(6), .resize(0)], expectedSelection: 6, expectedOffset: 6),
    Case(
      name: "height zero then restored", count: 10, height: 4,
      moves: [.down(6), .resize(0), .resize(4)], expectedSelection: 6, expectedOffset: 6),
    Case(
      name: "empty list", count: 0, height: 4, moves: [.down(1), .end, .pageDown, .pageUp],
      expectedSelection: 0, expectedOffset: 0),
    Case(
      name: "initial selection is clamped", count: 5, height: 2, selection: 99, moves: [],
      expectedSelection: 4, expectedOffset: 3),
    Case(
      name: "negative initial selection is clamped", count: 5, height: 2, selection: -4, moves: [],
      expectedSelection: 0, expectedOffset: 0),
  ]

  @Test(arguments: cases)
  func moves(_ c: Case) {
    var viewport = ListViewport(count: c.count, height: c.height, selection: c.selection)
    for move in c.moves { move.apply(to: &viewport) }
    #expect(viewport.selection == c.expectedSelection)
    #expect(viewport.offset == c.expectedOffset)
    if c.count > 0, viewport.height > 0 {
      #expect(viewport.visibleRange.contains(viewport.selection))
    }
  }

  @Test func visibleRangeStopsAtTheLastRow() {
    let viewport = ListViewport(count: 3, height: 10)
    #expect(viewport.visibleRange == 0..<3)
  }

  @Test func negativeSizesCountAsZero() {
    let viewport = ListViewport(count: -1, height: -1)
    #expect(viewport.count == 0)
    #expect(viewport.height == 0)
    #expect(viewport.visibleRange.isEmpty)
  }
}
