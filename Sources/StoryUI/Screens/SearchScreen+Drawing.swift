import StoryKit

extension SearchScreen {
  public func draw(into grid: inout ScreenGrid) {
    grid.writePrompt(query, isEditing: isEditing, row: 0)

    guard !query.isEmpty else {
      let help = StyledText(Self.help, role: .dim).wrapped(toColumns: max(1, grid.columns - 2))
      for (index, line) in help.enumerated() where index + 2 < grid.rows {
        grid.write(line, row: index + 2, column: 1)
      }
      return
    }
    let dateWidth = grid.columns < 60 ? 6 : 11
    let sourceWidth = grid.columns < 60 ? 0 : 12
    for (line, index) in cursor.visible.enumerated() {
      let row = 1 + line * Self.rowsPerHit
      let hit = hits[index]
      let preview = previews[hit.article]
      let isSelected = index == cursor.selection
      let date = grid.columns < 60 ? DateText.short(hit.date) : hit.date?.description ?? "-"
      var x = 2
      grid.write(date, row: row, column: x, width: dateWidth, role: .dim)
      x += dateWidth + 1
      if sourceWidth > 0 {
        grid.write(preview?.source ?? "", row: row, column: x, width: sourceWidth, role: .dim)
        x += sourceWidth + 1
      }
      let title = hit.title.isEmpty ? hit.article.rawValue : hit.title
      grid.write(title, row: row, column: x, width: grid.columns - x, role: .normal)
      if isSelected {
        grid.setRole(.selected, row: row)
        grid.write("›", row: row, column: 0, width: 1, role: .selected)
      }
      if let preview, row + 1 < grid.rows {
        let lead = max(8, (grid.columns - 5) / 4)
        grid.write(
          preview.styledSnippet(lead: lead), row: row + 1, column: 4, width: grid.columns - 5)
      }
    }
  }

  /// What the empty prompt explains.
  static let help =
    "Type words to search headlines, text, quotes and speakers (the last word is a prefix; "
    + "\"…\" is a phrase; -word excludes). Qualifiers: speaker:NAME source:NAME date:2025-04 "
    + "date:2025-04..2025-05 in:title in:quotes is:copy is:unread story:ID. "
    + "Enter keeps the results; Esc goes back to where you were."
}
