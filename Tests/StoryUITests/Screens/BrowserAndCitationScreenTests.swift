import StoryKit
import StoryUI
import Testing

/// `o` (open the article's web address with `$BROWSER`) and `y` (copy the quote as a citation
/// with OSC 52) on the virtual terminal, which records what a real one would start and write.
@MainActor
@Suite struct BrowserAndCitationScreenTests {
  static let large = GridSize(rows: 24, columns: 80)
  static let url = "https://wire.example/2025/deal"

  /// One article with one quote by Ana Petrova, at `url`.
  static func quotedArticle(url: String? = BrowserAndCitationScreenTests.url) -> FakeReaderData {
    let text = "Talks went on. \"We are close to a deal,\" Ana Petrova said on Monday."
    let start = 16
    let quote = Quote(
      id: QuoteID("q1"), article: ArticleID("a1"),
      range: TextRange(start: start, end: start + 23), text: "We are close to a deal,",
      kind: .direct, speaker: "Ana Petrova", speakerMention: nil, cue: nil)
    var data = FakeReaderData.single(title: "Deal near", text: text, quotes: [quote])
    data.articles[ArticleID("a1")]?.article.url = url
    return data
  }

  /// Runs the reader on `data` with `keys` typed, and returns the terminal.
  static func run(
    _ data: any ReaderData, keys: String, browser: String? = "w3m"
  ) throws -> VirtualTerminal {
    let terminal = VirtualTerminal(size: large)
    terminal.browser = BrowserCommand(browser)
    #expect(terminal.type(keys))
    var app = ReaderApp(data: data, size: large)
    _ = app.run(on: terminal)
    return terminal
  }

  static func status(_ terminal: VirtualTerminal) -> String {
    terminal.lastFrame?.text(ofRow: 22) ?? ""
  }

  @Test func oOpensTheArticlesAddressInTheBrowser() throws {
    let terminal = try Self.run(Self.quotedArticle(), keys: "Enter Enter o")
    #expect(terminal.launched == [["w3m", Self.url]])
    #expect(Self.status(terminal).contains("opened \(Self.url)"))
  }

  @Test func oOnTheStorysArticleLineOpensIt() throws {
    let terminal = try Self.run(
      Self.quotedArticle(), keys: "Enter o", browser: "firefox --new-tab %s")
    #expect(terminal.launched == [["firefox", "--new-tab", Self.url]])
  }

  @Test func withoutBrowserTheStatusLineSaysSo() throws {
    let terminal = try Self.run(Self.quotedArticle(), keys: "Enter Enter o", browser: nil)
    #expect(terminal.launched == [])
    #expect(Self.status(terminal).contains("no browser: set BROWSER"))
    #expect(terminal.lastFrame?.row(22).contains { $0.role == .error } == true)
  }

  @Test func withoutAddressTheStatusLineSaysSo() throws {
    let terminal = try Self.run(Self.quotedArticle(url: nil), keys: "Enter Enter o")
    #expect(terminal.launched == [])
    #expect(Self.status(terminal).contains("this article has no web address to open"))
  }

  @Test(arguments: [
    "javascript:alert(1)", "file:///etc/passwd", "--help", "https://a.example/x y",
    "https://a.example/\u{1B}]0;pwned\u{07}",
  ])
  func anAddressThatIsNotAWebAddressIsNotOpened(_ url: String) throws {
    let terminal = try Self.run(Self.quotedArticle(url: url), keys: "Enter Enter o")
    #expect(terminal.launched == [])
    let status = Self.status(terminal)
    #expect(status.contains("not opened"))
    #expect(!status.unicodeScalars.contains(where: TerminalText.isUnsafe))
  }

  @Test func yCopiesTheQuoteInViewAsACitation() throws {
    let terminal = try Self.run(Self.quotedArticle(), keys: "Enter Enter y")
    let citation = "“We are close to a deal” — Ana Petrova, Wire, 2025-01-02, \(Self.url)"
    #expect(terminal.clipboard == [citation])
    #expect(
      terminal.written == [
        "\u{1B}]52;c;" + ClipboardSequence.base64(Array(citation.utf8)) + "\u{07}"
      ])
    #expect(Self.status(terminal).contains("copied “We are close to a deal” — Ana Petrova"))
  }

  @Test func yCopiesTheMarkedQuote() throws {
    let data = try ReaderFixture.sample()
    let terminal = VirtualTerminal(size: Self.large, script: "Enter Enter ] ] y")
    var app = ReaderApp(data: data, size: Self.large)
    _ = app.run(on: terminal)
    let article = try #require(app.top as? ArticleScreen)
    let detail = try #require(article.detail)
    let quote = detail.quotes[try #require(article.currentQuote)]
    #expect(terminal.clipboard == [Citation(quote: quote, article: detail.article).text])
    let copied = try #require(terminal.clipboard.first)
    #expect(
      copied.contains(
        quote.text.split(whereSeparator: \.isWhitespace).prefix(4).joined(separator: " ")))
  }

  @Test func yOnTheSpeakersQuoteListCopiesTheSelectedQuote() throws {
    let data = try ReaderFixture.sample()
    let terminal = VirtualTerminal(size: Self.large, script: "s Enter j y")
    var app = ReaderApp(data: data, size: Self.large)
    _ = app.run(on: terminal)
    let list = try #require(app.top as? SpeakerQuotesScreen)
    let reference = list.quotes[list.cursor.selection]
    let quote = try #require(try data.quotes([reference.id]).first)
    let copied = try #require(terminal.clipboard.first)
    #expect(copied.contains(" — \(list.speaker.name)"))
    #expect(copied.contains(String(quote.text.prefix(20))))
    #expect(Self.status(terminal).contains("copied "))
  }

  @Test func yOnAStoryLineThatIsNoQuoteSaysSo() throws {
    let terminal = try Self.run(Self.quotedArticle(), keys: "Enter y")
    #expect(terminal.clipboard == [])
    #expect(Self.status(terminal).contains("select a quote to copy it as a citation"))
    let quoted = try Self.run(Self.quotedArticle(), keys: "Enter G y")
    #expect(quoted.clipboard.count == 1)
  }

  @Test func anArticleWithoutQuotesInViewSaysSo() throws {
    let data = FakeReaderData.single(title: "Quiet", text: "Nothing was said.")
    let terminal = try Self.run(data, keys: "Enter Enter y")
    #expect(terminal.clipboard == [])
    #expect(Self.status(terminal).contains("no quote in view to copy"))
  }

  @Test func helpListsBothKeys() throws {
    let terminal = try Self.run(Self.quotedArticle(), keys: "Enter Enter ?")
    let text = terminal.lastFrame?.plainText ?? ""
    #expect(text.contains("Open the article's web address with $BROWSER"))
    #expect(text.contains("Copy the quote as a citation"))
  }
}
