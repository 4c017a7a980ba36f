extension TerminalText {
  /// Splits `s` into display lines at most `columns` terminal columns wide, breaking at spaces.
  ///
  /// Every kind of line break (`\n`, `\r\n`, `\r`, `U+2028`, `U+2029`, `U+0085`, vertical tab,
  /// form feed) ends a paragraph; an empty paragraph becomes an empty line. Within a paragraph,
  /// tabs count as spaces, runs of spaces collapse to one, each paragraph is passed through
  /// ``sanitized(_:)``, and words are placed greedily. A word wider than `columns` is broken
  /// between graphemes.
  ///
  /// ```swift
  /// TerminalText.wrapped("The quick brown fox", toColumns: 10)
  /// // ["The quick", "brown fox"]
  /// ```
  ///
  /// - Parameters:
  ///   - s: Untrusted text, possibly several paragraphs.
  ///   - columns: The widest a line may be, in terminal columns; values below 1 count as 1.
  /// - Returns: The lines, sanitized; at least one line.
  public static func wrapped(_ s: String, toColumns columns: Int) -> [String] {
    let width = max(columns, 1)
    var lines: [String] = []
    let paragraphs = s.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    for paragraph in paragraphs {
      let clean = sanitized(String(paragraph).replacingTabsWithSpaces())
      lines.append(contentsOf: wrapParagraph(clean, width: width))
    }
    return lines
  }

  /// Greedy word wrap of one sanitized paragraph; returns `[""]` for a blank paragraph.
  private static func wrapParagraph(_ paragraph: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineColumns = 0
    for word in paragraph.split(separator: " ") {
      var word = word
      var wordColumns = columns(of: String(word))
      // Place the word after a space on the current line if it fits.
      if lineColumns > 0, lineColumns + 1 + wordColumns <= width {
        line += " " + word
        lineColumns += 1 + wordColumns
        continue
      }
      if lineColumns > 0 {
        lines.append(line)
        line = ""
        lineColumns = 0
      }
      // Hard-break a word that is wider than a whole line.
      while wordColumns > width {
        let (head, headColumns) = prefix(of: word, fittingColumns: width)
        lines.append(String(head))
        word = word[head.endIndex...]
        wordColumns -= headColumns
      }
      line = String(word)
      lineColumns = wordColumns
    }
    lines.append(line)
    return lines
  }

  /// The longest prefix of `word` (at least one grapheme) that fits in `width` columns.
  private static func prefix(
    of word: Substring, fittingColumns width: Int
  ) -> (text: Substring, columns: Int) {
    var end = word.startIndex
    var used = 0
    while end < word.endIndex {
      let next = columns(of: word[end])
      if used + next > width, end > word.startIndex { break }
      used += next
      end = word.index(after: end)
    }
    return (word[..<end], used)
  }
}

extension String {
  /// This string with each tab replaced by one space.
  fileprivate func replacingTabsWithSpaces() -> String {
    guard contains("\t") else { return self }
    return String(map { $0 == "\t" ? " " : $0 })
  }
}
