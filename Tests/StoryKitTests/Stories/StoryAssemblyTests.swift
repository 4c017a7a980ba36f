import Testing

@testable import StoryKit

@Suite("Stories: an update builds only the stories that changed, and gives what building all would")
struct StoryAssemblyTests {
  typealias Fixture = StoryFixture

  /// One update after a first assembly.
  struct Update: CustomTestStringConvertible, Sendable {
    var name: String
    /// The articles indexed first.
    var first: Set<String>
    /// The articles indexed by the update (the rest of the fixture is not indexed).
    var added: Set<String> = []
    /// Copies (of an indexed original) in the update, by copy.
    var copyOf: [String: String] = [:]
    /// Articles whose outline the update changes: a quote's speaker renamed.
    var renamed: Set<String> = []
    /// Stories the update builds at most (the others are kept).
    var mostBuilt: Int
    var testDescription: String { name }
  }

  static let quakes = Fixture.ids(Fixture.firstQuake)
  static let secondQuakes = Fixture.ids(Fixture.secondQuake)
  static let bridge = Fixture.ids(Fixture.bridge)

  static let updates: [Update] = [
    Update(
      name: "articles join an existing story and start another",
      first: quakes.subtracting(["quake1-radio"]).union(secondQuakes),
      added: Set(["quake1-radio"]).union(bridge), mostBuilt: 2),
    Update(
      name: "a look-alike event arrives: the first one's related stories change, not its members",
      first: quakes.union(bridge), added: secondQuakes, mostBuilt: 2),
    Update(
      name: "an article's quotes get another speaker",
      first: quakes.union(secondQuakes).union(bridge), renamed: ["bridge-post"], mostBuilt: 1),
    Update(
      name: "a stored article becomes a copy",
      first: quakes.union(secondQuakes).union(bridge),
      copyOf: ["quake1-radio": "quake1-wire"], mostBuilt: 2),
    Update(
      name: "nothing changed", first: quakes.union(secondQuakes).union(bridge), mostBuilt: 0),
  ]

  @Test("kept and built stories together equal a full assembly", arguments: updates)
  func keptEqualsFull(update: Update) throws {
    let articles = try Fixture.articles(Fixture.firstQuake + Fixture.secondQuake + Fixture.bridge)
    let outlines = articles.map { article in
      StoryArticle(
        id: article.id, title: article.title, source: article.source, date: nil,
        quotes: [StoryArticle.QuoteMark(id: QuoteID("q-\(article.id)"), speaker: "Helen Ortiz")])
    }
    var index = try StoryIndex()
    index.add(articles.filter { update.first.contains($0.id.rawValue) })
    var cache = StoryCatalog.AssemblyCache()
    let before = StoryCatalog.assemble(
      index, articles: outlines, copyOf: [:], cache: &cache, keeping: nil)

    let copyOf = Dictionary(
      uniqueKeysWithValues: update.copyOf.map { (ArticleID($0.key), ArticleID($0.value)) })
    index.remove(copyOf.keys)
    index.add(articles.filter { update.added.contains($0.id.rawValue) })
    let changedOutlines = outlines.map { outline in
      var outline = outline
      if update.renamed.contains(outline.id.rawValue) { outline.quotes[0].speaker = "H. Ortiz" }
      return outline
    }
    // NB: as a library's ledger tracks them: an article that becomes a copy keeps its outline.
    let changed = Set(update.added.union(update.renamed).map { ArticleID($0) })
    var fullCache = cache
    let full = StoryCatalog.assemble(
      index, articles: changedOutlines, copyOf: copyOf, cache: &fullCache, keeping: nil)
    let kept = StoryCatalog.assemble(
      index, articles: changedOutlines, copyOf: copyOf, cache: &cache,
      keeping: StoryCatalog.KeptStories(
        changedArticles: changed, storedStories: Set(before.order)))

    #expect(kept.order == full.order)
    #expect(kept.built.count <= update.mostBuilt)
    let stored = Dictionary(uniqueKeysWithValues: before.built.map { ($0.id, $0) })
    let built = Dictionary(uniqueKeysWithValues: kept.built.map { ($0.id, $0) })
    for story in full.built {
      #expect((built[story.id] ?? stored[story.id]) == story, "story \(story.id)")
    }
    #expect(cache.entries == fullCache.entries)
  }
}
