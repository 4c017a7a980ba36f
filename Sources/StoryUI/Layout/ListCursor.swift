/// The selected row of a list and the rows in view, kept consistent through moves and resizes.
///
/// The selection is always a valid row (0 for an empty list) and always in view. Moving past
/// the window scrolls just enough; paging moves the window and the selection together; a
/// resize keeps the selected row, and keeps it on the same screen line where the new window
/// allows.
///
/// ```swift
/// var cursor = ListCursor(count: 100, visibleRows: 10)
/// cursor.move(by: 15)      // selection 15, rows 6..<16 in view
/// cursor.resize(visibleRows: 5)  // selection 15 stays in view
/// ```
public struct ListCursor: Hashable, Sendable {
  /// The number of rows in the list.
  public private(set) var count: Int
  /// The selected row (0 when the list is empty).
  public private(set) var selection: Int = 0
  /// The first row in view.
  public private(set) var top: Int = 0
  /// How many rows fit in the window.
  public private(set) var visibleRows: Int

  /// Creates a cursor on the first row.
  public init(count: Int, visibleRows: Int = 1) {
    self.count = max(0, count)
    self.visibleRows = max(1, visibleRows)
  }

  /// The rows in view.
  public var visible: Range<Int> { top..<min(count, top + visibleRows) }

  /// Where the selection stands, `3/12`, for a screen's status line; `nil` for an empty list.
  public var position: String? { count == 0 ? nil : "\(selection + 1)/\(count)" }

  /// The row drawn on `line` of the window (0: the first in view), if a row is there.
  public func row(atVisibleLine line: Int) -> Int? {
    guard line >= 0, line < visibleRows, top + line < count else { return nil }
    return top + line
  }

  /// Changes the number of rows, keeping the selection where it still exists.
  public mutating func setCount(_ count: Int) {
    self.count = max(0, count)
    select(selection)
  }

  /// Fits the window to `visibleRows`, keeping the selection in view on the same line if it can.
  public mutating func resize(visibleRows: Int) {
    let line = selection - top
    self.visibleRows = max(1, visibleRows)
    top = selection - min(line, self.visibleRows - 1)
    clampTop()
  }

  /// Scrolls up as far as the selection allows: the first rows of the list in view when the
  /// selection is among them (for a screen opened on a row below a few headings).
  public mutating func scrollToTop() {
    top = max(0, selection - visibleRows + 1)
  }

  /// Selects `row` (clamped to the list), scrolling just enough to show it.
  public mutating func select(_ row: Int) {
    selection = count == 0 ? 0 : min(max(0, row), count - 1)
    if selection < top { top = selection }
    if selection >= top + visibleRows { top = selection - visibleRows + 1 }
    clampTop()
  }

  /// Moves the selection by `delta` rows; returns whether it moved.
  @discardableResult
  public mutating func move(by delta: Int) -> Bool {
    let before = self
    select(selection + delta)
    return before != self
  }

  /// Moves the window and the selection together by `delta` rows (negative: up), as paging
  /// does (`delta` = ``visibleRows``); returns whether anything moved.
  @discardableResult
  public mutating func scroll(by delta: Int) -> Bool {
    let before = self
    top = max(0, min(top + delta, count - visibleRows))
    select(selection + delta)
    return before != self
  }

  /// Keeps `top` within the list, with no blank space after the last row when the list is long.
  private mutating func clampTop() {
    top = max(0, min(top, count - visibleRows))
    if selection < top { top = selection }
  }
}
