import Testing

@testable import StoryUI

@Suite struct StyledTextWrapTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var columns: Int
    var expected: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "fits on one line", text: "The quick fox", columns: 20, expected: ["The quick fox"]),
    Case(
      name: "breaks at spaces", text: "The quick brown fox", columns: 10,
      expected: ["The quick", "brown fox"]),
    Case(name: "runs of spaces collapse", text: "a   b", columns: 10, expected: ["a b"]),
    Case(
      name: "long word is broken", text: "abcdefghij", columns: 4, expected: ["abcd", "efgh", "ij"]),
    Case(
      name: "CJK measured in columns", text: "日本語 ニュース", columns: 6, expected: ["日本語", "ニュー", "ス"]),
    Case(name: "empty gives one empty line", text: "", columns: 5, expected: [""]),
    Case(
      name: "control characters are escaped before wrapping", text: "a\u{1B}b", columns: 4,
      expected: ["a\\u{", "1B}b"]),
    Case(
      name: "bidi override is escaped", text: "x\u{202E}y", columns: 20, expected: ["x\\u{202E}y"]),
    Case(name: "tab is a space", text: "a\tb", columns: 5, expected: ["a b"]),
  ]

  @Test(arguments: cases)
  func wrapped(_ c: Case) {
    #expect(StyledText(c.text).wrapped(toColumns: c.columns).map(\.plain) == c.expected)
  }

  @Test func rolesStayWithTheirGraphemesAcrossLines() {
    var text = StyledText("He said ", role: .normal)
    text.append("talks were useful", role: .quote)
    let lines = text.wrapped(toColumns: 12)
    #expect(lines.map(\.plain) == ["He said", "talks were", "useful"])
    #expect(lines[1].runs == [StyledText.Run("talks were", role: .quote)])
  }

  @Test func linesKnowTheirFirstTag() {
    let pieces = StyledText.pieces(of: "ab cd ef", role: .normal, tag: 0).enumerated().map {
      StyledText.Piece($0.element.character, role: .normal, tag: 100 + $0.offset)
    }
    let lines = StyledText.wrap(pieces, toColumns: 5)
    #expect(lines.map(\.text.plain) == ["ab cd", "ef"])
    #expect(lines.map(\.tag) == [100, 106])
  }

  @Test func tenThousandCombiningMarksWrapAsOneGrapheme() {
    let text = "e" + String(repeating: "\u{301}", count: 10_000) + " end"
    let lines = StyledText(text).wrapped(toColumns: 3)
    #expect(lines.count == 2)
    #expect(lines[1].plain == "end")
  }
}
