import StoryUI

/// An aligned plain-text table for people: columns padded by display width; the last column
/// is cut to fit the line width (with `…`). All cell text is sanitised: no control characters
/// from articles reach the terminal.
struct TextTable {
  var headers: [String]
  var rows: [[String]]
  /// Columns that are right-aligned (numbers).
  var rightAligned: Set<Int> = []

  func render(style: TerminalStyle, width: Int?) -> [String] {
    let cells = rows.map { $0.map(TerminalText.sanitized) }
    var widths = headers.map { TerminalText.columns(of: $0) }
    for row in cells {
      for (index, cell) in row.enumerated() where index < widths.count - 1 {
        widths[index] = max(widths[index], TerminalText.columns(of: cell))
      }
    }
    func line(_ row: [String]) -> String {
      var parts: [String] = []
      var used = 0
      for (index, cell) in row.enumerated() {
        if index == row.count - 1 {
          let room = width.map { max(8, $0 - used) }
          parts.append(room.map { TerminalText.truncated(cell, toColumns: $0) } ?? cell)
        } else {
          let pad = String(
            repeating: " ", count: max(0, widths[index] - TerminalText.columns(of: cell)))
          parts.append(rightAligned.contains(index) ? pad + cell : cell + pad)
          used += widths[index] + 2
        }
      }
      return parts.joined(separator: "  ")
    }
    return [style.bold(line(headers))] + cells.map(line)
  }
}
