import StoryKit
import Testing

@testable import StoryUI

/// `}` / `{` (the speaker's next / previous quote anywhere in the corpus) and `*` (all the
/// speaker's quotes) in the article, on the bundled sample, where Sergei Lavrov is quoted in
/// several articles.
@Suite struct SpeakerJumpScreenTests {
  static let large = GridSize(rows: 24, columns: 80)

  /// The reader on the sample with the article of Lavrov's first listed quote open at it.
  static func atLavrovsFirstQuote() throws -> ScreenScript {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: large))
    try script.press("s")
    let speakers = try #require(script.app.top as? SpeakersScreen)
    let lavrov = try #require(speakers.speakers.firstIndex { $0.name == "Sergei Lavrov" })
    try script.press(lavrov == 0 ? "Enter Enter" : "\(lavrov) j Enter Enter")
    return script
  }

  /// The article on top and the quote marked in it.
  static func current(_ script: ScreenScript) throws -> (article: ArticleScreen, quote: Quote) {
    let article = try #require(script.app.top as? ArticleScreen)
    let detail = try #require(article.detail)
    let index = try #require(article.currentQuote)
    return (article, detail.quotes[index])
  }

  @Test func speakerJumpsVisitEveryQuoteInTimeOrder() throws {
    let data = try ReaderFixture.sample()
    let lavrov = try #require(try data.speakers().first { $0.name == "Sergei Lavrov" })
    let all = try data.quoteReferences(by: lavrov.id)
    let dates = try data.summaries(of: all.map(\.article)).mapValues(\.date)
    #expect(Set(all.map(\.article)).count > 1, "the sample quotes Lavrov in several articles")

    var script = try Self.atLavrovsFirstQuote()
    try script.press("9 9 {")
    var visited = [try Self.current(script).quote]
    while visited.count <= all.count {
      try script.press("}")
      let (article, quote) = try Self.current(script)
      if quote.id == visited.last?.id {
        #expect(article.status?.text == "no later quote by Sergei Lavrov")
        break
      }
      visited.append(quote)
    }
    #expect(visited.count == all.count)
    #expect(Set(visited.map(\.id)) == Set(all.map(\.id)))
    #expect(visited.allSatisfy { $0.speaker == "Sergei Lavrov" })
    let days = visited.compactMap { dates[$0.article] ?? nil }
    #expect(days == days.sorted(), "in time order")
    #expect(Set(visited.map(\.article)).count > 1, "across articles")

    try script.press("{")
    #expect(try Self.current(script).quote.id == visited[visited.count - 2].id)
    try script.press("9 9 {")
    #expect(try Self.current(script).quote.id == visited[0].id)
    try script.press("{")
    #expect(try Self.current(script).article.status?.text == "no earlier quote by Sergei Lavrov")
  }

  /// `a spokesman` of one article is not the spokesman of another: `}` and `{` stay in the
  /// article, and say why at its ends.
  @Test func anUnnamedSpeakerIsFollowedInItsArticleOnly() throws {
    let data = try ReaderFixture.spokesmen()
    let spokesman = try #require(try data.speakers().first { $0.name == "a spokesman" })
    #expect(!spokesman.isNamed)
    #expect(Set(try data.quoteReferences(by: spokesman.id).map(\.article)).count == 2)

    var script = ScreenScript(app: ReaderApp(data: data, size: Self.large))
    try script.press("Enter Enter ]")
    while try Self.current(script).quote.speaker != "a spokesman",
      try Self.current(script).article.currentQuote ?? 9 < 3
    {
      try script.press("]")
    }
    let start = try Self.current(script)
    #expect(start.quote.speaker == "a spokesman")
    try script.press("}")
    let next = try Self.current(script)
    #expect(next.article.articleID == start.article.articleID)
    #expect(next.quote.id != start.quote.id)
    #expect(next.article.status?.text.hasPrefix("a spokesman: quote 2 of 2 in this article") == true)
    try script.press("}")
    #expect(try Self.current(script).article.articleID == start.article.articleID)
    #expect(
      try Self.current(script).article.status?.text
        == "no later quote by a spokesman in this article (unnamed: in other articles it is someone else)"
    )
  }

  @Test func jumpingToAnotherArticleOpensItAtTheQuote() throws {
    var script = try Self.atLavrovsFirstQuote()
    let start = try Self.current(script)
    var presses = 0
    while try Self.current(script).article.articleID == start.article.articleID, presses < 20 {
      try script.press("}")
      presses += 1
    }
    let (article, quote) = try Self.current(script)
    #expect(article.articleID != start.article.articleID)
    #expect(quote.speaker == "Sergei Lavrov")
    try script.snapshot("article-80x24-next-by-speaker")
    // NB: the other article opened on top; back returns to the first.
    try script.press("q")
    #expect(try Self.current(script).article.articleID == start.article.articleID)
  }

  @Test func starListsAllQuotesOfTheSpeaker() throws {
    var script = try Self.atLavrovsFirstQuote()
    try script.press("} }")
    let quote = try Self.current(script).quote
    try script.press("*")
    let list = try #require(script.app.top as? SpeakerQuotesScreen)
    #expect(list.speaker.name == "Sergei Lavrov")
    #expect(list.quotes[list.cursor.selection].id == quote.id, "the quote * was pressed on")
    try script.snapshot("article-80x24-speaker-quotes")
    try script.press("q")
    #expect(script.app.top is ArticleScreen)
  }

  @Test func withoutAQuoteAheadTheStatusSaysSo() throws {
    let data = FakeReaderData.single(title: "Plain", text: "No one is quoted here.")
    var script = ScreenScript(app: ReaderApp(data: data, size: Self.large))
    try script.press("Enter Enter")
    try #require(script.app.top is ArticleScreen)
    for key in ["}", "{", "*"] {
      try script.press(key)
      let article = try #require(script.app.top as? ArticleScreen, "\(key) stays on the article")
      #expect(article.status?.text == "there is no quote from here to the end of the article")
    }
  }

  @Test func theKeysAreInTheKeymapWithHelp() {
    #expect(Keymap.default.action(for: .character("}")) == .nextSpeakerQuote)
    #expect(Keymap.default.action(for: .character("{")) == .previousSpeakerQuote)
    #expect(Keymap.default.action(for: .character("*")) == .speakerQuotes)
    #expect(Action.nextSpeakerQuote.partner == .previousSpeakerQuote)
  }
}
