import StoryTestSupport
import Testing

@testable import StoryUI

@Suite struct ScreenGridTests {
  /// Text written at column 0 of a one-row grid, and the row that results.
  struct WriteCase: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var columns: Int
    var width: Int? = nil
    var expected: String
    var testDescription: String { name }
  }

  static let writeCases: [WriteCase] = [
    WriteCase(name: "ASCII that fits", text: "news", columns: 10, expected: "news      "),
    WriteCase(
      name: "cut shows an ellipsis", text: "Storyline reader", columns: 8, expected: "Storyli…"),
    WriteCase(
      name: "width limits the text", text: "Storyline", columns: 10, width: 4,
      expected: "Sto…      "),
    WriteCase(name: "CJK takes two columns", text: "日本語", columns: 7, expected: "日本語 "),
    WriteCase(
      name: "wide grapheme never straddles the cut", text: "日本語ニュース", columns: 8, expected: "日本語 …"),
    WriteCase(
      name: "combining marks take no column", text: "cafe\u{301}s", columns: 6,
      expected: "cafe\u{301}s "),
    WriteCase(
      name: "lone combining mark is dropped", text: "\u{301}ab", columns: 3, expected: "ab "),
    WriteCase(name: "emoji take two columns", text: "👍🏽 ok", columns: 6, expected: "👍🏽 ok "),
    WriteCase(
      name: "ESC becomes a visible escape", text: "a\u{1B}[31mb", columns: 14,
      expected: "a\\u{1B}[31mb  "),
    WriteCase(
      name: "C1 CSI becomes a visible escape", text: "\u{9B}2J", columns: 9, expected: "\\u{9B}2J "),
    WriteCase(
      name: "newline becomes a visible escape", text: "a\nb", columns: 8, expected: "a\\u{A}b "),
    WriteCase(
      name: "bidi override becomes a visible escape", text: "abc\u{202E}fed", columns: 14,
      expected: "abc\\u{202E}fed"),
    WriteCase(
      name: "bidi isolate becomes a visible escape", text: "\u{2067}x", columns: 9,
      expected: "\\u{2067}x"),
    WriteCase(
      name: "escape cut keeps the ellipsis", text: "\u{1B}\u{1B}", columns: 5, expected: "\\u{1…"),
  ]

  @Test(arguments: writeCases)
  func write(_ c: WriteCase) {
    var grid = ScreenGrid(rows: 1, columns: c.columns)
    grid.write(c.text, row: 0, column: 0, width: c.width, role: .normal)
    #expect(grid.text(ofRow: 0) == c.expected)
    Self.expectWellFormed(grid)
  }

  @Test func tenThousandCombiningMarksStayInOneCell() throws {
    let text = "e" + String(repeating: "\u{301}", count: 10_000) + "x"
    var grid = ScreenGrid(rows: 1, columns: 4)
    grid.write(text, row: 0, column: 0, role: .quote)
    let first = try #require(grid[0, 0].grapheme)
    #expect(first.unicodeScalars.count == Cell.maximumScalars)
    #expect(first.unicodeScalars.first == "e")
    #expect(grid[0, 1].grapheme == "x")
    #expect(grid[0, 2].grapheme == " ")
    Self.expectWellFormed(grid)
  }

  @Test func overwritingHalfAWideGraphemeBlanksTheOtherHalf() {
    var grid = ScreenGrid(rows: 1, columns: 4)
    grid.write("日本", row: 0, column: 0, role: .normal)
    grid.write("x", row: 0, column: 1, role: .match)
    #expect(grid.text(ofRow: 0) == " x本")
    grid.write("y", row: 0, column: 2, role: .match)
    #expect(grid.text(ofRow: 0) == " xy ")
    Self.expectWellFormed(grid)
  }

  @Test func wideGraphemeAtTheLastColumnBecomesASpace() {
    var grid = ScreenGrid(rows: 1, columns: 3)
    grid.write("ab日", row: 0, column: 0, role: .normal, ellipsis: false)
    #expect(grid.text(ofRow: 0) == "ab ")
    Self.expectWellFormed(grid)
  }

  @Test func writingOutsideTheGridIsClipped() {
    var grid = ScreenGrid(rows: 2, columns: 4)
    grid.write("hidden", row: 5, column: 0, role: .normal)
    grid.write("hidden", row: -1, column: 0, role: .normal)
    grid.write("abcdef", row: 0, column: -2, role: .normal, ellipsis: false)
    #expect(grid.plainText == "cdef\n\n")
  }

  @Test func writeRightEndsAtTheEdge() {
    var grid = ScreenGrid(rows: 1, columns: 10)
    let start = grid.writeRight("3/12", row: 0, role: .status)
    #expect(start == 6)
    #expect(grid.text(ofRow: 0) == "      3/12")
  }

  @Test func styledTextCutShowsTheEllipsisInTheCutRunsRole() {
    var grid = ScreenGrid(rows: 1, columns: 10)
    var text = StyledText("He said ", role: .normal)
    text.append("“talks”", role: .quote)
    grid.write(text, row: 0, column: 0)
    #expect(grid.text(ofRow: 0) == "He said “…")
    #expect(grid.roleMap == "        QQ\n")
  }

  @Test func plainTextAndRoleMap() {
    var grid = ScreenGrid(rows: 2, columns: 12)
    grid.fill(row: 0, role: .title)
    grid.write(" Stories", row: 0, column: 0, role: .title)
    grid.write("Lavrov", row: 1, column: 2, role: .speaker)
    grid.write("日本", row: 1, column: 8, role: .quote)
    #expect(grid.plainText == " Stories\n  Lavrov日本\n")
    #expect(grid.roleMap == "TTTTTTTTTTTT\n  PPPPPPQQQQ\n")
  }

  @Test func pasteClipsAtTheEdges() {
    var body = ScreenGrid(rows: 1, columns: 4)
    body.write("ab日", row: 0, column: 0, role: .quote)
    var grid = ScreenGrid(rows: 2, columns: 3)
    grid.paste(body, row: 1, column: 0)
    #expect(grid.plainText == "\nab\n")
    Self.expectWellFormed(grid)
  }

  /// Random hostile text never puts an unsafe scalar in a cell, never leaves half a wide
  /// grapheme, and never writes past the width given.
  @Test func hostileTextNeverBreaksTheGrid() {
    var random = SeededGenerator(seed: 10)
    let alphabet: [String] = [
      "a", " ", "\u{1B}", "\u{9B}", "\u{7}", "\n", "\r\n", "\t", "\u{202E}", "\u{2066}",
      "\u{2028}", "\u{301}", "\u{200D}", "\u{FE0F}", "日", "ｶ", "👍", "🏽", "🇫", "e\u{301}",
    ]
    for _ in 0..<300 {
      let length = Int.random(in: 0..<30, using: &random)
      let text = (0..<length).map { _ in
        alphabet[Int.random(in: 0..<alphabet.count, using: &random)]
      }
      .joined()
      let columns = Int.random(in: 1..<20, using: &random)
      let column = Int.random(in: -3..<columns, using: &random)
      let width = Int.random(in: 0..<25, using: &random)
      var grid = ScreenGrid(rows: 1, columns: columns)
      grid.write("#", row: 0, column: columns - 1, role: .dim)
      let end = grid.write(text, row: 0, column: column, width: width, role: .normal)
      #expect(end <= min(columns, column + width) || end == column)
      Self.expectWellFormed(grid)
    }
  }

  /// Every cell is safe, and every wide grapheme is followed by its continuation (and only
  /// then).
  static func expectWellFormed(
    _ grid: ScreenGrid, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for row in 0..<grid.rows {
      for column in 0..<grid.columns {
        switch grid[row, column].content {
        case .grapheme(let character):
          #expect(
            !character.unicodeScalars.contains(where: TerminalText.isUnsafe),
            sourceLocation: sourceLocation)
          #expect(
            character.unicodeScalars.count <= Cell.maximumScalars, sourceLocation: sourceLocation)
          let width = TerminalText.columns(of: character)
          #expect(width >= 1, sourceLocation: sourceLocation)
          if width == 2 {
            #expect(column + 1 < grid.columns, sourceLocation: sourceLocation)
            if column + 1 < grid.columns {
              #expect(
                grid[row, column + 1].content == .continuation, sourceLocation: sourceLocation)
            }
          }
        case .continuation:
          let head = column > 0 ? grid[row, column - 1].grapheme : nil
          #expect(
            head.map { TerminalText.columns(of: $0) == 2 } == true, sourceLocation: sourceLocation)
        }
      }
    }
  }
}
