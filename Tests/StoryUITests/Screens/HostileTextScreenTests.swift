import StoryKit
import StoryUI
import Testing

/// Text no article should hold, and some will: it reaches the screen as visible escapes, in
/// its place, without breaking the layout.
@Suite struct HostileTextScreenTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var title: String
    var text: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "control-characters", title: "Red \u{1B}[31malert\u{1B}[0m \u{7}",
      text: "Prices \u{1B}]0;owned\u{7} rose.\u{9B}2J Then fell.\u{0}"),
    Case(
      name: "bidi-override", title: "Bank \u{202E}txet desrever\u{202C} news",
      text: "The file invoice\u{202E}fdp.exe was sent.\u{2066} Isolated\u{2069} text."),
    Case(
      name: "combining-marks",
      title: "Z" + String(repeating: "\u{301}", count: 10_000) + "algo headline",
      text: "a" + String(repeating: "\u{300}", count: 10_000) + " b c d"),
    Case(
      name: "cjk-and-emoji", title: "東京で会談 🇯🇵 首脳が合意",
      text: "日本の首相は月曜日、東京で記者団に対し、合意は「大きな一歩」だと述べた。 👍🏽 Then English text follows."),
  ]

  @Test(arguments: cases)
  func hostileText(_ c: Case) throws {
    let data = FakeReaderData.single(title: c.title, text: c.text)
    var script = ScreenScript(app: ReaderApp(data: data, size: GridSize(rows: 10, columns: 40)))
    try script.snapshot("hostile-\(c.name)-stories-40x10")
    ScreenGridTests.expectWellFormed(script.grid)
    try script.press("Enter Enter")
    try script.snapshot("hostile-\(c.name)-article-40x10")
    ScreenGridTests.expectWellFormed(script.grid)
  }

  @Test func quoteAndSpeakerAreHighlightedAndAPronounIsNamed() throws {
    let text = "Talks went on. \"We are close to a deal,\" he said on Monday."
    let scalars = Array(text.unicodeScalars)
    func range(of part: String) -> TextRange {
      let needle = Array(part.unicodeScalars)
      let start =
        (0...(scalars.count - needle.count)).first {
          Array(scalars[$0..<($0 + needle.count)]) == needle
        } ?? 0
      return TextRange(start: start, end: start + needle.count)
    }
    let quote = Quote(
      id: QuoteID("q1"), article: ArticleID("a1"), range: range(of: "We are close to a deal,"),
      text: "We are close to a deal,", kind: .direct, speaker: "Ana Petrova",
      speakerMention: TextSpan(range: range(of: "he"), text: "he"),
      cue: TextSpan(range: range(of: "said"), text: "said"))
    let data = FakeReaderData.single(title: "Deal near", text: text, quotes: [quote])
    var script = ScreenScript(app: ReaderApp(data: data, size: GridSize(rows: 10, columns: 40)))
    try script.press("Enter Enter")
    try script.snapshot("article-quote-speaker-40x10")
    let grid = script.grid
    #expect(grid.plainText.contains("he [Ana Petrova] said"))
    #expect(grid.roleMap.contains("QQQQ"))
    #expect(grid.roleMap.contains("PP"))
  }
}
