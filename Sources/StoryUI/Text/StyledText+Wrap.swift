extension StyledText {
  /// One grapheme to wrap, with its role and a caller's tag (such as its offset in a source
  /// text), so that each wrapped line can say where it came from.
  public struct Piece: Hashable, Sendable {
    /// One grapheme; sanitized by ``StyledText/pieces(of:role:tag:)``.
    public var character: Character
    /// Its role.
    public var role: Role
    /// The caller's position for this grapheme.
    public var tag: Int

    /// Creates a piece.
    public init(_ character: Character, role: Role, tag: Int) {
      self.character = character
      self.role = role
      self.tag = tag
    }
  }

  /// One line of wrapped text.
  public struct Line: Hashable, Sendable {
    /// The line's text.
    public var text: StyledText
    /// The tag of the line's first grapheme (the paragraph's first tag for an empty line).
    public var tag: Int
  }

  /// The graphemes of `text`, sanitized (an unsafe scalar becomes its visible escape, every
  /// piece of which carries `tag`), in `role`; tabs become spaces.
  public static func pieces(of text: some StringProtocol, role: Role, tag: Int) -> [Piece] {
    var pieces: [Piece] = []
    for character in String(text) {
      if character == "\t" {
        pieces.append(Piece(" ", role: role, tag: tag))
      } else if character.unicodeScalars.contains(where: TerminalText.isUnsafe) {
        for safe in TerminalText.sanitized(String(character)) {
          pieces.append(Piece(safe, role: role, tag: tag))
        }
      } else {
        pieces.append(Piece(character, role: role, tag: tag))
      }
    }
    return pieces
  }

  /// Wraps one paragraph of pieces into lines at most `columns` wide, breaking at spaces.
  ///
  /// Runs of spaces collapse to one (in the role of the first); leading and trailing spaces
  /// go; words are placed greedily, and a word wider than a line is broken between graphemes.
  /// Roles and tags stay with their graphemes, so a quote keeps its highlight across lines.
  ///
  /// - Parameters:
  ///   - pieces: The paragraph, from ``pieces(of:role:tag:)``; no line breaks.
  ///   - columns: The widest a line may be, in terminal columns; values below 1 count as 1.
  ///   - emptyTag: The tag of the one empty line returned for a blank paragraph.
  /// - Returns: At least one line.
  public static func wrap(_ pieces: [Piece], toColumns columns: Int, emptyTag: Int = 0) -> [Line] {
    let width = max(1, columns)
    var lines: [Line] = []
    var line: [Piece] = []
    var lineColumns = 0
    var index = 0
    var space: Piece?
    func flush() {
      lines.append(Line(text: styled(line), tag: line.first?.tag ?? emptyTag))
      line = []
      lineColumns = 0
    }
    while index < pieces.count {
      if pieces[index].character == " " {
        if space == nil { space = pieces[index] }
        index += 1
        continue
      }
      var end = index
      var wordColumns = 0
      while end < pieces.count, pieces[end].character != " " {
        wordColumns += TerminalText.columns(of: pieces[end].character)
        end += 1
      }
      var word = pieces[index..<end]
      index = end
      if lineColumns > 0, lineColumns + 1 + wordColumns <= width {
        line.append(space ?? Piece(" ", role: .normal, tag: word.first?.tag ?? emptyTag))
        line.append(contentsOf: word)
        lineColumns += 1 + wordColumns
        space = nil
        continue
      }
      space = nil
      if lineColumns > 0 { flush() }
      while wordColumns > width {
        var cut = word.startIndex
        var used = 0
        while cut < word.endIndex {
          let next = TerminalText.columns(of: word[cut].character)
          if used + next > width, cut > word.startIndex { break }
          used += next
          cut += 1
        }
        line.append(contentsOf: word[..<cut])
        flush()
        word = word[cut...]
        wordColumns -= used
      }
      line.append(contentsOf: word)
      lineColumns = wordColumns
    }
    if !line.isEmpty || lines.isEmpty { flush() }
    return lines
  }

  /// This text wrapped to `columns`; see ``wrap(_:toColumns:emptyTag:)``.
  public func wrapped(toColumns columns: Int) -> [StyledText] {
    var pieces: [Piece] = []
    for run in runs { pieces += Self.pieces(of: run.text, role: run.role, tag: 0) }
    return Self.wrap(pieces, toColumns: columns).map(\.text)
  }

  /// Pieces joined into runs.
  private static func styled(_ pieces: [Piece]) -> StyledText {
    var text = StyledText()
    for piece in pieces { text.append(String(piece.character), role: piece.role) }
    return text
  }
}
