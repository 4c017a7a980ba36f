import StoryUI
import Testing

/// Moves through lists and texts as tables, carried over from the first reader's viewport tests
/// (`ListViewport`, `PagerViewport`) to the cursor and pager that replaced them.
@Suite struct ViewportTableTests {
  /// A list move, named for the test report.
  enum Move: Sendable, CustomStringConvertible {
    case down(Int)
    case up(Int)
    case pageDown
    case pageUp
    case first
    case end
    case resize(Int)

    var description: String {
      switch self {
      case .down(let n): "down \(n)"
      case .up(let n): "up \(n)"
      case .pageDown: "page down"
      case .pageUp: "page up"
      case .first: "home"
      case .end: "end"
      case .resize(let rows): "resize to \(rows)"
      }
    }

    func apply(to cursor: inout ListCursor) {
      switch self {
      case .down(let n): cursor.perform(Command(.moveDown, count: n))
      case .up(let n): cursor.perform(Command(.moveUp, count: n))
      case .pageDown: cursor.perform(Command(.pageDown))
      case .pageUp: cursor.perform(Command(.pageUp))
      case .first: cursor.perform(Command(.top))
      case .end: cursor.perform(Command(.bottom))
      case .resize(let rows): cursor.resize(visibleRows: rows)
      }
    }
  }

  struct ListCase: Sendable, CustomTestStringConvertible {
    var name: String
    var count: Int
    var rows: Int
    var moves: [Move]
    var selection: Int
    var top: Int
    var testDescription: String { name }
  }

  static let listCases: [ListCase] = [
    ListCase(name: "starts at the top", count: 10, rows: 4, moves: [], selection: 0, top: 0),
    ListCase(
      name: "down within the window", count: 10, rows: 4, moves: [.down(1)], selection: 1, top: 0),
    ListCase(
      name: "down past the window scrolls one", count: 10, rows: 4, moves: [.down(4)],
      selection: 4, top: 1),
    ListCase(
      name: "down stops at the last row", count: 10, rows: 4, moves: [.down(50)], selection: 9,
      top: 6),
    ListCase(
      name: "up stops at the first row", count: 10, rows: 4, moves: [.down(2), .up(5)],
      selection: 0, top: 0),
    ListCase(
      name: "up above the window scrolls", count: 10, rows: 4, moves: [.end, .up(4)],
      selection: 5, top: 5),
    ListCase(
      name: "page down keeps the screen line", count: 20, rows: 5, moves: [.down(2), .pageDown],
      selection: 7, top: 5),
    ListCase(
      name: "page down near the end clamps", count: 12, rows: 5,
      moves: [.down(2), .pageDown, .pageDown], selection: 11, top: 7),
    ListCase(
      name: "page up keeps the screen line", count: 20, rows: 5, moves: [.down(12), .pageUp],
      selection: 7, top: 3),
    ListCase(
      name: "page up at the top selects the first", count: 20, rows: 5,
      moves: [.down(2), .pageUp], selection: 0, top: 0),
    ListCase(name: "home", count: 20, rows: 5, moves: [.end, .first], selection: 0, top: 0),
    ListCase(name: "end", count: 20, rows: 5, moves: [.end], selection: 19, top: 15),
    ListCase(
      name: "fewer rows than lines never scrolls", count: 3, rows: 10, moves: [.end, .pageDown],
      selection: 2, top: 0),
    ListCase(
      name: "shrinking keeps the selection visible", count: 20, rows: 10,
      moves: [.down(9), .resize(4)], selection: 9, top: 6),
    ListCase(
      name: "growing scrolls back to fill the window", count: 20, rows: 5,
      moves: [.end, .resize(10)], selection: 19, top: 10),
    ListCase(
      name: "growing past the count shows everything", count: 6, rows: 3,
      moves: [.end, .resize(30)], selection: 5, top: 0),
    ListCase(
      name: "empty list", count: 0, rows: 4, moves: [.down(1), .end, .pageDown, .pageUp],
      selection: 0, top: 0),
  ]

  @Test(arguments: listCases)
  func list(_ c: ListCase) {
    var cursor = ListCursor(count: c.count, visibleRows: c.rows)
    for move in c.moves { move.apply(to: &cursor) }
    #expect(cursor.selection == c.selection)
    #expect(cursor.top == c.top)
    if c.count > 0 { #expect(cursor.visible.contains(cursor.selection)) }
  }

  struct PagerCase: Sendable, CustomTestStringConvertible {
    var name: String
    var lines: Int
    var rows: Int
    var steps: [@Sendable (inout PagerPosition) -> Void]
    var top: Int
    var testDescription: String { name }
  }

  static let pagerCases: [PagerCase] = [
    PagerCase(name: "starts at the top", lines: 30, rows: 10, steps: [], top: 0),
    PagerCase(
      name: "scrolls one line", lines: 30, rows: 10, steps: [{ $0.perform(Command(.moveDown)) }],
      top: 1),
    PagerCase(
      name: "cannot scroll above the top", lines: 30, rows: 10,
      steps: [{ $0.perform(Command(.moveUp, count: 3)) }], top: 0),
    PagerCase(
      name: "page down", lines: 30, rows: 10, steps: [{ $0.perform(Command(.pageDown)) }],
      top: 10),
    PagerCase(
      name: "page down stops at the last screenful", lines: 25, rows: 10,
      steps: [{ $0.perform(Command(.pageDown)) }, { $0.perform(Command(.pageDown)) }], top: 15),
    PagerCase(
      name: "page up", lines: 30, rows: 10,
      steps: [{ $0.perform(Command(.bottom)) }, { $0.perform(Command(.pageUp)) }], top: 10),
    PagerCase(
      name: "end", lines: 30, rows: 10, steps: [{ $0.perform(Command(.bottom)) }], top: 20),
    PagerCase(
      name: "short text never scrolls", lines: 4, rows: 10,
      steps: [{ $0.perform(Command(.pageDown)) }, { $0.perform(Command(.moveDown, count: 3)) }],
      top: 0),
    PagerCase(
      name: "taller window pulls back", lines: 30, rows: 10,
      steps: [{ $0.perform(Command(.bottom)) }, { $0.resize(lineCount: 30, visibleRows: 20) }],
      top: 10),
    PagerCase(
      name: "re-wrapped shorter text clamps", lines: 30, rows: 10,
      steps: [{ $0.perform(Command(.bottom)) }, { $0.resize(lineCount: 12, visibleRows: 10) }],
      top: 2),
  ]

  @Test(arguments: pagerCases)
  func pager(_ c: PagerCase) {
    var pager = PagerPosition(lineCount: c.lines, visibleRows: c.rows)
    for step in c.steps { step(&pager) }
    #expect(pager.top == c.top)
  }
}
