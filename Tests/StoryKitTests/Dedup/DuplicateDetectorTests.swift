import Foundation
import StoryKit
import Testing

@Suite("Near-duplicate syndicated copies")
struct DuplicateDetectorTests {
  /// A wire story of ten paragraphs, written for these tests.
  static let paragraphs = [
    "The city council of Northbridge voted on Tuesday to close the old harbour bridge to heavy traffic after engineers found deep cracks in two of its steel supports.",
    "Mayor Helen Ortiz said the decision was painful but unavoidable, adding that the bridge carries more than twenty thousand vehicles on an ordinary weekday.",
    "Engineers from the regional transport authority inspected the structure last month and reported that corrosion had spread faster than any earlier survey predicted.",
    "Lorries heavier than seven tonnes will be sent through the industrial ring road, a detour that adds roughly twenty minutes to the crossing for most drivers.",
    "Local businesses on the waterfront warned that the closure could cut their trade by a third during the busy summer months when tourists arrive by coach.",
    "The council has set aside forty million for repairs, though officials admit the final bill could be higher once the full extent of the damage is known.",
    "Work on the replacement supports is expected to begin in the autumn and to last at least eighteen months, according to the authority's published schedule.",
    "Residents of the eastern districts, who depend on the bridge to reach the central hospital, asked for an emergency bus lane to be opened on the ring road.",
    "The opposition group on the council accused the mayor of ignoring warnings from a 2019 inspection that first flagged rust on the northern span.",
    "A public meeting on the closure will be held at the town hall next Thursday evening, and written objections can be sent to the council until the end of the month.",
  ]

  static func article(_ id: String, _ text: String, date: String? = nil) throws -> Article {
    try ArticleCleaner.bundled().clean(
      RawArticle(id: ArticleID(id), location: SourceLocation(path: id), text: text, date: date))
  }

  static var story: String { paragraphs.joined(separator: "\n\n") }

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var copy: String
    var testDescription: String { name }
  }

  static let copies: [Case] = [
    Case(name: "an exact copy", copy: story),
    Case(name: "a trimmed copy", copy: paragraphs.prefix(6).joined(separator: "\n\n")),
    Case(
      name: "a copy with a dateline, byline and footer",
      copy: "By Sam Reed | Harbour Times\n\nNORTHBRIDGE, June 3 (IANS) -- " + story
        + "\n\nFollow Harbour Times on Telegram for the latest updates.\n\nCopyright 2024 Harbour Times. All rights reserved."
    ),
    Case(
      name: "an edited copy (a dropped sentence, typos)",
      copy: paragraphs.enumerated().filter { $0.offset != 4 }.map(\.element).joined(
        separator: "\n\n"
      )
      .replacingOccurrences(of: "corrosion", with: "corossion").replacingOccurrences(
        of: "detour", with: "detuor")),
  ]

  @Test("a copy is grouped under the original", arguments: copies)
  func copyIsGrouped(_ testCase: Case) throws {
    let original = try Self.article("original", Self.story, date: "2024-06-03")
    let copy = try Self.article("copy", testCase.copy, date: "2024-06-04")
    let groups = DuplicateDetector().groups([copy, original])
    let group = try #require(groups.first)
    #expect(groups.count == 1)
    #expect(group.original == "original")
    #expect(group.copies.map(\.article) == ["copy"])
    #expect((group.copies.first?.containment ?? 0) >= 0.6)
  }

  @Test("two outlets' own reports of the same event are not copies")
  func sameEventDifferentArticles() throws {
    let other = """
      Heavy vehicles will no longer be allowed across Northbridge's harbour crossing, the town decided on Tuesday, after inspectors discovered cracked steel beams.

      "We had no choice," Helen Ortiz, the mayor, told reporters outside the town hall, where shopkeepers had gathered to protest.

      Drivers of lorries face a twenty-minute detour on the ring road, and hospital patients from the east side want a dedicated bus lane.

      Repairs budgeted at forty million are due to start in the autumn; critics say a 2019 report had already warned of rust.
      """
    let groups = DuplicateDetector().groups([
      try Self.article("a", Self.story), try Self.article("b", other),
    ])
    #expect(groups.isEmpty)
  }

  @Test("tiny articles never pair, even when identical")
  func tinyArticles() throws {
    let text = "Markets closed higher on Friday."
    let groups = DuplicateDetector().groups([
      try Self.article("a", text), try Self.article("b", text),
    ])
    #expect(groups.isEmpty)
  }

  @Test("a round-up holding two unrelated stories does not chain them")
  func hubDoesNotChain() throws {
    let second = [
      "The national orchestra announced on Monday that its chief conductor will step down next spring after eleven seasons leading the ensemble on tour.",
      "Audiences across the country followed his cycle of symphonies, which sold out every concert hall the orchestra visited during the past three years.",
      "The board said a search committee would name a successor before the end of the year, and that guest conductors would fill the coming season.",
      "Musicians praised his patience in rehearsal and his habit of learning every player's name in his first week, a gesture many still talk about.",
      "He will remain honorary conductor and return each year for a festival of contemporary music that he founded with the city's music college.",
    ].joined(separator: "\n\n")
    let roundUp = Self.paragraphs.prefix(5).joined(separator: "\n\n") + "\n\n" + second
    let articles = [
      try Self.article("bridge", Self.paragraphs.prefix(5).joined(separator: "\n\n")),
      try Self.article("orchestra", second),
      try Self.article("roundup", roundUp),
    ]
    for group in DuplicateDetector().groups(articles) {
      let members = Set([group.original] + group.copies.map(\.article))
      #expect(!(members.contains("bridge") && members.contains("orchestra")))
    }
  }

  @Test("adding articles in batches gives the groups of adding them at once")
  func incremental() throws {
    let articles = try [
      Self.article("a", Self.story), Self.article("x", Self.copies[2].copy),
      Self.article("b", Self.copies[1].copy),
      Self.article(
        "c", "A short unrelated note about the weather in the hills, with nothing else."),
    ]
    var index = DuplicateIndex()
    let texts = Self.texts(of: articles)
    try index.add(Array(articles.prefix(2)), texts: texts)
    #expect(try index.groups(texts: texts).count == 1)
    // NB: the first batch's shingles were let go with its groups: they come back from `texts`.
    try index.add(Array(articles.dropFirst(2)), texts: texts)
    #expect(index.count == 4)
    #expect(try index.groups(texts: texts) == DuplicateDetector().groups(articles))
  }

  @Test("removing articles gives the groups of never having added them")
  func removal() throws {
    let articles = try [
      Self.article("a", Self.story), Self.article("x", Self.copies[2].copy),
      Self.article("b", Self.copies[1].copy),
    ]
    var index = DuplicateIndex()
    let texts = Self.texts(of: articles)
    try index.add(articles, texts: texts)
    #expect(try index.groups(texts: texts).first?.copies.count == 2)
    index.remove([ArticleID("x")])
    #expect(index.count == 2)
    let expected = DuplicateDetector().groups([articles[0], articles[2]])
    #expect(try index.groups(texts: texts) == expected)
    index.remove([ArticleID("a")])
    #expect(try index.groups(texts: texts).isEmpty)
  }

  /// The clean texts of `articles`, as a library gives them to the index; a text asked for
  /// that is not there (an article the index should not need) is a mistake.
  static func texts(of articles: [Article]) -> DuplicateIndex.TextSource {
    let byID = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0.cleanText) })
    return { ids throws(LibraryError) in
      var found: [ArticleID: String] = [:]
      for id in ids {
        if let text = byID[id] { found[id] = text } else { Issue.record("text of \(id) asked for") }
      }
      return found
    }
  }

  @Test("results are the same on every run")
  func deterministic() throws {
    let articles = try [
      Self.article("a", Self.story), Self.article("b", Self.copies[1].copy),
      Self.article("c", Self.copies[2].copy),
    ]
    let first = DuplicateDetector().groups(articles)
    for _ in 0..<3 { #expect(DuplicateDetector().groups(articles) == first) }
    #expect(first.count == 1)
  }
}
