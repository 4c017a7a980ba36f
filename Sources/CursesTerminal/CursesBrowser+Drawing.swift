import CNcursesw
import StoryUI

extension CursesBrowser {
  /// The colour pairs the browser defines.
  enum ColourPair: Int16, CaseIterable {
    /// Cyan on the terminal background.
    case header = 1
    /// Black on cyan.
    case hintBar = 2
  }

  /// How each role is shown: the one table mapping roles to curses attributes.
  ///
  /// Without colour (8-colour-less terminals, `NO_COLOR`) everything relies on bold, dim and
  /// reverse video, which every terminal type in common use supports; colour only adds to it.
  ///
  /// - Parameter colour: Whether colour pairs were set up.
  /// - Returns: Attributes for every role.
  static func roleAttributes(colour: Bool) -> [TextRole: attr_t] {
    let bold = cn_a_bold()
    let dim = cn_a_dim()
    let reverse = cn_a_reverse()
    var table: [TextRole: attr_t] = [:]
    for role in TextRole.allCases {
      switch role {
      case .header:
        table[role] = bold | (colour ? cn_color_pair(Int32(ColourPair.header.rawValue)) : 0)
      case .plain, .rowTitle, .body: table[role] = cn_a_normal()
      case .rowDetail, .placeholder, .articleDetail: table[role] = dim
      case .selectedTitle: table[role] = reverse
      case .selectedDetail: table[role] = reverse | dim
      case .articleTitle: table[role] = bold
      case .hintBar:
        table[role] = colour ? cn_color_pair(Int32(ColourPair.hintBar.rawValue)) : reverse
      }
    }
    return table
  }

  /// Draws `screen` in the session's window and shows it.
  static func draw(_ screen: Screen, in session: Session) {
    let window = session.window
    werase(window)
    for (y, line) in screen.lines.enumerated() {
      wmove(window, Int32(y), 0)
      for span in line.spans {
        let text = session.unicode ? span.text : TerminalText.asciiTransliterated(span.text)
        var wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        cn_wattrset(window, session.attributes[span.role] ?? cn_a_normal())
        // NB: a write into the bottom-right cell reports ERR (the cursor cannot advance) but
        // still draws the character, so results are deliberately ignored.
        _ = wide.withUnsafeBufferPointer { buffer in
          waddnwstr(window, buffer.baseAddress, Int32(buffer.count - 1))
        }
      }
    }
    cn_wattrset(window, cn_a_normal())
    wrefresh(window)
  }
}
