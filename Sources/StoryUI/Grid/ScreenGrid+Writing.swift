extension ScreenGrid {
  /// Writes `text` on `row` from `column`, in `role`, within `width` columns; returns the column
  /// after the last cell written.
  ///
  /// The text is sanitized first (``TerminalText/sanitized(_:)``: control characters, line
  /// separators and bidi controls become visible `\u{…}` escapes) and measured per grapheme
  /// (``TerminalText/columns(of:)-(Character)``). Text wider than the space is cut; with
  /// `ellipsis` (the default) the last column shows `…`. A wide grapheme that would straddle the
  /// end is replaced by a space; graphemes that take no column on their own (a lone combining
  /// mark) are dropped. Writing over half of a wide grapheme already in the grid blanks its
  /// other half.
  ///
  /// ```swift
  /// var grid = ScreenGrid(rows: 1, columns: 8)
  /// grid.write("Storyline reader", row: 0, column: 0, role: .title)
  /// grid.text(ofRow: 0)  // "Storyli…"
  /// ```
  ///
  /// - Parameters:
  ///   - text: Untrusted text, on one line.
  ///   - row: The row; outside the grid, nothing is written.
  ///   - column: The first column; text left of column 0 is cut off.
  ///   - width: The most columns to use; `nil` for the rest of the row.
  ///   - role: The role of every cell written.
  ///   - ellipsis: Whether a cut shows `…` in its last column.
  /// - Returns: The column just after the text, at most the end of the space.
  @discardableResult
  public mutating func write(
    _ text: String, row: Int, column: Int, width: Int? = nil, role: Role, ellipsis: Bool = true
  ) -> Int {
    guard row >= 0, row < rows else { return column }
    let end = min(columns, width.map { column + max(0, $0) } ?? columns)
    guard column < end else { return column }
    // NB: the text is sanitized and measured grapheme by grapheme, and only as far as the
    // space reaches: a quote of 5,000 characters costs a row, not 5,000 graphemes. (An unsafe
    // scalar is always a grapheme of its own, so this is the text `sanitized` would give.)
    var total = 0
    _ = Self.forEachShown(text) { character in
      total += TerminalText.columns(of: character)
      return total <= end - column
    }
    let fits = total <= end - column
    let limit = fits || !ellipsis ? end : end - 1
    var x = column
    _ = Self.forEachShown(text) { character in
      let span = TerminalText.columns(of: character)
      if span == 0 { return true }
      if x + span > limit {
        // NB: a wide grapheme that does not fit leaves a space, never half of itself.
        if x >= 0, x < limit { put(.blank(role), row: row, column: x) }
        x = limit
        return false
      }
      if x >= 0 { put(character, span: span, role: role, row: row, column: x) }
      x += span
      return true
    }
    if !fits, ellipsis, x < end, end - 1 >= 0 {
      put(Cell(.grapheme(Character(TerminalText.ellipsis)), role: role), row: row, column: end - 1)
      x = end
    }
    return max(x, column)
  }

  /// Calls `body` with each grapheme of `text` as drawn (an unsafe one as the graphemes of its
  /// visible escape, see ``TerminalText/sanitized(_:)``) until `body` returns `false`; returns
  /// whether it went through all of them.
  private static func forEachShown(_ text: String, _ body: (Character) -> Bool) -> Bool {
    for character in text {
      if character.unicodeScalars.contains(where: TerminalText.isUnsafe) {
        for piece in TerminalText.sanitized(String(character)) where !body(piece) { return false }
      } else if !body(character) {
        return false
      }
    }
    return true
  }

  /// Writes `text` so that it ends at `endColumn` (default: the row's end), cut from the left
  /// edge when it is wider than `width`; returns the column where it starts.
  @discardableResult
  public mutating func writeRight(
    _ text: String, row: Int, endColumn: Int? = nil, width: Int? = nil, role: Role
  ) -> Int {
    let end = min(columns, endColumn ?? columns)
    let space = min(width ?? end, end)
    let clean = TerminalText.sanitized(text)
    let fitted = TerminalText.truncated(clean, toColumns: space)
    let start = end - TerminalText.columns(of: fitted)
    write(fitted, row: row, column: start, width: end - start, role: role)
    return start
  }

  /// Writes styled runs one after the other from `column`, within `width` columns; returns the
  /// column after the last cell written. A cut shows `…` in the role of the run it cuts.
  @discardableResult
  public mutating func write(
    _ text: StyledText, row: Int, column: Int, width: Int? = nil
  ) -> Int {
    let end = min(columns, width.map { column + max(0, $0) } ?? columns)
    guard row >= 0, row < rows, column < end else { return column }
    let fits = text.columns <= end - column
    let limit = fits ? end : end - 1
    var x = column
    var cutRole = text.runs.last?.role ?? .normal
    for run in text.runs {
      let next = write(
        run.text, row: row, column: x, width: limit - x, role: run.role, ellipsis: false)
      if !fits, x + TerminalText.columns(of: run.text) > limit {
        cutRole = run.role
        x = next
        break
      }
      x = next
    }
    if !fits {
      write(TerminalText.ellipsis, row: row, column: end - 1, width: 1, role: cutRole)
      x = end
    }
    return x
  }

  /// Fills `row` with spaces in `role`.
  public mutating func fill(row: Int, role: Role) {
    guard row >= 0, row < rows else { return }
    for column in 0..<columns { cells[row * columns + column] = .blank(role) }
  }

  /// Fills every cell with a space in `role`.
  public mutating func clear(role: Role = .normal) {
    for index in cells.indices { cells[index] = .blank(role) }
  }

  /// Sets the role of `columns` on `row`, keeping the graphemes.
  public mutating func setRole(_ role: Role, row: Int, columns range: Range<Int>? = nil) {
    guard row >= 0, row < rows else { return }
    let range = (range ?? 0..<columns).clamped(to: 0..<columns)
    for column in range { cells[row * columns + column].role = role }
  }

  /// Copies `other` into this grid with its top-left corner at `row`, `column`, clipped.
  ///
  /// A wide grapheme whose second half would fall outside this grid becomes a space.
  public mutating func paste(_ other: ScreenGrid, row: Int, column: Int) {
    for y in 0..<other.rows where row + y >= 0 && row + y < rows {
      for x in 0..<other.columns {
        let cell = other[y, x]
        switch cell.content {
        case .continuation: continue
        case .grapheme(let character):
          let span = TerminalText.columns(of: character)
          guard column + x >= 0, column + x + span <= columns else {
            if contains(row: row + y, column: column + x) {
              put(.blank(cell.role), row: row + y, column: column + x)
            }
            continue
          }
          put(character, span: span, role: cell.role, row: row + y, column: column + x)
        }
      }
    }
  }

  // MARK: Cells

  /// Puts a grapheme of `span` columns (1 or 2) at `row`, `column`.
  private mutating func put(
    _ character: Character, span: Int, role: Role, row: Int, column: Int
  ) {
    put(Cell(.grapheme(Self.bounded(character)), role: role), row: row, column: column)
    if span == 2, column + 1 < columns {
      put(Cell(.continuation, role: role), row: row, column: column + 1)
    }
  }

  /// Puts one cell, blanking the other half of any wide grapheme it overwrites.
  private mutating func put(_ cell: Cell, row: Int, column: Int) {
    let index = row * columns + column
    let old = cells[index].content
    if old == .continuation, cell.content != .continuation, column > 0 {
      cells[index - 1] = .blank(cells[index - 1].role)
    }
    if case .grapheme(let character) = old, TerminalText.columns(of: character) == 2,
      column + 1 < columns, cells[index + 1].content == .continuation
    {
      cells[index + 1] = .blank(cells[index + 1].role)
    }
    cells[index] = cell
  }

  /// `character` with at most ``Cell/maximumScalars`` scalars.
  private static func bounded(_ character: Character) -> Character {
    let scalars = character.unicodeScalars
    guard scalars.count > Cell.maximumScalars else { return character }
    var kept = String.UnicodeScalarView()
    kept.append(contentsOf: scalars.prefix(Cell.maximumScalars))
    // NB: a prefix of a grapheme's scalars is one grapheme; `first` keeps this total anyway.
    return String(kept).first ?? character
  }
}
