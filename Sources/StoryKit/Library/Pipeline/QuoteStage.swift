/// Extracts quotes and speakers from the articles analysed (on all cores), records them in the
/// ledger, and merges speakers across the whole library (`SpeakerDirectory`) from every
/// article's speakers, stored or new. Stored quotes whose speaker's canonical name changed
/// (a fuller form appeared, two names merged) are listed for the library to update.
///
/// Linear in the text analysed, plus the directory over every article's speakers.
struct QuoteStage: AnalysisStage {
  var stage: LibraryProgress.Stage { .quotes }

  func run(_ work: inout AnalysisWork, configuration: LibraryConfiguration) throws(LibraryError) {
    work.report(.quotes, 0, of: work.articles.count)
    let extractor = configuration.extractor
    let results = work.articles.parallelMap(
      reporting: work.reporter(.quotes, total: work.articles.count)
    ) { extractor.extract(from: $0) }

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

    // NB: nodes in arrival order (the ledger's), so the directory is the same whatever order
    // the articles were read in.
    let entries = Array(work.state.ledger.values)
    var nodes: [SpeakerDirectory.Node] = []
    var firstNode: [Int] = []
    firstNode.reserveCapacity(entries.count)
    for entry in entries {
      firstNode.append(nodes.count)
      for (index, item) in entry.speakers.enumerated() {
        nodes.append(
          SpeakerDirectory.Node(
            article: entry.id, speaker: item.speaker, quotes: item.quotes,
            origin: UInt64(entry.serial) << 20 | UInt64(index)))
      }
    }
    // NB: the speakers of the articles not analysed again are mostly as the library holds
    // them: taken from the state's cache, not built again.
    let directory = SpeakerDirectory(
      nodes: nodes, rules: SpeakerDirectory.Rules(configuration.extractor.lexicon),
      cache: &work.state.speakers, analysed: Set(work.intake.keys))
    work.directory = directory

    // Each entry's quotes with their speakers' canonical names now, where one changed: on all
    // cores, each local name found among the entry's own nodes (the last of that name's, as
    // its quotes name it).
    let starts = firstNode
    let renamed = Array(entries.indices).parallelMap { number -> [(quote: Int, speaker: String?)] in
      let entry = entries[number]
      var changes: [(quote: Int, speaker: String?)] = []
      for (index, local) in entry.localSpeakers.enumerated()
      where index < entry.outline.quotes.count {
        let canonical = local.map { local in
          directory.canonicalName(
            localName: local, amongNames: entry.speakers.lazy.map(\.speaker.name),
            firstNode: starts[number]) ?? local
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
}
