import StoryKit
import Testing

/// Cleans one plain-text article with the bundled rules (no corpus evidence).
func cleanText(_ text: String, id: String = "t.txt") throws -> Article {
  try ArticleCleaner.bundled().clean(
    RawArticle(id: ArticleID(id), location: SourceLocation(path: id), text: text))
}

@Suite("Boilerplate line rules")
struct BoilerplateTests {
  static let body =
    "The minister said on Tuesday that talks would resume in Geneva next week after a pause."

  struct Case: CustomTestStringConvertible, Sendable {
    var family: String
    var line: String
    var testDescription: String { "\(family): \(line)" }
  }

  /// Lines of every family, from the seeds and from sites never seen.
  static let removed: [Case] = [
    Case(family: "counters", line: "403"),
    Case(family: "error-page", line: "Sorry!!"),
    Case(
      family: "error-page",
      line: "Error! We're sorry, but the page you were looking for doesn't exist."),
    Case(family: "error-page", line: "404 Not Found"),
    Case(family: "error-page", line: "Page not found"),
    Case(family: "error-page", line: "Please enable JavaScript to view this page."),
    Case(family: "navigation", line: "Link to main version"),
    Case(family: "navigation", line: "Skip to main content"),
    Case(family: "navigation", line: "Advertisement"),
    Case(family: "navigation", line: "3 min read"),
    Case(family: "read-more", line: "Read More @ www.reuters.com"),
    Case(family: "read-more", line: "Also Read: Markets rally as rates hold"),
    Case(family: "sharing", line: "Share This Article"),
    Case(family: "sharing", line: "Share on Facebook"),
    Case(family: "sharing", line: "Follow us on Google News"),
    Case(family: "sharing", line: "Sign up for our daily newsletter"),
    Case(family: "comments", line: "CommentsNo comment"),
    Case(family: "comments", line: "12 Comments"),
    Case(family: "comments", line: "Leave a Reply"),
    Case(family: "byline", line: "Staff Reporter"),
    Case(
      family: "photo-credit",
      line: "Photo: https://commons.wikimedia.org/wiki/File:X.jpg by Semyon Borisov Moscow Kremlin"),
    Case(family: "photo-credit", line: "Image credit: Getty Images"),
    Case(family: "photo-credit", line: "(Photo: AFP)"),
    Case(family: "legal", line: "© 2024 Daily Planet Media. All rights reserved."),
    Case(family: "legal", line: "Copyright 2023 The Herald"),
    Case(
      family: "legal",
      line:
        "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)"
    ),
    Case(family: "wire-signoff", line: "REUTER"),
    Case(family: "wire-signoff", line: "-- IANS"),
    Case(family: "counters", line: "143"),
  ]

  @Test("a boilerplate line is removed and recorded with its family", arguments: removed)
  func removesLine(_ testCase: Case) throws {
    let article = try cleanText(
      "\(Self.body)\n\n\(testCase.line)\n\nA second paragraph of the story follows here.")
    #expect(!article.cleanText.contains(testCase.line))
    #expect(article.cleanText.contains(Self.body))
    #expect(article.cleanText.contains("A second paragraph of the story follows here."))
    let removal = try #require(article.removals.first)
    #expect(article.removals.count == 1)
    #expect(removal.text == testCase.line)
    if case .rule(let family, _) = removal.reason {
      #expect(family == testCase.family)
    } else {
      Issue.record("expected a rule removal, got \(removal.reason)")
    }
  }

  /// Real sentences that share words with boilerplate: all must stay.
  static let keptLines: [String] = [
    "Share prices fell sharply on Monday after the announcement.",
    "Comments by the minister drew criticism from the opposition.",
    "By the end of the week, the talks had collapsed.",
    "Photo opportunities were arranged for the visiting delegation.",
    "Sorry, but we cannot accept these terms, the union said.",
    "Read more of the report, he urged lawmakers on Thursday.",
    "Copyright law was at the heart of the dispute.",
    "Error rates in the count were below one percent, officials said.",
    "2024 was the hottest year on record.",
    "Home prices rose 3% in May.",
  ]

  @Test("sentences that merely share words with boilerplate are kept", arguments: keptLines)
  func keepsLine(_ line: String) throws {
    let article = try cleanText("\(Self.body)\n\n\(line)\n\nThe end of the story is here.")
    #expect(article.cleanText.contains(line))
    #expect(article.removals.isEmpty)
  }

  @Test("a bare number is a counter at the top, data lower down")
  func bareNumbers() throws {
    let lines = (1...6).map { "Line \($0) of the match report with some words." }.joined(
      separator: "\n")
    let article = try cleanText("\(lines)\n78,000\nS Bennett (Kent).")
    #expect(article.cleanText.contains("78,000"))
    #expect(article.removals.isEmpty)
  }

  @Test("a closing block after a footer rule goes as a whole; a long one does not")
  func footerBlock() throws {
    let short = try cleanText(
      "\(Self.body)\n\nLegal Disclaimer:\nMENAFN provides the information “as is” without warranty of any kind.\nCommentsNo comment"
    )
    #expect(short.cleanText == Self.body)
    #expect(short.removals.count == 3)

    let longTail = String(repeating: "This is real article text that goes on and on. ", count: 40)
    let long = try cleanText("\(Self.body)\n\nTAGGED:\n\(longTail)")
    #expect(long.cleanText.contains("This is real article text"))
    #expect(!long.cleanText.contains("TAGGED:"))
  }

  @Test("a byline is removed, the author recorded, and the echoed name above it too")
  func byline() throws {
    let article = try cleanText(
      "Big News Today\n\nJane Doe\nBy Jane Doe, Reuters\n\n\(Self.body)\n\nMore text of the story.")
    #expect(article.author == "Jane Doe")
    #expect(!article.cleanText.contains("Jane Doe"))
    #expect(article.removals.filter { $0.reason == .byline }.count == 2)
  }

  @Test("separator lines and markdown emphasis are cleaned from headings")
  func markdown() throws {
    let article = try cleanText(
      "Title Line Here\n\n**A Heading In Bold**\n\n* * *\n\n\(Self.body)\n\n## Another heading\n\nMore."
    )
    #expect(article.cleanText == "A Heading In Bold\n\n\(Self.body)\n\nAnother heading\n\nMore.")
  }
}
