import StoryKit
import Testing

@Suite("Source, title and date")
struct MetadataTests {
  struct SourceCase: CustomTestStringConvertible, Sendable {
    var text: String
    var source: String?
    var testDescription: String {
      source.map { "\($0): \(text.prefix(40))" } ?? "none: \(text.prefix(40))"
    }
  }

  static let sources: [SourceCase] = [
    SourceCase(
      text: "Moscow, April 28 (IANS) Russian officials met on Monday to discuss the talks.",
      source: "IANS"),
    SourceCase(
      text: "BEIJING, Oct 25 (IANS) -- The actor was named host on Friday.", source: "IANS"),
    SourceCase(
      text: "(MENAFN) Russia and the United States have reported steps forward in the talks.",
      source: "MENAFN"),
    SourceCase(
      text: "WASHINGTON (Reuters) - The Senate passed the bill on Thursday night.",
      source: "Reuters"),
    SourceCase(
      text: "NEW DELHI, March 3 (PTI) The government announced a new scheme on Sunday.",
      source: "PTI"),
    SourceCase(
      text: "Russia and the US keep talking, Kremlin spokesman Dmitry Peskov said, TASS said.",
      source: "TASS"),
    SourceCase(text: "The bank cut rates on Friday, according to Reuters.", source: "Reuters"),
    SourceCase(
      text:
        "The talks went well, officials said.\n\nMore text of the story here.\n\nRead More @ www.reuters.com",
      source: "Reuters"),
    SourceCase(
      text: "LAGOS, May 2 (NAN) The governor spoke to reporters on Monday.", source: "NAN"),
    // Not evidence: a name mentioned in the body, a non-credit parenthesis.
    SourceCase(text: "The White House said so, as reported by Reuters.", source: nil),
    SourceCase(text: "Rubio told CBS News that the talks were useful.", source: nil),
    SourceCase(
      text: "The Russian Direct Investment Fund (RDIF) said it would invest more.", source: nil),
    SourceCase(
      text: "Officials (AP) met. Then they left the building later that day.", source: nil),
  ]

  @Test("the source is detected only from clear evidence", arguments: sources)
  func source(_ testCase: SourceCase) throws {
    let article = try cleanText(testCase.text + "\n\nSecond paragraph of the article text.")
    #expect(article.source == testCase.source)
    #expect(article.sourceProvenance == (testCase.source == nil ? nil : .detected))
  }

  @Test("the input's source wins over detection")
  func givenSource() throws {
    let raw = RawArticle(
      id: "a", location: SourceLocation(path: "a"), text: "Moscow, April 28 (IANS) Text.",
      source: "Yahoo News")
    let article = try ArticleCleaner.bundled().clean(raw)
    #expect(article.source == "Yahoo News")
    #expect(article.sourceProvenance == .given)
  }

  struct TitleCase: CustomTestStringConvertible, Sendable {
    var text: String
    var title: String
    var provenance: Provenance
    var testDescription: String { title }
  }

  static let titles: [TitleCase] = [
    TitleCase(
      text: "Storm Hits Coast\n\nThe storm hit the coast on Monday, officials said.",
      title: "Storm Hits Coast", provenance: .detected),
    TitleCase(
      text: "Is This The End Of Cash?\n\nBanks are closing branches.",
      title: "Is This The End Of Cash?", provenance: .detected),
    TitleCase(
      text: "The storm hit the coast on Monday, officials said. Thousands lost power.\n\nMore.",
      title: "The storm hit the coast on Monday, officials said", provenance: .derived),
    TitleCase(
      text: "PARIS (AFP) - The museum reopened its doors on Tuesday after a long closure.\n\nMore.",
      title: "The museum reopened its doors on Tuesday after a long closure", provenance: .derived),
    TitleCase(
      text:
        "Officials from the ministry of finance and the central bank met on Monday in the capital, and agreed on a plan to cut rates.\n\nMore.",
      title:
        "Officials from the ministry of finance and the central bank met on Monday in the capital",
      provenance: .derived),
    TitleCase(
      text: "Only one line, no period", title: "Only one line, no period", provenance: .derived),
  ]

  @Test("the title is a headline line, else derived from the lead", arguments: titles)
  func title(_ testCase: TitleCase) throws {
    let article = try cleanText(testCase.text)
    #expect(article.title == testCase.title)
    #expect(article.titleProvenance == testCase.provenance)
  }

  @Test("a given title is used; the same headline at the top of the text leaves the body")
  func givenTitle() throws {
    let raw = RawArticle(
      id: "a", location: SourceLocation(path: "a"),
      text: "Storm  Hits Coast\n\nThe storm hit the coast.",
      title: "Storm Hits **Coast**")
    let article = try ArticleCleaner.bundled().clean(raw)
    #expect(article.title == "Storm Hits Coast")
    #expect(article.titleProvenance == .given)
    #expect(article.cleanText == "The storm hit the coast.")
    #expect(article.titleRange == TextRange(start: 0, end: 17))
  }

  struct DateCase: CustomTestStringConvertible, Sendable {
    var given: String?
    var text: String
    var date: String?
    var testDescription: String { "\(given ?? "-") \(text.prefix(20)) → \(date ?? "nil")" }
  }

  static let dates: [DateCase] = [
    DateCase(
      given: nil, text: " date 2025-04-28 Moscow, April 28 (IANS) Text of the story.",
      date: "2025-04-28"),
    DateCase(given: nil, text: "date 2024-02-29\nHeadline Of Note\n\nText.", date: "2024-02-29"),
    DateCase(given: nil, text: " date 2025-02-30 Not a real day.", date: nil),
    DateCase(given: "2013-05-02", text: "Text.", date: "2013-05-02"),
    DateCase(given: "2013-05-02T10:00:00Z", text: "Text.", date: "2013-05-02"),
    DateCase(given: "May 2, 2013", text: "Text.", date: nil),
    DateCase(given: nil, text: "The update is dated 2025-04-28 in the text.", date: nil),
  ]

  @Test("dates come from the input or the scraper header, never from guessing", arguments: dates)
  func date(_ testCase: DateCase) throws {
    let raw = RawArticle(
      id: "a", location: SourceLocation(path: "a"), text: testCase.text, date: testCase.given)
    let article = try ArticleCleaner.bundled().clean(raw)
    #expect(article.date?.description == testCase.date)
    #expect(!article.cleanText.contains("date 20"))
  }
}
