import CNcursesw
import StoryUI

extension CursesBackend {
  public func draw(_ grid: ScreenGrid) {
    werase(window)
    let rows = min(grid.rows, size.rows)
    let columns = min(grid.columns, size.columns)
    for y in 0..<rows {
      var role: Role?
      // NB: curses measures wide text with the C library's tables, which may disagree with
      // ours; after anything but ASCII the cursor is placed again, so a row never drifts.
      var inStep = false
      for x in 0..<columns {
        let cell = grid[y, x]
        guard let grapheme = cell.grapheme else { continue }
        if cell.role != role {
          role = cell.role
          cn_wattrset(window, attributes[cell.role] ?? cn_a_normal())
        }
        if !inStep { wmove(window, Int32(y), Int32(x)) }
        let ascii = grapheme.isASCII
        let text = unicode || ascii ? String(grapheme) : asciiText(grapheme)
        var wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        // NB: a write into the bottom-right cell reports ERR (the cursor cannot advance) but
        // draws the character, so the result is ignored.
        _ = wide.withUnsafeBufferPointer { buffer in
          waddnwstr(window, buffer.baseAddress, Int32(buffer.count - 1))
        }
        inStep = ascii
      }
    }
    cn_wattrset(window, cn_a_normal())
    wrefresh(window)
  }

  /// A grapheme spelled in ASCII for a locale without Unicode, as wide as it was.
  private func asciiText(_ grapheme: Character) -> String {
    TerminalText.asciiTransliterated(String(grapheme))
  }

  /// Curses attributes for each role's style, defining a colour pair per coloured role.
  ///
  /// The pairs use the terminal's own colours for a side the style leaves unset
  /// (`use_default_colors`), or white on black where the terminal cannot do that.
  static func attributes(for table: [Role: RoleStyle]) -> [Role: attr_t] {
    let defaults = table.values.contains(where: \.hasColour) && use_default_colors() == OK
    var result: [Role: attr_t] = [:]
    var pair: Int32 = 0
    for role in Role.allCases {
      let style = table[role] ?? RoleStyle()
      var attribute = cn_a_normal()
      if style.bold { attribute |= cn_a_bold() }
      if style.dim { attribute |= cn_a_dim() }
      if style.underline { attribute |= cn_a_underline() }
      if style.reverse { attribute |= cn_a_reverse() }
      if style.hasColour, pair + 1 < cn_color_pairs() {
        pair += 1
        let foreground = Int16(style.foreground ?? (defaults ? -1 : 7))
        let background = Int16(style.background ?? (defaults ? -1 : 0))
        if init_pair(Int16(pair), foreground, background) == OK {
          attribute |= cn_color_pair(pair)
        }
      }
      result[role] = attribute
    }
    return result
  }
}
