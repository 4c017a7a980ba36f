/// Extracts quotes and speakers from the articles analysed (on all cores), records them in the
/// ledger, and merges speakers across the whole library (`SpeakerDirectory`): an update
/// clusters again only the speakers its articles reach through shared names
/// (`SpeakerClusters`), a first analysis every article's. Stored quotes whose speaker's
/// canonical name changed (a fuller form appeared, two names merged) are listed for the library
/// to update.
///
/// Linear in the text analysed, plus the speakers an update reaches (every article's when it
/// reaches more than half of them).
struct QuoteStage: AnalysisStage {
  var stage: LibraryProgress.Stage { .quotes }

  func run(_ work: inout AnalysisWork, configuration: LibraryConfiguration) throws(LibraryError) {
    work.report(.quotes, 0, of: work.articles.count)
    let extractor = configuration.extractor
    let results = work.articles.parallelMap(
      reporting: work.reporter(.quotes, total: work.articles.count)
    ) { extractor.extract(from: $0) }

    // NB: the speakers of the articles that leave or are read again, as they were, so the
    // directory takes them out.
    var removed: [SpeakerDirectory.Node] = []
    for id in work.removed.union(work.intake.keys) {
      if let entry = work.state.ledger[id] { removed += Self.nodes(of: entry) }
    }
    for id in work.removed { work.state.ledger[id] = nil }
    for (article, result) in zip(work.articles, results) {
      guard let intake = work.intake[article.id] else { continue }
      let serial: Int
      if let previous = work.state.ledger[article.id] {
        serial = previous.serial
      } else {
        serial = work.state.nextSerial
        work.state.nextSerial += 1
      }
      var counts: [String: Int] = [:]
      for quote in result.quotes {
        if let speaker = quote.speaker { counts[speaker, default: 0] += 1 }
      }
      work.state.ledger[article.id] = LedgerEntry(
        id: article.id, path: article.location.path, record: article.location.record,
        contentHash: intake.contentHash, group: intake.group, lines: intake.lines,
        outline: StoryArticle(
          id: article.id, title: article.title, source: article.source, date: nil,
          quotes: result.quotes.map { StoryArticle.QuoteMark(id: $0.id, speaker: nil) }),
        localSpeakers: result.quotes.map(\.speaker),
        speakers: result.speakers.map { (speaker: $0, quotes: counts[$0.name] ?? 0) },
        serial: serial)
    }

    let directory = Self.directory(&work, removed: removed, configuration: configuration)
    work.directory = directory

    // The quotes whose speaker's canonical name changed: on all cores, each local name found
    // among the entry's own nodes (the last of that name's, as its quotes name it), in the
    // articles analysed and those with a speaker the directory now names otherwise.
    let ledger = work.state.ledger
    let entries: [LedgerEntry] =
      directory.rebuiltArticles.map { rebuilt in
        rebuilt.union(work.intake.keys).compactMap { ledger[$0] }.sorted { $0.serial < $1.serial }
      } ?? Array(ledger.values)
    let clusters = work.state.clusters
    let renamed = entries.parallelMap { entry -> [(quote: Int, speaker: String?)] in
      var changes: [(quote: Int, speaker: String?)] = []
      for (index, local) in entry.localSpeakers.enumerated()
      where index < entry.outline.quotes.count {
        let canonical = local.map { local in
          entry.speakers.lastIndex { $0.speaker.name == local }
            .flatMap { clusters.label(of: Self.origin(serial: entry.serial, speaker: $0)) }
            .flatMap(directory.canonicalName(ofLabel:)) ?? local
        }
        if canonical != entry.outline.quotes[index].speaker { changes.append((index, canonical)) }
      }
      return changes
    }
    for (entry, changes) in zip(entries, renamed) where !changes.isEmpty {
      let analysed = work.intake[entry.id] != nil
      var outline = entry.outline
      for change in changes {
        if !analysed {
          work.quoteChanges.append(
            AnalysisWork.QuoteChange(
              quote: outline.quotes[change.quote].id, speaker: change.speaker))
        }
        outline.quotes[change.quote].speaker = change.speaker
      }
      work.state.ledger[entry.id]?.outline = outline
    }

    // NB: the analysed articles' quotes with the speakers' canonical names, as their outlines
    // now hold them.
    work.quotes = []
    for (article, result) in zip(work.articles, results) {
      let marks = work.state.ledger[article.id]?.outline.quotes ?? []
      for (index, var quote) in result.quotes.enumerated() {
        if let local = quote.speaker {
          quote.speaker = marks.indices.contains(index) ? marks[index].speaker ?? local : local
        }
        work.quotes.append(quote)
      }
    }
    work.report(.quotes, work.articles.count, of: work.articles.count)
  }

  /// The directory after the change: updated from the saved clusters where the change
  /// reaches few of the library's speakers (`SpeakerDirectory.init(updating:…)`), else built
  /// from every article's speakers; the saved clusters follow it.
  private static func directory(
    _ work: inout AnalysisWork, removed: [SpeakerDirectory.Node],
    configuration: LibraryConfiguration
  ) -> SpeakerDirectory {
    let rules = SpeakerDirectory.Rules(configuration.extractor.lexicon)
    let ledger = work.state.ledger
    if !work.state.clusters.isEmpty {
      let added = work.intake.keys.compactMap { ledger[$0] }.flatMap(nodes(of:))
      // NB: on all cores: each entry's speakers are decoded when first asked for.
      let nodes = { (origins: [UInt64]) -> [SpeakerDirectory.Node?] in
        origins.parallelMap { origin in
          guard let entry = ledger.entry(serial: Int(origin >> 20)) else { return nil }
          let index = Int(origin & 0xF_FFFF)
          let speakers = entry.speakers
          guard speakers.indices.contains(index) else { return nil }
          return SpeakerDirectory.Node(
            article: entry.id, speaker: speakers[index].speaker,
            quotes: speakers[index].quotes, origin: origin)
        }
      }
      if let updated = SpeakerDirectory(
        updating: &work.state.clusters, removed: removed, added: added, nodes: nodes,
        rules: rules, cache: &work.state.speakers)
      {
        return updated
      }
    }
    // NB: nodes in arrival order (the ledger's), so the directory is the same whatever order
    // the articles were read in; on all cores, as a saved entry decodes its speakers when
    // first asked for.
    let nodes = Array(ledger.values).parallelMap(nodes(of:)).flatMap { $0 }
    // NB: the speakers of the articles not analysed again are mostly as the library holds
    // them: taken from the state's cache, not built again.
    let directory = SpeakerDirectory(
      nodes: nodes, rules: rules, cache: &work.state.speakers, analysed: Set(work.intake.keys))
    work.state.clusters = SpeakerClusters(nodes: nodes, directory: directory, rules: rules)
    return directory
  }

  /// An entry's speakers as the directory's nodes.
  private static func nodes(of entry: LedgerEntry) -> [SpeakerDirectory.Node] {
    entry.speakers.enumerated().map { index, item in
      SpeakerDirectory.Node(
        article: entry.id, speaker: item.speaker, quotes: item.quotes,
        origin: origin(serial: entry.serial, speaker: index))
    }
  }

  /// What tells a node apart while its article stays: its article's serial and its place
  /// among the article's speakers.
  private static func origin(serial: Int, speaker: Int) -> UInt64 {
    UInt64(serial) << 20 | UInt64(speaker)
  }
}
