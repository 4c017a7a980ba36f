import StoryKit
import Testing

@Suite("Normalising clean text")
struct NormalizationTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var original: String
    var clean: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "no-break spaces", original: "Price\u{A0}rose\u{202F}5%", clean: "Price rose 5%"),
    Case(name: "runs of spaces and tabs", original: "A  b\t\tc", clean: "A b c"),
    Case(
      name: "NFC composition", original: "Cafe\u{301} Zu\u{308}rich", clean: "Caf\u{E9} Z\u{FC}rich"
    ),
    Case(
      name: "HTML references", original: "AT&amp;T &lt;b&gt; &#8220;hi&#x201D; &nbsp;x",
      clean: "AT&T <b> “hi” x"),
    Case(name: "mojibake", original: "costs Â£600m, itâ€™s Ã©tÃ©", clean: "costs £600m, it’s été"),
    Case(
      name: "control characters", original: "bad\u{1B}[31mred\u{7}bell\u{9B}x",
      clean: "bad[31mredbellx"),
    Case(
      name: "invisible characters", original: "zero\u{200B}width soft\u{AD}hyphen",
      clean: "zerowidth softhyphen"),
    Case(
      name: "bidirectional controls",
      original: "Sergei \u{202E}Lavrov\u{202C} said \u{2067}x\u{2069}",
      clean: "Sergei Lavrov said x"),
    Case(
      name: "a joiner between Latin letters, kept between emoji",
      original: "Lav\u{200D}rov and Pes\u{200C}kov \u{1F468}\u{200D}\u{1F469}",
      clean: "Lavrov and Peskov \u{1F468}\u{200D}\u{1F469}"),
    Case(
      name: "emphasis", original: "a **bold** and __strong__ word", clean: "a bold and strong word"),
    Case(name: "plain ampersand kept", original: "Smith & Sons; R&D", clean: "Smith & Sons; R&D"),
  ]

  @Test("normalises", arguments: cases)
  func normalises(_ testCase: Case) throws {
    let lead = "The lead paragraph of the story ends here."
    let article = try cleanText("\(lead)\n\n\(testCase.original)\n\nSecond paragraph here.")
    #expect(article.cleanText == "\(lead)\n\n\(testCase.clean)\n\nSecond paragraph here.")
  }

  @Test("lines of a wrapped sentence join into one paragraph")
  func wrappedLines() throws {
    let article = try cleanText(
      "The lead paragraph of the story ends here.\n\nEditor’s note: Donald Trump regularly\nincites\npolitical violence, he wrote.\nA new line starts here."
    )
    #expect(
      article.cleanText
        == "The lead paragraph of the story ends here.\n\nEditor’s note: Donald Trump regularly incites political violence, he wrote.\n\nA new line starts here."
    )
  }

  @Test("repairs and removed controls are findings")
  func findings() throws {
    #expect(try cleanText("costs Â£600m here\n\nMore.").findings.map(\.kind) == [.mojibakeRepaired])
    #expect(try cleanText("bad\u{1B}[31m\n\nMore.").findings.map(\.kind) == [.controlCharacters])
  }

  @Test("an article of nothing but boilerplate is kept, empty, with a finding")
  func onlyBoilerplate() throws {
    let article = try cleanText(
      "403\nSorry!!\nError! We're sorry, but the page you were looking for doesn't exist.")
    #expect(article.cleanText.isEmpty)
    #expect(article.wordCount == 0)
    #expect(article.findings.map(\.kind) == [.noArticleText])
    #expect(article.removals.count == 3)
  }
}
