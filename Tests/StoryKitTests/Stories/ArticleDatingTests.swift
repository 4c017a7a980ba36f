import StoryKit
import Testing

@Suite("Article dates: given, read from the opening, inferred from mentions")
struct ArticleDatingTests {
  static func article(_ text: String, title: String? = nil, date: String? = nil) throws -> Article {
    try ArticleCleaner.bundled().clean(
      RawArticle(
        id: "t", location: SourceLocation(path: "t"), text: text, title: title, date: date))
  }

  struct Mention: CustomTestStringConvertible, Sendable {
    var name: String
    var sentence: String
    /// The article's own date, or `nil` for none.
    var date: String?
    /// The expected mention text and day, or `nil` when nothing may be resolved.
    var expected: (text: String, day: String)?
    var testDescription: String { name }
  }

  // NB: 2025-04-28 is a Monday.
  static let mentions: [Mention] = [
    Mention(
      name: "month day year", sentence: "The talks ended on November 11, 2011 in Delhi.",
      date: nil, expected: ("November 11, 2011", "2011-11-11")),
    Mention(
      name: "day month year", sentence: "The quake struck on 28 November 2005 at dawn.", date: nil,
      expected: ("28 November 2005", "2005-11-28")),
    Mention(
      name: "ordinal day", sentence: "The vote was held on March 3rd, 2009 in the capital.",
      date: nil, expected: ("March 3rd, 2009", "2009-03-03")),
    Mention(
      name: "ISO date", sentence: "The filing is dated 2013-05-02 in the court records.",
      date: nil, expected: ("2013-05-02", "2013-05-02")),
    Mention(
      name: "US numeric date", sentence: "The page was posted 11/27/2005 by the newsroom.",
      date: nil, expected: ("11/27/2005", "2005-11-27")),
    Mention(
      name: "weekday before the article's date", sentence: "The call took place on Sunday evening.",
      date: "2025-04-28", expected: ("on Sunday", "2025-04-27")),
    Mention(
      name: "the article's own weekday", sentence: "The ministry said so on Monday.",
      date: "2025-04-28", expected: ("on Monday", "2025-04-28")),
    Mention(
      name: "last weekday", sentence: "The envoy arrived last Monday with a letter.",
      date: "2025-04-28", expected: ("last Monday", "2025-04-21")),
    Mention(
      name: "next weekday", sentence: "The envoys will meet next Friday in Geneva.",
      date: "2025-04-28", expected: ("next Friday", "2025-05-02")),
    Mention(
      name: "month and day take the article's year",
      sentence: "The talks took place on May 16 in Istanbul.",
      date: "2025-05-20", expected: ("May 16", "2025-05-16")),
    Mention(
      name: "a month long after the article's date is last year's",
      sentence: "The fire broke out on December 28 near the port.", date: "2025-01-03",
      expected: ("December 28", "2024-12-28")),
    Mention(
      name: "a week ago", sentence: "They spoke by telephone a week ago about the plan.",
      date: "2025-05-28", expected: ("a week ago", "2025-05-21")),
    Mention(
      name: "three days ago", sentence: "The strike began three days ago at the mine.",
      date: "2025-05-28", expected: ("three days ago", "2025-05-25")),
    Mention(
      name: "yesterday", sentence: "The minister resigned yesterday after the vote.",
      date: "2025-05-28", expected: ("yesterday", "2025-05-27")),
    Mention(
      name: "no reference: a weekday is not resolved",
      sentence: "The call took place on Sunday evening.",
      date: nil, expected: nil),
    Mention(
      name: "no reference: a bare month and day is not resolved",
      sentence: "The next round is due on June 2 in Istanbul.", date: nil, expected: nil),
    Mention(
      name: "the verb may is not a month", sentence: "Officials may 12 times review the plan.",
      date: "2025-05-28", expected: nil),
    Mention(
      name: "an impossible day is not a date",
      sentence: "The ledger shows February 30, 2021 twice.",
      date: nil, expected: nil),
  ]

  @Test("a mentioned day is resolved, or left out", arguments: mentions)
  func mention(_ testCase: Mention) throws {
    let article = try Self.article(
      "The story begins here with a plain opening sentence about nothing dated.\n\n"
        + testCase.sentence, date: testCase.date)
    let dating = ArticleDating(dating: article)
    if let expected = testCase.expected {
      let mention = try #require(dating.mentions.first)
      #expect(dating.mentions.count == 1)
      #expect(mention.text == expected.text)
      #expect(mention.date.description == expected.day)
      #expect(mention.isRelative == (testCase.date != nil))
      let original = String(
        article.originalText.unicodeScalars.dropFirst(mention.range.start).prefix(
          mention.range.length))
      #expect(original == expected.text)
    } else {
      #expect(dating.mentions.isEmpty)
    }
  }

  @Test("the article's own date is given, not inferred")
  func givenDate() throws {
    let article = try Self.article(
      "Updated: March 3, 2009\n\nThe vote was held.", date: "2009-03-04")
    let date = try #require(ArticleDating(dating: article).date)
    #expect(date.date.description == "2009-03-04")
    #expect(!date.isInferred)
  }

  @Test("a date in the page's opening is the article's date, marked inferred")
  func openingDate() throws {
    let article = try Self.article(
      "Navy foils pirate attack off the coast\n\nUpdated: November 11, 2011 20:09 IST\n\nThe navy on Thursday thwarted an attack on merchant ships.\n\nNo one was hurt."
    )
    let dating = ArticleDating(dating: article)
    let date = try #require(dating.date)
    #expect(date.date.description == "2011-11-11")
    #expect(date.isInferred)
    #expect(dating.mentions.map(\.date.description).contains("2011-11-10"))  // "on Thursday"
  }

  @Test("a date deep in the text is a mention, not the article's date")
  func deepDateIsNotTheArticlesDate() throws {
    let article = try Self.article(
      "The pin-up model died in Los Angeles after a heart attack.\n\nShe was a star of the fifties.\n\nFans gathered outside the hospital.\n\nShe was born on April 22, 1923 in Nashville."
    )
    let dating = ArticleDating(dating: article)
    #expect(dating.date == nil)
    #expect(dating.mentions.map(\.date.description) == ["1923-04-22"])
  }

  @Test("without a date, the period of the corpus dates a bare month and day")
  func periodInference() throws {
    let text =
      "Rubio said the negotiations that took place on May 16 in Istanbul were not a waste of time.\n\nOn Saturday the two ministers spoke again."
    let article = try Self.article(text)
    #expect(ArticleDating(dating: article).date == nil)
    let period = try #require(ArticleDate(iso: "2025-04-28"))
    let dating = ArticleDating(dating: article, period: period)
    let date = try #require(dating.date)
    #expect(date.date.description == "2025-05-16")
    #expect(date.isInferred)
    // "On Saturday" stays unresolved: May 16 only bounds the article's date from below.
    #expect(dating.mentions.map(\.date.description) == ["2025-05-16"])
  }

  @Test(
    "a corpus period exists only when its dated articles share one year",
    arguments: [
      (["2025-04-28", "2025-05-02", "2025-06-01"], "2025-05-02"),
      (["2008-12-01", "2013-05-02", "2005-11-27"], nil),
      ([], nil),
    ] as [([String], String?)])
  func period(_ days: [String], _ expected: String?) {
    let dates = days.compactMap { ArticleDate(iso: $0) }
    #expect(ArticleDating.period(of: dates)?.description == expected)
  }

  /// An article and the date it should be shown with (`nil`: undated).
  struct Shown: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var title: String?
    var expected: String?
    var testDescription: String { name }
  }

  static let shown: [Shown] = [
    Shown(
      name: "a birth date opening an obituary is an event, not the article's date",
      text:
        "The novelist, born on 5 April 1920 in London, died at his home in the Bahamas.\n\nHis books sold 170 million copies.\n\nHe wrote eleven novels.",
      expected: nil),
    Shown(
      name: "a meeting still to come is an event, not the article's date",
      text:
        "The next round of negotiations should take place in Istanbul on June 2, 2025, the minister said.\n\nThe delegations have not been named.\n\nTalks continue.",
      expected: nil),
    Shown(
      name: "a date in the headline is not the article's date",
      text: "Officials met again.\n\nNothing was agreed.\n\nThey will meet next week.",
      title: "What happened on 9 November 1989", expected: nil),
    Shown(
      name: "a page's date line is its date",
      text:
        "Man charged with arson after supermarket fire\nMonday, July 22, 2013\nA man has been charged following a fire.\n\nThe store was closed.\n\nPolice said more arrests may follow.",
      expected: "2013-07-22"),
    Shown(
      name: "a date line with a time and zone is its date",
      text:
        "Electoral districts established\n4 October 2013, 18:07 (GMT+05:00)\nThe election is scheduled for December 15, 2013.\n\nDistricts were drawn.\n\nVoting starts at eight.",
      expected: "2013-10-04"),
    Shown(
      name: "a day over a kick-off time is no date",
      text:
        "Ewood Park\nTuesday, 1 March\n2000 GMT\nThe home side are missing two defenders.\n\nThe visitors are at full strength.\n\nThe winners meet Leicester.",
      expected: nil),
    Shown(
      name: "a date after Published is its date",
      text:
        "Published on 3 May 2011 by the newsroom, this report covers the strike.\n\nWorkers walked out.\n\nTalks resume on 10 May 2011.",
      expected: "2011-05-03"),
    Shown(
      name: "a dated dateline is its date",
      text:
        "LONDON, May 3, 2011 (Reuters) - Shares fell on Tuesday.\n\nTraders were cautious.\n\nThe index closed lower.",
      expected: "2011-05-03"),
  ]

  @Test("the date shown is a publication date, never a date only mentioned", arguments: shown)
  func shownDate(_ testCase: Shown) throws {
    let article = try Self.article(testCase.text, title: testCase.title)
    let dating = ArticleDating(dating: article)
    #expect(dating.shownDate?.date.description == testCase.expected)
    #expect(dating.isPublication == (testCase.expected != nil))
    if let shown = dating.shownDate { #expect(shown.isInferred) }
  }

  @Test("a mentioned day may still place the article on the timeline")
  func eventDateStaysOnTheTimeline() throws {
    let article = try Self.article(
      "The novelist, born on 5 April 1920 in London, died at his home.\n\nHis books sold well.\n\nHe wrote eleven novels.")
    let dating = ArticleDating(dating: article)
    #expect(dating.date?.date.description == "1920-04-05")
    #expect(dating.shownDate == nil)
  }

  @Test("a given date is shown as given, not inferred")
  func givenDateIsShown() throws {
    let article = try Self.article("The vote was held.", date: "2009-03-04")
    let shown = try #require(ArticleDating(dating: article).shownDate)
    #expect(shown.date.description == "2009-03-04")
    #expect(!shown.isInferred)
  }
}
