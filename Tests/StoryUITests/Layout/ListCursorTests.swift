import Testing

@testable import StoryUI

@Suite struct ListCursorTests {
  @Test func movingPastTheWindowScrollsJustEnough() {
    var cursor = ListCursor(count: 100, visibleRows: 10)
    cursor.move(by: 12)
    #expect(cursor.selection == 12)
    #expect(cursor.visible == 3..<13)
    cursor.move(by: -5)
    #expect(cursor.visible == 3..<13)
    cursor.move(by: -1000)
    #expect(cursor.selection == 0)
    #expect(cursor.top == 0)
  }

  @Test func pagingMovesWindowAndSelection() {
    var cursor = ListCursor(count: 25, visibleRows: 10)
    cursor.perform(Command(.pageDown))
    #expect(cursor.selection == 10)
    #expect(cursor.top == 10)
    cursor.perform(Command(.pageDown))
    #expect(cursor.top == 15)
    #expect(cursor.selection == 20)
    cursor.perform(Command(.bottom))
    #expect(cursor.selection == 24)
    cursor.perform(Command(.halfPageUp))
    #expect(cursor.selection == 19)
    cursor.perform(Command(.top, count: 3))
    #expect(cursor.selection == 2)
  }

  struct ResizeCase: Sendable, CustomTestStringConvertible {
    var name: String
    var selection: Int
    var rows: [Int]
    var testDescription: String { name }
  }

  @Test(arguments: [
    ResizeCase(name: "shrink with selection low", selection: 18, rows: [20, 5, 20]),
    ResizeCase(name: "shrink to one row", selection: 7, rows: [10, 1, 30]),
    ResizeCase(name: "grow past the list", selection: 40, rows: [10, 100, 3]),
  ])
  func resizeKeepsTheSelectionInView(_ c: ResizeCase) {
    var cursor = ListCursor(count: 50, visibleRows: c.rows[0])
    cursor.select(c.selection)
    for rows in c.rows.dropFirst() {
      cursor.resize(visibleRows: rows)
      #expect(cursor.selection == c.selection)
      #expect(cursor.visible.contains(c.selection))
      #expect(cursor.top >= 0)
    }
  }

  @Test func emptyList() {
    var cursor = ListCursor(count: 0, visibleRows: 5)
    #expect(cursor.perform(Command(.moveDown)) == false)
    #expect(cursor.visible.isEmpty)
  }

  @Test func pagerStopsWithTheLastLineAtTheBottom() {
    var pager = PagerPosition(lineCount: 30, visibleRows: 10)
    pager.perform(Command(.pageDown, count: 5))
    #expect(pager.top == 20)
    #expect(pager.isAtEnd)
    pager.perform(Command(.moveUp, count: 3))
    #expect(pager.top == 17)
    pager.resize(lineCount: 12, visibleRows: 10)
    #expect(pager.top == 2)
  }
}
