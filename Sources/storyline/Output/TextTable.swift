import StoryUI

/// An aligned plain-text table for people: columns padded by display width, two spaces apart.
///
/// Given a line width, the table fits it: a text column is as wide as 95% of its cells need
/// (the longest few are cut with `…`); the last column is cut to the room left; and when the
/// other columns leave it less than ``minimumLastWidth``, the widest of them that are not
/// right-aligned (numbers are never cut) give up columns first, down to
/// ``minimumColumnWidth``. Without a width (a pipe), nothing is cut. All cell text is sanitised: no control
/// characters from articles reach the terminal.
struct TextTable {
  /// The fewest columns a cut column keeps.
  static let minimumColumnWidth = 6
  /// The room the last column (a title, most often) is given before other columns are cut.
  static let minimumLastWidth = 20

  var headers: [String]
  var rows: [[String]]
  /// Columns that are right-aligned (numbers).
  var rightAligned: Set<Int> = []

  /// The table's lines, the header first (bold when `style` is on), fitted to `width` columns
  /// when given.
  func render(style: TerminalStyle, width: Int?) -> [String] {
    let cells = rows.map { $0.map(TerminalText.sanitized) }
    let widths = columnWidths(cells, width: width)
    func line(_ row: [String]) -> String {
      var parts: [String] = []
      var used = 0
      for (index, cell) in row.enumerated() {
        if index == row.count - 1 {
          let room = width.map { max(8, $0 - used) }
          parts.append(room.map { TerminalText.truncated(cell, toColumns: $0) } ?? cell)
        } else {
          let fitted = TerminalText.truncated(cell, toColumns: widths[index])
          let pad = String(
            repeating: " ", count: max(0, widths[index] - TerminalText.columns(of: fitted)))
          parts.append(rightAligned.contains(index) ? pad + fitted : fitted + pad)
          used += widths[index] + 2
        }
      }
      return parts.joined(separator: "  ")
    }
    return [style.bold(line(headers))] + cells.map(line)
  }

  /// The width of every column but the last (which takes the rest), cut to fit `width`.
  func columnWidths(_ cells: [[String]], width: Int?) -> [Int] {
    var widths = headers.map { TerminalText.columns(of: $0) }
    for row in cells {
      for (index, cell) in row.enumerated() where index < widths.count - 1 {
        widths[index] = max(widths[index], TerminalText.columns(of: cell))
      }
    }
    guard let width, widths.count > 1 else { return widths }
    // NB: a few very long cells (a speaker named by a whole phrase) should not push every
    // line's last column off the screen: a text column is as wide as 95% of its cells need.
    for index in widths.indices.dropLast() where !rightAligned.contains(index) {
      let sizes = cells.compactMap { $0.count > index ? TerminalText.columns(of: $0[index]) : nil }
        .sorted()
      guard !sizes.isEmpty else { continue }
      let typical = sizes[min(sizes.count - 1, sizes.count * 95 / 100)]
      widths[index] = max(TerminalText.columns(of: headers[index]), min(widths[index], typical))
    }
    let last = widths.count - 1
    let lastWidest = cells.reduce(widths[last]) {
      max($0, $1.count > last ? TerminalText.columns(of: $1[last]) : 0)
    }
    let fixed = widths.dropLast().reduce(0) { $0 + $1 + 2 }
    var over = fixed + max(widths[last], min(Self.minimumLastWidth, lastWidest)) - width
    while over > 0 {
      // NB: the widest text column gives up columns first; numbers are never cut.
      let candidates = widths.indices.dropLast().filter {
        !rightAligned.contains($0) && widths[$0] > Self.minimumColumnWidth
      }
      guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
      let others = candidates.filter { $0 != widest }.map { widths[$0] }.max() ?? 0
      let cut = max(1, min(over, widths[widest] - max(Self.minimumColumnWidth, others)))
      widths[widest] -= cut
      over -= cut
    }
    return widths
  }
}
