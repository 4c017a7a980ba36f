/// A screen's worth of character cells, each with a grapheme and a semantic ``Role``.
///
/// Screens draw into a grid (a pure function of their state); only a backend turns a grid into
/// terminal output, and tests compare ``plainText`` and ``roleMap`` with stored snapshots.
/// Cells can only be written through the helpers in `ScreenGrid+Writing.swift`, which sanitize
/// text, measure it in columns per grapheme and clip it, so a grid never holds a control
/// character and never a wide grapheme cut in half.
///
/// ```swift
/// var grid = ScreenGrid(size: GridSize(rows: 2, columns: 10))
/// grid.write("日本 news", row: 0, column: 0, role: .title)
/// grid.plainText  // "日本 news\n"
/// ```
public struct ScreenGrid: Hashable, Sendable {
  /// The grid's size.
  public let size: GridSize
  /// The cells, row by row.
  var cells: [Cell]

  /// Creates a grid of blank `normal` cells.
  public init(size: GridSize) {
    self.size = size
    self.cells = Array(repeating: .blank(), count: size.rows * size.columns)
  }

  /// Creates a grid of blank `normal` cells.
  public init(rows: Int, columns: Int) {
    self.init(size: GridSize(rows: rows, columns: columns))
  }

  /// The number of lines.
  public var rows: Int { size.rows }
  /// The number of columns.
  public var columns: Int { size.columns }

  /// The cell at `row`, `column` (both from 0).
  ///
  /// - Precondition: the position lies inside the grid (a programming error otherwise, never
  ///   caused by data: writers clip).
  public subscript(row: Int, column: Int) -> Cell {
    cells[row * size.columns + column]
  }

  /// Whether `row`, `column` lies inside the grid.
  public func contains(row: Int, column: Int) -> Bool {
    row >= 0 && row < size.rows && column >= 0 && column < size.columns
  }

  /// The cells of one row, left to right.
  public func row(_ row: Int) -> ArraySlice<Cell> {
    cells[(row * size.columns)..<((row + 1) * size.columns)]
  }

  /// The text of one row: every grapheme, continuations skipped, trailing spaces kept.
  public func text(ofRow row: Int) -> String {
    var line = ""
    for cell in self.row(row) {
      if let character = cell.grapheme { line.append(character) }
    }
    return line
  }
}
