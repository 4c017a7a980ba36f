import Testing

@testable import StoryKit

@Suite("Stories: one event across outlets and days")
struct StoryClusteringTests {
  typealias Fixture = StoryFixture

  static func stories(_ articles: [Article]) throws -> [Story] {
    try StoryCatalog.stories(
      of: articles, duplicates: DuplicateDetector().groups(articles),
      quotes: QuoteAnalysis.analyse(articles))
  }

  @Test("the same event told by three outlets is one story; unrelated news is another")
  func sameEventAcrossOutlets() throws {
    let articles = try Fixture.articles(Fixture.firstQuake + Fixture.bridge)
    let stories = try Self.stories(articles)
    #expect(
      Fixture.grouping(stories.map(\.articles))
        == [Fixture.ids(Fixture.firstQuake), Fixture.ids(Fixture.bridge)])
    let quake = try #require(stories.first { $0.articles.contains("quake1-wire") })
    #expect(quake.sources == ["Nordic Wire", "Coastal Radio", "Harbour Times"])
    #expect(quake.firstDate?.date.description == "2021-03-14")
    #expect(quake.lastDate?.date.description == "2021-03-15")
  }

  @Test(
    "two look-alike events on one island stay apart, with or without dates",
    arguments: [true, false])
  func lookAlikeEventsStayApart(dated: Bool) throws {
    let articles = try Fixture.articles(Fixture.firstQuake + Fixture.secondQuake, dated: dated)
    let stories = try Self.stories(articles)
    #expect(
      Fixture.grouping(stories.map(\.articles))
        == [Fixture.ids(Fixture.firstQuake), Fixture.ids(Fixture.secondQuake)])
    // The two quakes are one thread: the stories are linked.
    for story in stories { #expect(story.related.count == 1) }
  }

  @Test("members are in time order, undated ones last")
  func timeOrder() throws {
    var items = Fixture.secondQuake
    items[0].date = nil
    let stories = try Self.stories(Fixture.articles(items))
    let story = try #require(stories.first)
    #expect(story.articles == ["quake2-radio", "quake2-times", "quake2-wire"])
    #expect(story.members.last?.date == nil)
  }

  @Test("a syndicated copy is folded under its original")
  func copiesFolded() throws {
    var copy = Fixture.firstQuake[0]
    copy.id = "quake1-copy"
    copy.source = "Island Daily"
    copy.date = "2021-03-15"
    copy.title = "UPDATE 1-" + copy.title
    copy.text =
      "OSTERBY, March 14 (Nordic Wire) -- " + copy.text
      + "\n\nCopyright 2021 Island Daily. All rights reserved."
    let articles = try Fixture.articles(Fixture.firstQuake + [copy] + Fixture.bridge)
    let stories = try Self.stories(articles)
    #expect(stories.count == 2)
    let quake = try #require(stories.first { $0.articles.contains("quake1-wire") })
    #expect(quake.copies == 1)
    let index = try #require(quake.articles.firstIndex(of: "quake1-copy"))
    #expect(quake.articles[index - 1] == "quake1-wire")
    #expect(quake.members[index].copyOf == "quake1-wire")
    #expect(quake.sources.contains("Island Daily"))
  }

  @Test("the title is the most representative headline, without decorations")
  func titleChosen() throws {
    var items = Fixture.firstQuake
    items[0].title =
      "UPDATE 2-Magnitude 5.8 earthquake strikes Lindholm Island, 14 injured | Nordic Wire"
    let stories = try Self.stories(Fixture.articles(items))
    let story = try #require(stories.first)
    #expect(stories.count == 1)
    #expect(story.title == "Magnitude 5.8 earthquake strikes Lindholm Island, 14 injured")
  }

  @Test("every article is in exactly one story, singletons included")
  func everyArticleOnce() throws {
    let articles = try Fixture.articles(
      Fixture.firstQuake + Fixture.secondQuake + Fixture.bridge, dated: false)
    let stories = try Self.stories(articles)
    let listed = stories.flatMap(\.articles)
    #expect(listed.count == articles.count)
    #expect(Set(listed) == Set(articles.map(\.id)))
    #expect(Set(stories.map(\.id)).count == stories.count)
  }

  @Test("the same input gives the same stories")
  func deterministic() throws {
    let articles = try Fixture.articles(Fixture.firstQuake + Fixture.secondQuake + Fixture.bridge)
    #expect(try Self.stories(articles) == Self.stories(articles))
  }

  @Test("a later batch joins the stories already formed")
  func incrementalAddition() throws {
    let all = try Fixture.articles(Fixture.firstQuake + Fixture.secondQuake + Fixture.bridge)
    let later: Set<ArticleID> = ["quake1-radio", "quake2-times", "bridge-post"]
    var index = try StoryIndex()
    index.add(all.filter { !later.contains($0.id) })
    #expect(index.stories.count == 3)
    index.add(all.filter { later.contains($0.id) })
    #expect(index.articleCount == all.count)
    #expect(
      Fixture.grouping(index.stories)
        == [
          Fixture.ids(Fixture.firstQuake), Fixture.ids(Fixture.secondQuake),
          Fixture.ids(Fixture.bridge),
        ])
  }

  @Test("articles the index lacks (a copy of an unknown original) get stories of their own")
  func articlesOutsideTheIndex() throws {
    let articles = try Fixture.articles(Fixture.firstQuake + Fixture.bridge)
    var index = try StoryIndex()
    index.add(articles.filter { $0.id.rawValue.hasPrefix("quake") })
    let stories = StoryCatalog.assemble(
      index, articles: articles, copyOf: ["bridge-post": "not-indexed"], quotes: nil)
    #expect(stories.flatMap(\.articles).sorted() == articles.map(\.id).sorted())
    #expect(stories.filter { $0.articles.count == 1 }.count == 2)
    #expect(Set(stories.map(\.id)).count == stories.count)
  }

  @Test(
    "a bare month and day takes the year of its own collection only (on the timeline; never shown)",
    arguments: [("news/later.txt", "~2025-05-16"), ("archive/later.txt", nil)]
      as [(String, String?)])
  func periodPerCollection(path: String, expected: String?) throws {
    let cleaner = try ArticleCleaner.bundled()
    let dated = cleaner.clean(
      RawArticle(
        id: "news/call.txt", location: SourceLocation(path: "news/call.txt"),
        text: "The foreign ministers spoke by telephone about the ceasefire proposals.",
        date: "2025-04-28"))
    let undated = cleaner.clean(
      RawArticle(
        id: ArticleID(path), location: SourceLocation(path: path),
        text: "The harbour festival drew record crowds on May 16 despite the rain."))
    var index = try StoryIndex()
    index.add([dated, undated])
    let document = try #require(index.documents.first { $0.id.rawValue == path })
    #expect(document.dating.date?.description == expected)
    let stories = try Self.stories([dated, undated])
    let member = try #require(stories.flatMap(\.members).first { $0.article.rawValue == path })
    #expect(member.date == nil)
  }

  @Test(
    "a headline alone is judged by a lower bar than an article with a paragraph",
    arguments: [
      ("Volcano erupts near Keflavik", true),
      (
        """
        Volcano erupts near Keflavik

        The volcano on the Reykjanes peninsula erupted overnight, sending lava towards the \
        fishing town of Grindavik, whose residents were evacuated in November. Civil defence \
        officials closed the road to the Blue Lagoon, and flights from Keflavik airport kept \
        to their schedule, the airport operator said on Tuesday morning.
        """, false
      ),
    ] as [(String, Bool)])
  func shortTextsNeedLess(text: String, lowered: Bool) throws {
    let article = try ArticleCleaner.bundled().clean(
      RawArticle(id: "a", location: SourceLocation(path: "a.txt"), text: text))
    var index = try StoryIndex()
    index.add([article])
    let threshold = index.joinThreshold(for: 0)
    #expect((threshold < index.joinThreshold) == lowered)
    #expect(threshold >= index.joinThreshold * index.shortTextShare)
  }
}
