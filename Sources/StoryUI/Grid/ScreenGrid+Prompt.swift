extension ScreenGrid {
  /// Writes a typing prompt on `row`: ` / ` then `text`, showing its end when it is too long
  /// (where the typing is), and a cursor block after it while `isEditing`.
  mutating func writePrompt(_ text: String, isEditing: Bool, row: Int) {
    var x = write(" / ", row: row, column: 0, role: .title)
    let space = columns - x - 1
    let shown =
      TerminalText.columns(of: TerminalText.sanitized(text)) > space
      ? "…" + String(text.suffix(max(0, space - 1))) : text
    x = write(shown, row: row, column: x, width: space, role: .normal)
    if isEditing { write(" ", row: row, column: x, width: 1, role: .selected) }
  }
}
