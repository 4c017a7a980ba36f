/// A selection and a scroll position over a list of rows shown in a window of fixed height.
///
/// `ListViewport` is pure arithmetic: it knows how many rows there are and how many fit on
/// screen, and keeps two invariants after every operation:
/// - the ``selection`` is a valid row index (0 when the list is empty);
/// - the selected row is visible: `offset <= selection < offset + height` (when `height > 0`),
///   and the window never scrolls past the end when it doesn't have to
///   (`offset <= max(0, count - height)`).
///
/// Row indices and the offset count rows from 0; heights count screen lines, one per row.
///
/// ```swift
/// var viewport = ListViewport(count: 100, height: 10)
/// viewport.pageDown()     // selection 10, offset 10
/// viewport.moveToEnd()    // selection 99, offset 90
/// viewport.resize(height: 5)  // selection 99, offset 95
/// ```
public struct ListViewport: Sendable, Hashable {
  /// The number of rows in the list, at least 0.
  public private(set) var count: Int
  /// The number of rows that fit on screen, at least 0.
  public private(set) var height: Int
  /// The index of the selected row; 0 when the list is empty.
  public private(set) var selection: Int
  /// The index of the first visible row.
  public private(set) var offset: Int

  /// Creates a viewport scrolled so that `selection` is visible.
  ///
  /// - Parameters:
  ///   - count: The number of rows; negative values count as 0.
  ///   - height: The number of rows that fit on screen; negative values count as 0.
  ///   - selection: The row to select, clamped to the list.
  public init(count: Int, height: Int, selection: Int = 0) {
    self.count = max(count, 0)
    self.height = max(height, 0)
    self.selection = selection
    self.offset = 0
    normalize()
  }

  /// The indices of the rows on screen, top to bottom.
  public var visibleRange: Range<Int> {
    offset..<min(offset + height, count)
  }

  /// Moves the selection `rows` rows up (towards index 0), stopping at the first row.
  public mutating func moveUp(by rows: Int = 1) {
    selection -= max(rows, 0)
    normalize()
  }

  /// Moves the selection `rows` rows down, stopping at the last row.
  public mutating func moveDown(by rows: Int = 1) {
    selection += max(rows, 0)
    normalize()
  }

  /// Scrolls up one screen, keeping the selection on the same screen line where possible.
  public mutating func pageUp() {
    let page = max(height, 1)
    selection -= page
    offset -= page
    normalize()
  }

  /// Scrolls down one screen, keeping the selection on the same screen line where possible.
  public mutating func pageDown() {
    let page = max(height, 1)
    selection += page
    offset += page
    normalize()
  }

  /// Selects the first row.
  public mutating func moveToFirst() {
    selection = 0
    normalize()
  }

  /// Selects the last row.
  public mutating func moveToEnd() {
    selection = count - 1
    normalize()
  }

  /// Changes the number of rows that fit on screen, keeping the selection visible.
  ///
  /// - Parameter height: The new height in rows; negative values count as 0.
  public mutating func resize(height: Int) {
    self.height = max(height, 0)
    normalize()
  }

  /// Restores the invariants: clamp the selection, then scroll as little as needed to show it.
  private mutating func normalize() {
    guard count > 0 else {
      selection = 0
      offset = 0
      return
    }
    selection = min(max(selection, 0), count - 1)
    let window = max(height, 1)  // NB: with height 0 the selection still anchors the offset.
    if selection < offset { offset = selection }
    if selection >= offset + window { offset = selection - window + 1 }
    offset = min(max(offset, 0), max(count - window, 0))
  }
}
