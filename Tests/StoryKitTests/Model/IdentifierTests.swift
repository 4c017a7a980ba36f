import Testing

@testable import StoryKit

@Suite("Ids survive what re-analysis changes")
struct IdentifierTests {
  static func articles(_ texts: [(id: String, text: String)]) throws -> [Article] {
    try ArticleLoader().clean(
      texts.map {
        RawArticle(id: ArticleID($0.id), location: SourceLocation(path: $0.id), text: $0.text)
      })
  }

  static let quoted = """
    The minister met farmers in the north of the country on Tuesday.

    "We will not raise the tax on diesel this year," Anna Berg said after the meeting.
    """

  @Test("a quote keeps its id when another paragraph of its article changes; its offsets move")
  func quoteIDSurvivesEdits() throws {
    let extractor = try QuoteExtractor.bundled()
    let before = try Self.articles([("a1", Self.quoted)])[0]
    let after = try Self.articles([
      ("a1", "A new opening paragraph was added by the editors later in the day.\n\n" + Self.quoted)
    ])[0]
    let old = try #require(extractor.extract(from: before).quotes.first)
    let new = try #require(extractor.extract(from: after).quotes.first)
    #expect(old.id == new.id)
    #expect(old.range != new.range)
    #expect(old.id.rawValue.hasPrefix("a1#"))
  }

  @Test("the same words quoted twice in one article get distinct ids")
  func repeatedQuotes() throws {
    let text =
      Self.quoted
      + "\n\nLater she repeated it.\n\n\"We will not raise the tax on diesel this year,\" Anna Berg said again."
    let quotes = try QuoteExtractor.bundled().extract(from: try Self.articles([("a2", text)])[0])
      .quotes
    try #require(quotes.count >= 2)
    #expect(Set(quotes.map(\.id)).count == quotes.count)
    #expect(quotes.contains { $0.id.rawValue.hasSuffix("~2") })
  }

  @Test("a speaker keeps its id when a fuller form of the name appears in the corpus")
  func speakerIDSurvivesFullerName() throws {
    let surnameOnly = try Self.articles([
      (
        "b1",
        "Farm prices fell again in May.\n\n\"Prices will recover by autumn,\" Berg said on Monday."
      )
    ])
    let withFullName =
      surnameOnly
      + (try Self.articles([
        (
          "b2",
          "The agriculture minister Anna Berg visited the port.\n\n\"Exports are strong,\" Anna Berg said."
        )
      ]))
    let before = QuoteAnalysis.analyse(surnameOnly, extractor: try .bundled())
    let after = QuoteAnalysis.analyse(withFullName, extractor: try .bundled())
    let old = try #require(before.directory.speaker(named: "Berg"))
    let new = try #require(after.directory.speaker(named: "Berg"))
    #expect(new.name == "Anna Berg")
    #expect(old.id == new.id)
  }

  @Test("a group is named by its original; a story by its first article")
  func groupAndStoryIDs() {
    #expect(GroupID(original: "x1") == GroupID(original: "x1"))
    #expect(GroupID(original: "x1") != GroupID(original: "x2"))
    #expect(GroupID(original: "x1").rawValue.count == 9)
    #expect(StoryID(firstArticle: "x1").rawValue.hasPrefix("s"))
    #expect(StoryID(firstArticle: "x1").rawValue != GroupID(original: "x1").rawValue)
  }
}
