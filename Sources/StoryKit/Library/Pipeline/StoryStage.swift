/// Brings the stories up to date (`StoryIndex`): articles that left, and originals that became
/// copies, are taken out; the analysed originals, and copies whose original left, are placed;
/// the stories they touch are re-formed; then the stories are assembled (`StoryCatalog`) from
/// the ledger, copies folded under their originals: those whose members, their outlines and
/// their related stories stay are kept as the library holds them, the others built.
///
/// Linear in the articles placed, plus the stories they touch; assembly is linear in the
/// library's stories and articles, its building in the stories built.
struct StoryStage: AnalysisStage {
  var stage: LibraryProgress.Stage { .stories }
  var readsReadAheadParts: Bool { true }

  func run(_ work: inout AnalysisWork, configuration: LibraryConfiguration) throws(LibraryError) {
    work.report(.stories, 0, of: work.articles.count)
    var copyOf: [ArticleID: ArticleID] = [:]
    for group in work.duplicateGroups {
      for copy in group.copies { copyOf[copy.article] = group.original }
    }

    var leaving = work.removed.union(work.replaced)
    for id in copyOf.keys where work.state.stories.contains(id) { leaving.insert(id) }
    work.state.stories.remove(leaving)

    var joining = work.articles.filter { copyOf[$0.id] == nil }
    let analysed = Set(work.articles.map(\.id))
    // Articles coming back into the stories: stored, no copy now, not indexed (copies whose
    // original left). NB: the index holds stored non-copies only, so when it holds as many as
    // the ledger has (those not analysed now), none comes back and the ledger is not scanned
    // (a tenth of a second per update of 98k articles).
    let storedCopies = copyOf.keys.count { !analysed.contains($0) && work.state.ledger[$0] != nil }
    let analysedStored = analysed.count { work.state.ledger[$0] != nil }
    let returning =
      work.state.stories.articleCount
        == work.state.ledger.count - analysedStored - storedCopies
      ? []
      : work.state.ledger.values
        .filter { entry in
          copyOf[entry.id] == nil && !analysed.contains(entry.id)
            && !work.state.stories.contains(entry.id)
        }
        .sorted { $0.serial < $1.serial }.map(\.id)
    if !returning.isEmpty {
      let loaded = try work.stored.articles(returning)
      joining += returning.compactMap { loaded[$0] }
    }
    // NB: only named people (`SpeakerDirectory.namesPersonFeature`).
    var speakers: [ArticleID: [String]] = [:]
    for article in joining {
      for quote in work.state.ledger[article.id]?.outline.quotes ?? [] {
        if let speaker = quote.speaker, work.directory.namesPersonFeature(speaker) {
          speakers[article.id, default: []].append(speaker)
        }
      }
    }
    // NB: reported in the stage's unit, the articles analysed; `joining` leaves copies out and
    // may hold articles not analysed now (copies whose original left).
    let total = work.articles.count
    let joiningCount = max(1, joining.count)
    let progress = work.reporter(.stories, total: total)
    work.state.stories.add(joining, speakers: speakers) { placed in
      progress?(total * placed / joiningCount)
    }

    // An article's own day: read while it was placed, or here for a copy (which shows it).
    let index = work.state.stories
    let ownDates = work.articles.parallelMap { article in
      index.contains(article.id)
        ? index.shownDate(of: article.id) : ArticleDating.shownDate(of: article)
    }
    for (article, date) in zip(work.articles, ownDates) {
      work.state.ledger[article.id]?.outline.date = date
    }
    let fileOrder = Dictionary(
      work.allFiles.enumerated().map { ($0.element.path, $0.offset) },
      uniquingKeysWith: { first, _ in first })
    var keys: [(file: Int, record: Int, serial: Int)] = []
    var ids: [ArticleID] = []
    keys.reserveCapacity(work.state.ledger.count)
    ids.reserveCapacity(work.state.ledger.count)
    for entry in work.state.ledger.values {
      keys.append((fileOrder[entry.path] ?? Int.max, entry.record ?? 0, entry.serial))
      ids.append(entry.id)
    }
    let order = keys.indices.sorted { keys[$0] < keys[$1] }
    work.listing = order.map { ids[$0] }
    // NB: the stories whose shape and members' outlines stay are kept as the library holds
    // them, not built again.
    let keeping = StoryCatalog.KeptStories(
      changedArticles: work.state.ledger.takeChangedOutlines(),
      storedStories: Set(work.state.rows.stories.keys))
    // NB: what stories show of each article is read from the ledger, not gathered.
    let ledger = work.state.ledger
    let assembly = StoryCatalog.assemble(
      work.state.stories, listing: work.listing,
      articles: StoryCatalog.ArticleLookup { ledger[$0]?.outline }, copyOf: copyOf,
      cache: &work.state.titles, keeping: keeping)
    work.stories = assembly.built
    work.storyOrder = assembly.order
    work.report(.stories, work.articles.count, of: work.articles.count)
  }
}
