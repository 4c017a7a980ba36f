import Testing

@testable import StoryUI

@Suite struct TerminalTextTests {
  /// One input and its expected output, named for the test report.
  struct Case<Output: Sendable>: Sendable, CustomTestStringConvertible {
    var name: String
    var input: String
    var expected: Output
    var testDescription: String { name }
  }

  // MARK: - sanitized

  static let sanitizedCases: [Case<String>] = [
    Case(
      name: "plain text is unchanged", input: "Oil prices rose 3%", expected: "Oil prices rose 3%"),
    Case(name: "accents and CJK are unchanged", input: "café 日本", expected: "café 日本"),
    Case(name: "emoji are unchanged", input: "👍🏽 🇫🇷", expected: "👍🏽 🇫🇷"),
    Case(name: "ESC of a colour sequence", input: "red\u{1B}[31m!", expected: "red\\u{1B}[31m!"),
    Case(name: "NUL and BEL", input: "a\u{0}b\u{7}", expected: "a\\u{0}b\\u{7}"),
    Case(name: "tab and newline", input: "a\tb\nc", expected: "a\\u{9}b\\u{A}c"),
    Case(name: "CR LF is two escapes", input: "a\r\nb", expected: "a\\u{D}\\u{A}b"),
    Case(name: "DEL", input: "x\u{7F}", expected: "x\\u{7F}"),
    Case(name: "C1 CSI", input: "\u{9B}2J", expected: "\\u{9B}2J"),
    Case(name: "C1 NEL", input: "a\u{85}b", expected: "a\\u{85}b"),
    Case(name: "last C1 control", input: "\u{9F}", expected: "\\u{9F}"),
    Case(
      name: "line and paragraph separators", input: "a\u{2028}b\u{2029}",
      expected: "a\\u{2028}b\\u{2029}"),
    Case(name: "right-to-left override", input: "abc\u{202E}fed", expected: "abc\\u{202E}fed"),
    Case(
      name: "bidi embeddings", input: "\u{202A}\u{202B}\u{202C}\u{202D}",
      expected: "\\u{202A}\\u{202B}\\u{202C}\\u{202D}"),
    Case(
      name: "bidi isolates", input: "\u{2066}x\u{2069}\u{2067}\u{2068}",
      expected: "\\u{2066}x\\u{2069}\\u{2067}\\u{2068}"),
    Case(name: "NBSP (first after C1) is kept", input: "a\u{A0}b", expected: "a\u{A0}b"),
    Case(name: "zero-width joiner is kept", input: "a\u{200D}b", expected: "a\u{200D}b"),
    Case(name: "left-to-right mark is kept", input: "a\u{200E}b", expected: "a\u{200E}b"),
    Case(name: "empty", input: "", expected: ""),
  ]

  @Test(arguments: sanitizedCases)
  func sanitized(_ c: Case<String>) {
    #expect(TerminalText.sanitized(c.input) == c.expected)
  }

  @Test func sanitizedLeavesNoControlScalars() {
    var everything = String.UnicodeScalarView()
    for value in UInt32(0)...0x30FF {
      if let scalar = Unicode.Scalar(value) { everything.append(scalar) }
    }
    let clean = TerminalText.sanitized(String(everything))
    #expect(!clean.unicodeScalars.contains { TerminalText.isUnsafe($0) })
    #expect(!clean.unicodeScalars.contains { $0.properties.generalCategory == .control })
  }

  // MARK: - columns

  static let columnCases: [Case<Int>] = [
    Case(name: "empty", input: "", expected: 0),
    Case(name: "ASCII", input: "Reuters", expected: 7),
    Case(name: "precomposed accent", input: "café", expected: 4),
    Case(name: "combining accent", input: "cafe\u{301}", expected: 4),
    Case(name: "lone combining mark", input: "\u{301}", expected: 0),
    Case(name: "CJK ideographs", input: "日本語", expected: 6),
    Case(name: "kana", input: "カタカナ", expected: 8),
    Case(name: "Hangul syllables", input: "한국", expected: 4),
    Case(name: "Hangul jamo sequence", input: "\u{1100}\u{1161}", expected: 2),
    Case(name: "fullwidth forms", input: "ＡＢ", expected: 4),
    Case(name: "halfwidth katakana", input: "ｶ", expected: 1),
    Case(name: "ideographic space", input: "\u{3000}", expected: 2),
    Case(name: "emoji with default presentation", input: "👍", expected: 2),
    Case(name: "emoji with skin tone", input: "👍🏽", expected: 2),
    Case(name: "ZWJ family", input: "👨‍👩‍👧", expected: 2),
    Case(name: "flag", input: "🇫🇷", expected: 2),
    Case(name: "text heart with VS16", input: "\u{2764}\u{FE0F}", expected: 2),
    Case(name: "text heart alone", input: "\u{2764}", expected: 1),
    Case(name: "Greek and Cyrillic", input: "αβ жз", expected: 5),
    Case(name: "ellipsis and em dash", input: "…—", expected: 2),
    Case(name: "zero-width space", input: "a\u{200B}b", expected: 2),
    Case(name: "mixed", input: "Tokyo 東京 ✈️", expected: 13),
    Case(name: "keycap", input: "1\u{FE0F}\u{20E3}", expected: 2),
    Case(name: "copyright sign alone", input: "\u{A9}", expected: 1),
    Case(name: "copyright sign with VS16", input: "\u{A9}\u{FE0F}", expected: 2),
    Case(name: "soft hyphen", input: "a\u{AD}b", expected: 2),
  ]

  @Test(arguments: columnCases)
  func columns(_ c: Case<Int>) {
    #expect(TerminalText.columns(of: c.input) == c.expected)
  }

  /// The fast path for ASCII and Latin graphemes gives what the Unicode properties give, for
  /// every scalar it covers, alone and followed by a combining mark or an emoji selector.
  @Test func fastPathAgreesWithProperties() {
    for value in UInt32(0)..<0x300 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      for tail in ["", "\u{301}", "\u{FE0F}", "\u{FE0F}\u{20E3}"] {
        let text = String(Character(scalar)) + tail
        guard text.count == 1, let character = text.first else { continue }
        #expect(
          TerminalText.columns(of: character) == TerminalText.columnsByProperties(of: character),
          "U+\(String(value, radix: 16, uppercase: true))\(tail.unicodeScalars.map { " U+" + String($0.value, radix: 16, uppercase: true) }.joined())")
      }
    }
  }

  @Test func wideRangesAreSortedAndDisjoint() {
    for (earlier, later) in zip(TerminalText.wideRanges, TerminalText.wideRanges.dropFirst()) {
      #expect(earlier.upperBound < later.lowerBound)
    }
  }

  // MARK: - truncated and padded

  struct FitCase: Sendable, CustomTestStringConvertible {
    var name: String
    var input: String
    var columns: Int
    var expected: String
    var testDescription: String { name }
  }

  static let truncatedCases: [FitCase] = [
    FitCase(name: "fits exactly", input: "headline", columns: 8, expected: "headline"),
    FitCase(name: "fits with room", input: "head", columns: 8, expected: "head"),
    FitCase(name: "cut reserves a column", input: "headline", columns: 5, expected: "head…"),
    FitCase(name: "one column", input: "headline", columns: 1, expected: "…"),
    FitCase(name: "zero columns", input: "headline", columns: 0, expected: ""),
    FitCase(name: "negative columns", input: "headline", columns: -3, expected: ""),
    FitCase(name: "empty", input: "", columns: 3, expected: ""),
    FitCase(name: "wide cut on boundary", input: "日本語", columns: 5, expected: "日本…"),
    FitCase(name: "wide char straddling the limit", input: "日本語", columns: 4, expected: "日…"),
    FitCase(
      name: "combining mark stays with its base", input: "cafe\u{301}s", columns: 5,
      expected: "cafe\u{301}s"),
    FitCase(
      name: "cut after combining mark", input: "cafe\u{301}s!", columns: 5, expected: "cafe\u{301}…"
    ),
    FitCase(name: "emoji kept whole", input: "ok👍🏽 yes", columns: 5, expected: "ok👍🏽…"),
  ]

  @Test(arguments: truncatedCases)
  func truncated(_ c: FitCase) {
    let result = TerminalText.truncated(c.input, toColumns: c.columns)
    #expect(result == c.expected)
    #expect(TerminalText.columns(of: result) <= max(c.columns, 0))
  }

  static let paddedCases: [FitCase] = [
    FitCase(name: "short text is filled", input: "ab", columns: 4, expected: "ab  "),
    FitCase(name: "long text is cut", input: "abcdef", columns: 4, expected: "abc…"),
    FitCase(name: "dropped wide char is filled", input: "日本語", columns: 4, expected: "日… "),
    FitCase(name: "zero columns", input: "ab", columns: 0, expected: ""),
  ]

  @Test(arguments: paddedCases)
  func padded(_ c: FitCase) {
    let result = TerminalText.padded(c.input, toColumns: c.columns)
    #expect(result == c.expected)
    #expect(TerminalText.columns(of: result) == max(c.columns, 0))
  }

  // MARK: - wrapped

  struct WrapCase: Sendable, CustomTestStringConvertible {
    var name: String
    var input: String
    var columns: Int
    var expected: [String]
    var testDescription: String { name }
  }

  static let wrappedCases: [WrapCase] = [
    WrapCase(name: "fits on one line", input: "short text", columns: 20, expected: ["short text"]),
    WrapCase(
      name: "breaks at spaces", input: "The quick brown fox jumps", columns: 10,
      expected: ["The quick", "brown fox", "jumps"]),
    WrapCase(
      name: "word exactly the width", input: "abcde fgh", columns: 5, expected: ["abcde", "fgh"]),
    WrapCase(
      name: "long word is broken", input: "abcdefghij", columns: 4,
      expected: ["abcd", "efgh", "ij"]),
    WrapCase(
      name: "long word after short one", input: "a bcdefgh", columns: 4,
      expected: ["a", "bcde", "fgh"]),
    WrapCase(
      name: "paragraphs and blank line", input: "one\n\ntwo", columns: 10,
      expected: ["one", "", "two"]),
    WrapCase(
      name: "CR LF and separators", input: "a\r\nb\u{2028}c", columns: 10,
      expected: ["a", "b", "c"]),
    WrapCase(name: "spaces and tabs collapse", input: "a  \tb", columns: 10, expected: ["a b"]),
    WrapCase(
      name: "wide characters by columns", input: "日本 語です", columns: 5, expected: ["日本", "語で", "す"]),
    WrapCase(
      name: "controls are escaped before wrapping", input: "x\u{1B}[0m y", columns: 20,
      expected: ["x\\u{1B}[0m y"]),
    WrapCase(name: "empty text is one empty line", input: "", columns: 10, expected: [""]),
    WrapCase(name: "zero width counts as one", input: "ab", columns: 0, expected: ["a", "b"]),
  ]

  @Test(arguments: wrappedCases)
  func wrapped(_ c: WrapCase) {
    let lines = TerminalText.wrapped(c.input, toColumns: c.columns)
    #expect(lines == c.expected)
    for line in lines {
      #expect(TerminalText.columns(of: line) <= max(c.columns, 1))
    }
  }

  // MARK: - asciiTransliterated

  static let asciiCases: [Case<String>] = [
    Case(name: "ASCII is unchanged", input: "q quit", expected: "q quit"),
    Case(name: "hint arrows", input: "↑/↓ move", expected: "^/v move"),
    Case(name: "ellipsis", input: "head…", expected: "head~"),
    Case(name: "curly quotes and dash", input: "“Yes” — ‘no’", expected: "\"Yes\" - 'no'"),
    Case(name: "accented letter", input: "café", expected: "caf?"),
    Case(name: "combining accent keeps one column", input: "cafe\u{301}", expected: "caf?"),
    Case(name: "wide keeps two columns", input: "日本", expected: "????"),
    Case(name: "emoji keeps two columns", input: "👍🏽!", expected: "??!"),
    Case(name: "zero-width vanishes", input: "a\u{200B}b", expected: "ab"),
    Case(name: "quote and selection marker", input: "›“Yes”", expected: ">\"Yes\""),
  ]

  @Test(arguments: asciiCases)
  func asciiTransliterated(_ c: Case<String>) {
    let result = TerminalText.asciiTransliterated(c.input)
    #expect(result == c.expected)
    #expect(TerminalText.columns(of: result) == TerminalText.columns(of: c.input))
    #expect(result.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) })
  }
}
