extension TerminalText {
  /// Returns `s` spelled in printable ASCII, keeping the width of every grapheme.
  ///
  /// For terminals whose locale cannot show Unicode (`LANG=C`). ASCII graphemes are kept; a few
  /// symbols the reader itself draws get a look-alike (`…` → `~`, `↑` → `^`, `↓` → `v`, `–`/`—`
  /// → `-`, curly quotes → straight quotes, `·` → `.`, `│` → `|`, `●` → `@`, the quote marker
  /// `›` → `>`); any other grapheme becomes `?` repeated to its width
  /// (``columns(of:)-(Character)``), and zero-width graphemes vanish. Because widths are kept,
  /// a line laid out for a Unicode terminal stays aligned.
  ///
  /// - Parameter s: Sanitized text.
  /// - Returns: Text whose scalars are all in `U+0020`–`U+007E`.
  public static func asciiTransliterated(_ s: String) -> String {
    if s.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) }) { return s }
    var result = ""
    for character in s {
      if let ascii = character.asciiValue, (0x20...0x7E).contains(ascii) {
        result.append(character)
      } else if let lookalike = asciiLookalikes[character] {
        result.append(lookalike)
      } else {
        result += String(repeating: "?", count: columns(of: character))
      }
    }
    return result
  }

  /// One-column ASCII stand-ins for common one-column symbols.
  private static let asciiLookalikes: [Character: Character] = [
    "…": "~", "↑": "^", "↓": "v", "←": "<", "→": ">",
    "–": "-", "—": "-", "‐": "-", "‒": "-", "−": "-",
    "‘": "'", "’": "'", "‚": "'", "“": "\"", "”": "\"", "„": "\"", "«": "\"", "»": "\"",
    "·": ".", "•": "*", "●": "@", "│": "|", "\u{00A0}": " ", "›": ">", "‹": "<", "×": "x",
  ]
}
