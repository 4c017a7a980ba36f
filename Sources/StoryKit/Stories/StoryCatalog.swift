/// Builds the stories of a set of articles: clustering (`StoryIndex`), copies folded under their
/// original, titles, dates, sources, speakers, quotes and related stories.
///
/// ```swift
/// let duplicates = DuplicateDetector().groups(articles)
/// let quotes = try QuoteAnalysis.analyse(articles)
/// let stories = try StoryCatalog.stories(of: articles, duplicates: duplicates, quotes: quotes)
/// ```
public enum StoryCatalog {
  /// The similarity of two story centroids (cosine) from which they are linked as related: the
  /// similarity an article needs to join a story (`StoryIndex.joinThreshold`). Stories that
  /// close stay apart only because they are separable events or far apart in time: one thread.
  public static let relatedThreshold: Float = 0.15
  /// The most related stories listed per story.
  public static let relatedLimit = 5
  /// The most speakers listed per story.
  public static let speakerLimit = 5

  /// Groups `articles` into stories.
  ///
  /// - Parameters:
  ///   - duplicates: syndication groups (`DuplicateDetector`); copies join their original's
  ///     story instead of being clustered on their own.
  ///   - quotes: the quotes of the articles, for speakers as features and per-story speakers.
  /// - Returns: every article in exactly one story; stories ordered by their first member.
  public static func stories(
    of articles: [Article], duplicates: [DuplicateGroup], quotes: QuoteAnalysis?
  ) throws(StoryKitError) -> [Story] {
    stories(
      of: articles, duplicates: duplicates, quotes: quotes, stopWords: try StopWords.bundled())
  }

  /// Groups `articles` into stories, with the given stop words.
  static func stories(
    of articles: [Article], duplicates: [DuplicateGroup], quotes: QuoteAnalysis?,
    stopWords: StopWords
  ) -> [Story] {
    var copyOf: [ArticleID: ArticleID] = [:]
    for group in duplicates {
      for copy in group.copies { copyOf[copy.article] = group.original }
    }
    // NB: only named people (`SpeakerDirectory.namesPersonFeature`).
    var speakers: [ArticleID: [String]] = [:]
    for quote in quotes?.quotes ?? [] {
      if let speaker = quote.speaker, quotes?.directory.namesPersonFeature(speaker) == true {
        speakers[quote.article, default: []].append(speaker)
      }
    }
    var index = StoryIndex(stopWords: stopWords)
    index.add(articles.filter { copyOf[$0.id] == nil }, speakers: speakers)
    return assemble(index, articles: articles, copyOf: copyOf, quotes: quotes)
  }

  /// The `Story` values of an index's current clusters.
  ///
  /// - Parameters:
  ///   - articles: the articles of the index and their copies.
  ///   - copyOf: for each copy, its original; a copy whose original is not in the index, and
  ///     any other article the index lacks, becomes a story of its own.
  public static func assemble(
    _ index: StoryIndex, articles: [Article], copyOf: [ArticleID: ArticleID], quotes: QuoteAnalysis?
  ) -> [Story] {
    let copies = Set(copyOf.keys)
    let outline = articles.parallelMap { article in
      StoryArticle(
        article,
        date: copies.contains(article.id) || !index.contains(article.id)
          ? ArticleDating.shownDate(of: article) : nil,
        quotes: quotes?.quotes(in: article.id) ?? [])
    }
    return assemble(index, articles: outline, copyOf: copyOf)
  }

  /// The `Story` values of an index's current clusters, from what stories show of each
  /// article (a library assembles them without loading the articles).
  ///
  /// - Parameters:
  ///   - articles: the articles of the index and their copies, in listing order.
  ///   - copyOf: for each copy, its original; a copy whose original is not in the index, and
  ///     any other article the index lacks, becomes a story of its own.
  public static func assemble(
    _ index: StoryIndex, articles: [StoryArticle], copyOf: [ArticleID: ArticleID]
  ) -> [Story] {
    var cache = AssemblyCache()
    return assemble(index, articles: articles, copyOf: copyOf, cache: &cache, keeping: nil).built
  }

  /// `assemble(_:listing:articles:copyOf:cache:keeping:)` of `articles` in listing order.
  static func assemble(
    _ index: StoryIndex, articles: [StoryArticle], copyOf: [ArticleID: ArticleID],
    cache: inout AssemblyCache, keeping: KeptStories?
  ) -> Assembly {
    assemble(
      index, listing: articles.map(\.id), articles: ArticleLookup(articles), copyOf: copyOf,
      cache: &cache, keeping: keeping)
  }

  /// The stories of an index's current clusters (`assemble(_:articles:copyOf:)`), reusing and
  /// updating `cache`; given `keeping`, the stories that stay as the library holds them are
  /// not built (`KeptStories`).
  ///
  /// - Parameters:
  ///   - listing: the ids of the index's articles and their copies, in listing order.
  ///   - articles: what stories show of each (a library's ledger holds it).
  static func assemble(
    _ index: StoryIndex, listing: [ArticleID], articles byID: ArticleLookup,
    copyOf: [ArticleID: ArticleID], cache: inout AssemblyCache, keeping: KeptStories?
  ) -> Assembly {
    let cached = cache
    var copies: [ArticleID: [ArticleID]] = [:]
    for id in listing {
      if let original = copyOf[id] { copies[original, default: []].append(id) }
    }
    let groups = index.orderedClusters()
    let found = cache.related.update(
      index, groups: groups, minimum: relatedThreshold, limit: relatedLimit)
    let related = found.related
    var ids: [StoryID] = []
    var used = Set<StoryID>()
    for group in groups {
      let id = uniqueID(StoryID(firstArticle: index.documents[group[0]].id), used: &used)
      ids.append(id)
    }
    let copiesOf = copies
    let memberLists = groups.parallelMap { group in
      var memberIDs: [(article: ArticleID, isCopy: Bool)] = []
      for document in group {
        let original = index.documents[document].id
        memberIDs.append((original, false))
        for copy in copiesOf[original] ?? [] { memberIDs.append((copy, true)) }
      }
      return memberIDs
    }
    let memberKeys = zip(memberLists, groups).map { ($0, $1) }.parallelMap {
      AssemblyCache.key($0, documents: $1)
    }
    // NB: a story to be titled afresh needs its profile, which only the stories scored for
    // their related ones have computed.
    let untitled = memberKeys.indices.filter {
      cached.entries[memberKeys[$0]] == nil && found.profiles[$0] == nil
    }
    let titling = index.profiles(of: groups, numbers: untitled)
    let profiles = found.profiles.merging(titling) { computed, _ in computed }
    let numbered = Array(groups.enumerated()).map { (number: $0.offset, group: $0.element) }
    let frozenIDs = ids
    var outcomes = numbered.parallelMap { number, group -> Outcome in
      let memberIDs = memberLists[number]
      let storyRelated = related[number].map { frozenIDs[$0] }
      let key = memberKeys[number]
      let shape = AssemblyCache.shape(of: memberIDs, related: storyRelated)
      if let kept = Self.kept(
        frozenIDs[number], key: key, shape: shape, members: memberIDs, cache: cached,
        keeping: keeping)
      {
        return kept
      }
      var members: [Story.Member] = []
      for document in group {
        let original = index.documents[document]
        members.append(
          Story.Member(article: original.id, date: original.dating.shownDate, copyOf: nil))
        for copy in copiesOf[original.id] ?? [] {
          members.append(Story.Member(article: copy, date: byID[copy]?.date, copyOf: original.id))
        }
      }
      let dates = members.compactMap(\.date)
      let storyQuotes = members.flatMap { byID[$0.article]?.quotes ?? [] }
      let story = Story(
        id: frozenIDs[number],
        title: cached.entries[key]?.title
          ?? title(
            of: members, articles: byID, index: index,
            centroid: profiles[number] ?? SparseVector()),
        firstDate: dates.min(), lastDate: dates.max(), members: members,
        sources: unique(members.compactMap { byID[$0.article]?.source }),
        speakers: topSpeakers(storyQuotes), quotes: storyQuotes.map(\.id),
        related: storyRelated)
      return .built(story, key: key, shape: shape)
    }
    // NB: a copy whose original is not in the index still gets a story: every article is in
    // exactly one. The members are the clusters' documents and their originals' copies; an
    // article is placed when it, or its original, is one of those documents.
    var inCluster = Array(repeating: false, count: index.documents.count)
    for group in groups {
      for document in group { inCluster[document] = true }
    }
    func isPlaced(_ id: ArticleID) -> Bool {
      index.documentNumber[id].map { inCluster[$0] } ?? false
    }
    for articleID in listing
    where !isPlaced(articleID) && !(copyOf[articleID].map(isPlaced) ?? false) {
      guard let article = byID[articleID] else { continue }
      let id = uniqueID(StoryID(firstArticle: article.id), used: &used)
      let memberIDs = [(article: article.id, isCopy: false)]
      let key = AssemblyCache.key(memberIDs)
      let shape = AssemblyCache.shape(of: memberIDs, related: [])
      if let kept = kept(
        id, key: key, shape: shape, members: memberIDs, cache: cached, keeping: keeping)
      {
        outcomes.append(kept)
        continue
      }
      let story = Story(
        id: id, title: article.title.map(HeadlineCleaner.cleaned) ?? "",
        firstDate: article.date, lastDate: article.date,
        members: [Story.Member(article: article.id, date: article.date, copyOf: nil)],
        sources: article.source.map { [$0] } ?? [], speakers: topSpeakers(article.quotes),
        quotes: article.quotes.map(\.id), related: [])
      outcomes.append(.built(story, key: key, shape: shape))
    }
    cache.entries = [:]
    var assembly = Assembly(order: [], built: [])
    assembly.order.reserveCapacity(outcomes.count)
    for outcome in outcomes {
      switch outcome {
      case .kept(let id, let key, let entry):
        assembly.order.append(id)
        cache.entries[key] = entry
      case .built(let story, let key, let shape):
        assembly.order.append(story.id)
        assembly.built.append(story)
        // NB: a lone article's title is its headline, the one scoring would choose for a
        // story of that one member.
        cache.entries[key] = AssemblyCache.Entry(title: story.title, shape: shape)
      }
    }
    return assembly
  }

  /// A story of one assembly: kept as the library holds it, or built.
  private enum Outcome: Sendable {
    case kept(StoryID, key: UInt64, entry: AssemblyCache.Entry)
    case built(Story, key: UInt64, shape: UInt64)
  }

  /// The story `id` kept as the library holds it, when `keeping` allows: its shape is as
  /// cached, none of its members' outlines changed, and the library holds its row.
  private static func kept(
    _ id: StoryID, key: UInt64, shape: UInt64, members: [(article: ArticleID, isCopy: Bool)],
    cache: AssemblyCache, keeping: KeptStories?
  ) -> Outcome? {
    guard let keeping, let entry = cache.entries[key], entry.shape == shape,
      keeping.storedStories.contains(id),
      !members.contains(where: { keeping.changedArticles.contains($0.article) })
    else { return nil }
    return .kept(id, key: key, entry: entry)
  }

  /// What stories show of an assembly's articles, by id: from an array (positions, not
  /// copies of the articles in a dictionary), or from a library's ledger, which has them by id
  /// already (an update assembles 100k of them).
  struct ArticleLookup: Sendable {
    private let outline: @Sendable (ArticleID) -> StoryArticle?

    /// The articles of `articles`, the first of each id.
    init(_ articles: [StoryArticle]) {
      var positions: [ArticleID: Int] = [:]
      positions.reserveCapacity(articles.count)
      for (position, article) in articles.enumerated() where positions[article.id] == nil {
        positions[article.id] = position
      }
      outline = { [positions] id in positions[id].map { articles[$0] } }
    }

    /// The articles `outline` gives.
    init(_ outline: @escaping @Sendable (ArticleID) -> StoryArticle?) {
      self.outline = outline
    }

    subscript(id: ArticleID) -> StoryArticle? { outline(id) }
  }

  /// The headline closest to the story's centroid; decorations (`UPDATE 2-`, `| Outlet`) off.
  static func title(
    of members: [Story.Member], articles: ArticleLookup, index: StoryIndex,
    centroid: SparseVector
  ) -> String {
    var best: (title: String, score: Float)?
    for member in members {
      guard let raw = articles[member.article]?.title else { continue }
      let headline = HeadlineCleaner.cleaned(raw)
      let score = index.headlineVector(headline).dot(centroid)
      if score > (best?.score ?? -1) { best = (headline, score) }
    }
    return best?.title ?? ""
  }

  private static func topSpeakers(_ quotes: [StoryArticle.QuoteMark]) -> [String] {
    var counts: [String: Int] = [:]
    var firstSeen: [String: Int] = [:]
    for (position, quote) in quotes.enumerated() {
      guard let speaker = quote.speaker else { continue }
      counts[speaker, default: 0] += 1
      if firstSeen[speaker] == nil { firstSeen[speaker] = position }
    }
    return counts.keys.sorted {
      (counts[$0] ?? 0, -(firstSeen[$0] ?? 0)) > (counts[$1] ?? 0, -(firstSeen[$1] ?? 0))
    }.prefix(speakerLimit).map { $0 }
  }

  private static func unique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
  }

  /// `id`, or `id-2`, `id-3`… when a story already has it; records the id taken.
  private static func uniqueID(_ id: StoryID, used: inout Set<StoryID>) -> StoryID {
    var candidate = id
    var suffix = 2
    while used.contains(candidate) {
      candidate = StoryID(id.rawValue + "-\(suffix)")
      suffix += 1
    }
    used.insert(candidate)
    return candidate
  }
}
