import StoryKit
import Testing

@testable import StoryUI

/// `$BROWSER` read into a command run without a shell; OSC 52's base64; citations.
@Suite struct BrowserAndClipboardTests {
  struct BrowserCase: Sendable, CustomTestStringConvertible {
    var value: String
    var arguments: [String]
    var inTerminal: Bool
    var testDescription: String { value }
  }

  static let url = "https://a.example/x?q=1&r=%20"

  static let browsers: [BrowserCase] = [
    BrowserCase(value: "w3m", arguments: ["w3m", url], inTerminal: true),
    BrowserCase(
      value: "/usr/bin/lynx -accept_all_cookies",
      arguments: ["/usr/bin/lynx", "-accept_all_cookies", url], inTerminal: true),
    BrowserCase(value: "firefox", arguments: ["firefox", url], inTerminal: false),
    BrowserCase(
      value: "chromium --app=%s", arguments: ["chromium", "--app=" + url], inTerminal: false),
    BrowserCase(value: "echo 100%% %s", arguments: ["echo", "100%", url], inTerminal: false),
    BrowserCase(value: ":elinks:firefox", arguments: ["elinks", url], inTerminal: true),
    BrowserCase(
      value: "open $(rm -rf ~) ;", arguments: ["open", "$(rm", "-rf", "~)", ";", url],
      inTerminal: false),
  ]

  @Test(arguments: browsers)
  func browserCommands(_ c: BrowserCase) throws {
    let browser = try #require(BrowserCommand(c.value))
    #expect(browser.arguments(for: Self.url) == c.arguments)
    #expect(browser.runsInTerminal == c.inTerminal)
  }

  @Test func noBrowser() {
    #expect(BrowserCommand(nil) == nil)
    #expect(BrowserCommand("") == nil)
    #expect(BrowserCommand("  : ") == nil)
  }

  @Test(arguments: [
    ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foobar", "Zm9vYmFy"),
    ("“é”", "4oCcw6nigJ0="),
  ])
  func base64(_ pair: (String, String)) {
    #expect(ClipboardSequence.base64(Array(pair.0.utf8)) == pair.1)
  }

  @Test func theClipboardSequenceCarriesNoControlCharacterOfTheText() {
    let sequence = ClipboardSequence.osc52("a\u{1B}]0;evil\u{07}b")
    #expect(sequence.hasPrefix("\u{1B}]52;c;"))
    #expect(sequence.hasSuffix("\u{07}"))
    let inner = sequence.dropFirst(7).dropLast()
    #expect(!inner.unicodeScalars.contains(where: TerminalText.isUnsafe))
  }

  @Test func aCitationIsOneCleanLine() {
    let quote = Quote(
      id: QuoteID("q"), article: ArticleID("a"), range: TextRange(start: 0, end: 1),
      text: "We\nwill \u{1B}[31mnot\u{202E} stop.", kind: .direct, speaker: "Ilse\tBrandt",
      speakerMention: nil, cue: nil)
    let citation = Citation(quote: quote, article: nil).text
    #expect(citation == "“We will [31mnot stop.” — Ilse Brandt")
  }

  @Test func aCommaBeforeTheAttributionIsLeftOut() {
    let quote = Quote(
      id: QuoteID("q"), article: ArticleID("a"), range: TextRange(start: 0, end: 1),
      text: "It will change how people move through the city, ", kind: .direct,
      speaker: "Ilse Brandt", speakerMention: nil, cue: nil)
    #expect(
      Citation(quote: quote, article: nil).text
        == "“It will change how people move through the city” — Ilse Brandt")
  }

  @Test func reportedSpeechIsNotInQuotationMarks() {
    let quote = Quote(
      id: QuoteID("q"), article: ArticleID("a"), range: TextRange(start: 0, end: 1),
      text: "that talks would go on", kind: .indirect, speaker: nil, speakerMention: nil,
      cue: nil)
    #expect(Citation(quote: quote, article: nil).text == "that talks would go on")
  }

  @Test(
    arguments: [
      ("https://a.example/x", "https://a.example/x"), (" HTTP://A.example ", "HTTP://A.example"),
      ("ftp://a.example", nil), ("-x", nil), ("https://a b", nil), ("", nil),
    ] as [(String, String?)])
  func webAddresses(_ pair: (String, String?)) {
    #expect(WebAddress.checked(pair.0) == pair.1)
  }
}
