import StoryKit
import Testing

@testable import StoryUI

/// The speakers and outlets at the end of a story line: both shown when they fit, else the
/// second outlet dropped and the speakers cut, so an outlet still shows.
@Suite struct StoryRowPeopleTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var speakers: [String]
    var sources: [String]
    var columns: Int
    var expected: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "everything fits", speakers: ["Sergei Lavrov", "Marco Rubio"],
      sources: ["TASS", "IANS"], columns: 60,
      expected: "Sergei Lavrov, Marco Rubio · TASS, IANS"),
    Case(
      name: "the second outlet goes first", speakers: ["Russian Foreign Ministry", "Sergei Lavrov"],
      sources: ["MENAFN", "TASS"], columns: 25, expected: "Russian Foreign… · MENAFN"),
    Case(
      name: "speakers keep half the room", speakers: ["Russian Foreign Ministry"],
      sources: ["A Very Long Outlet Name Indeed"], columns: 20,
      expected: "Russian F… · A Very…"),
    Case(
      name: "no outlets", speakers: ["Sergei Lavrov", "Marco Rubio"], sources: [], columns: 12,
      expected: "Sergei Lavr…"),
    Case(
      name: "no speakers", speakers: [], sources: ["Reuters", "AP"], columns: 40,
      expected: "Reuters, AP"),
    Case(
      name: "control characters are made visible before measuring", speakers: ["A\u{1B}B"],
      sources: ["W"], columns: 40, expected: "A\\u{1B}B · W"),
  ]

  @Test(arguments: cases)
  func people(_ c: Case) {
    let heading = StoryHeading(
      id: StoryID("s"), title: "T", firstDate: nil, lastDate: nil, articleCount: 1, copyCount: 0,
      sources: c.sources, speakers: c.speakers)
    let shown = StoryRowColumns.people(heading, columns: c.columns)
    #expect(shown == c.expected)
    #expect(TerminalText.columns(of: shown) <= c.columns)
  }
}

/// The count columns of a story line: every count and copy count whole, however large.
@Suite struct StoryRowCountTests {
  static func heading(_ id: String, articles: Int, copies: Int) -> StoryHeading {
    StoryHeading(
      id: StoryID(id), title: "Title \(id)", firstDate: nil, lastDate: nil,
      articleCount: articles, copyCount: copies, sources: ["Reuters"], speakers: [])
  }

  @Test(arguments: [100, 50])
  func largeCountsAreNeverCut(width: Int) {
    let items = [
      StoryListItem(heading: Self.heading("a", articles: 1204, copies: 493), isUnread: false),
      StoryListItem(heading: Self.heading("b", articles: 3, copies: 0), isUnread: false),
    ]
    let columns = StoryRowColumns(width: width, items: items)
    var grid = ScreenGrid(size: GridSize(rows: 2, columns: width))
    for (row, item) in items.enumerated() { columns.draw(item, into: &grid, row: row) }
    let lines = grid.plainText.split(separator: "\n").map(String.init)
    if width >= 60 {
      #expect(lines[0].contains(" 1204 +493 copies "))
    } else {
      #expect(lines[0].contains("1204+493 "))
    }
    #expect(!lines[0].contains("…"))
  }
}
