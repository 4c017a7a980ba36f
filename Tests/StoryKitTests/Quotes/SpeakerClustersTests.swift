import Foundation
import StoryTestSupport
import Testing

@testable import StoryKit

/// A library updates its speakers by clustering again only the nodes an update reaches through
/// link keys (`SpeakerClusters`): after any sequence of articles added, read again and removed,
/// the directory it gets is the one clustering every node gives, speaker for speaker and node
/// for node, and so are the familiarity counts, also when the clusters are saved and read
/// back between updates.
@Suite("Speakers: an update clusters again what it reaches and gives what clustering all would")
struct SpeakerClustersTests {
  /// Names that meet in every way clustering joins speakers or keeps them apart: first names
  /// and their short forms, lone surnames, misspellings, acronyms given and spelt, a body
  /// named either way round, a company with and without its suffix, a possessive, a common
  /// noun read as a name, and an organisation read as a person.
  static let pool: [(name: String, kind: SpeakerKind, forms: [String], roles: [String])] = [
    ("Sergei Halvorov", .person, ["Halvorov"], ["Foreign Minister"]),
    ("Sergey Halvorov", .person, [], []),
    ("Halvorov", .person, [], ["foreign minister"]),
    ("Sergei Halvrov", .person, [], []),
    ("Anna Halvorov", .person, [], []),
    ("Bob Quintero", .person, [], ["analyst"]),
    ("Robert Quintero", .person, [], []),
    ("Quintero", .person, [], ["chairman"]),
    ("Mary Quintera", .person, [], []),
    ("Robert Quintera", .person, [], []),
    ("Securities and Exchange Commission", .organisation, ["SEC"], []),
    ("SEC", .organisation, [], []),
    ("Department of Fisheries", .organisation, [], []),
    ("Fisheries Department", .organisation, [], []),
    ("DF", .organisation, [], []),
    ("Trelawny Motors Corp", .organisation, ["Trelawny Motors"], []),
    ("Trelawny Motors", .organisation, [], []),
    ("Trelawny Motors's", .organisation, [], []),
    ("Treasury", .organisation, [], []),
    ("Treasury", .person, [], ["the spokesman"]),
    ("dealers", .group, [], []),
    ("Dealers", .person, [], []),
    ("the company", .described, [], []),
    ("Company", .person, [], []),
    ("a poll", .document, [], []),
    ("Mohamed Adbeslam", .person, [], []),
    ("Mohamed Abdeslam", .person, [], []),
    ("Abdeslam Foundation", .organisation, [], []),
    ("Jane Doe", .person, [], []),
    ("Doe", .person, [], []),
    ("Robert Quintero Jr", .person, [], []),
    ("Organization of Petroleum Exporting Countries", .organisation, [], []),
    ("OPEC", .organisation, [], []),
  ]

  /// An article's speakers: a few names of the pool.
  static func speakers(
    _ random: inout SeededGenerator
  ) -> [(speaker: QuoteExtractor.ArticleSpeaker, quotes: Int)] {
    var chosen: [Int] = []
    for _ in 0..<Int.random(in: 1...3, using: &random) {
      let pick = Int.random(in: pool.indices, using: &random)
      if !chosen.contains(where: { pool[$0].name == pool[pick].name }) { chosen.append(pick) }
    }
    return chosen.map { index in
      let item = pool[index]
      return (
        QuoteExtractor.ArticleSpeaker(
          name: item.name, forms: [item.name] + item.forms, roles: item.roles, kind: item.kind),
        Int.random(in: 0...3, using: &random)
      )
    }
  }

  /// The library's articles by serial: each one's speakers.
  typealias Articles = [Int: [(speaker: QuoteExtractor.ArticleSpeaker, quotes: Int)]]

  static func nodes(of serial: Int, in articles: Articles) -> [SpeakerDirectory.Node] {
    (articles[serial] ?? []).enumerated().map { index, item in
      SpeakerDirectory.Node(
        article: ArticleID("a\(serial)"), speaker: item.speaker, quotes: item.quotes,
        origin: UInt64(serial) << 20 | UInt64(index))
    }
  }

  static func allNodes(_ articles: Articles) -> [SpeakerDirectory.Node] {
    articles.keys.sorted().flatMap { nodes(of: $0, in: articles) }
  }

  /// A library's saved clusters: the keys' base stays as saved unless the clusters need it
  /// written (`needsWritingBase`), as `AnalysisState.savePlan` decides.
  struct Disk {
    var keys: [UInt8] = []

    mutating func savedAndRead(_ clusters: SpeakerClusters) throws -> SpeakerClusters {
      var writer = BinaryWriter()
      clusters.write(to: &writer)
      if clusters.needsWritingBase {
        var base = BinaryWriter()
        clusters.writeKeys(to: &base)
        keys = base.bytes
      }
      var reader = BinaryReader(writer.bytes)
      return try SpeakerClusters(from: &reader, keys: keys)
    }
  }

  @Test("every update equals clustering all", arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
  func updatesEqualClusteringAll(seed: UInt64) throws {
    let rules = SpeakerDirectory.Rules(try QuoteFixture.extractor.get().lexicon)
    var random = SeededGenerator(seed: seed)
    var articles: Articles = [:]
    var nextSerial = 0
    for _ in 0..<30 {
      articles[nextSerial] = Self.speakers(&random)
      nextSerial += 1
    }
    var cache = SpeakerDirectory.SpeakerCache()
    let first = SpeakerDirectory(
      nodes: Self.allNodes(articles), rules: rules, cache: &cache, analysed: [])
    var clusters = SpeakerClusters(nodes: Self.allNodes(articles), directory: first, rules: rules)
    var disk = Disk()
    clusters = try disk.savedAndRead(clusters)
    // What the library shows of each node: its speaker's name, renamed where an update says.
    var shown: [UInt64: String] = [:]
    for (index, node) in Self.allNodes(articles).enumerated() {
      shown[node.origin] = first.canonicalName(ofNode: index)
    }
    for step in 0..<16 {
      var removed: [SpeakerDirectory.Node] = []
      var changed = Set<Int>()
      for _ in 0..<Int.random(in: 0...3, using: &random) {
        guard let serial = articles.keys.randomElement(using: &random) else { break }
        removed += Self.nodes(of: serial, in: articles)
        articles[serial] = nil
      }
      for _ in 0..<Int.random(in: 0...2, using: &random) {
        guard let serial = articles.keys.randomElement(using: &random), !changed.contains(serial)
        else { continue }
        removed += Self.nodes(of: serial, in: articles)
        articles[serial] = Self.speakers(&random)
        changed.insert(serial)
      }
      for _ in 0..<Int.random(in: 0...4, using: &random) {
        articles[nextSerial] = Self.speakers(&random)
        changed.insert(nextSerial)
        nextSerial += 1
      }
      let added = changed.sorted().flatMap { Self.nodes(of: $0, in: articles) }
      let all = Self.allNodes(articles)
      for node in removed { shown[node.origin] = nil }
      let current = articles
      let directory: SpeakerDirectory
      // NB: now and then the library builds all (an update reaching too many nodes).
      if step % 5 == 4 {
        directory = SpeakerDirectory(
          nodes: all, rules: rules, cache: &cache,
          analysed: Set(changed.map { ArticleID("a\($0)") }))
        clusters = SpeakerClusters(nodes: all, directory: directory, rules: rules)
      } else {
        directory = try #require(
          SpeakerDirectory(
            updating: &clusters, removed: removed, added: added,
            nodes: { origins in
              origins.map { origin in
                Self.nodes(of: Int(origin >> 20), in: current).first { $0.origin == origin }
              }
            }, rules: rules, cache: &cache, largestShare: 1))
      }
      let renamed = directory.rebuiltArticles?.union(changed.map { ArticleID("a\($0)") })
      for node in all where renamed?.contains(node.article) ?? true {
        shown[node.origin] = clusters.label(of: node.origin).flatMap(
          directory.canonicalName(ofLabel:))
      }
      if step % 3 == 2 { clusters = try disk.savedAndRead(clusters) }
      let built = SpeakerDirectory(nodes: all, rules: rules)
      #expect(directory.speakers == built.speakers, "seed \(seed), step \(step)")
      #expect(clusters.familiarity == built.familiarity, "seed \(seed), step \(step)")
      for (index, node) in all.enumerated() {
        let name = clusters.label(of: node.origin).flatMap(directory.canonicalName(ofLabel:))
        #expect(name == built.canonicalName(ofNode: index), "seed \(seed), step \(step)")
        #expect(
          shown[node.origin] == built.canonicalName(ofNode: index), "seed \(seed), step \(step)")
      }
    }
  }

  /// An update that would reach most of the library's nodes clusters all of them instead, and
  /// leaves the clusters as they were.
  @Test func anUpdateReachingMostNodesIsRefused() throws {
    let rules = SpeakerDirectory.Rules(try QuoteFixture.extractor.get().lexicon)
    let nodes = (0..<100).map { serial in
      SpeakerDirectory.Node(
        article: ArticleID("a\(serial)"),
        speaker: QuoteExtractor.ArticleSpeaker(
          name: "the company", forms: ["the company"], roles: [], kind: .described),
        quotes: 1, origin: UInt64(serial) << 20)
    }
    let directory = SpeakerDirectory(nodes: nodes, rules: rules)
    var clusters = SpeakerClusters(nodes: nodes, directory: directory, rules: rules)
    var added = nodes[0]
    added.origin = 100 << 20
    let change = clusters.update(
      removed: [], added: [added],
      nodes: { origins in origins.map { origin in nodes.first { $0.origin == origin } } },
      rules: rules, largestShare: 0.5)
    #expect(change == nil)
    #expect(clusters.label(of: 100 << 20) == nil)
    #expect(clusters.label(of: 3 << 20) == 0)
  }
}
