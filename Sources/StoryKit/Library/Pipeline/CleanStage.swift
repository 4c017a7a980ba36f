/// Cleans the articles read (`ArticleCleaner`) with corpus boilerplate evidence
/// (`CorpusBoilerplate`) kept as tallies across analyses.
///
/// 1. Ids are made unique against the articles that stay (`~2`, `~3` and a finding).
/// 2. The tallies lose the lines of the articles that leave and gain those of the new ones.
/// 3. Where that changes a line's verdict for a source (it becomes boilerplate, stops being
///    it, or its article count changes), the stored articles of that source holding the line
///    are read and cleaned again: with the same clean text only their removals are refreshed;
///    otherwise they are analysed again under their id.
/// 4. The new articles are cleaned on all cores.
///
/// Linear in the text of the articles read and cleaned.
struct CleanStage: AnalysisStage {
  var stage: LibraryProgress.Stage { .cleaning }

  func run(_ work: inout AnalysisWork, configuration: LibraryConfiguration) throws(LibraryError) {
    work.report(.cleaning, 0, of: work.raws.count)
    // NB: the articles that stay are asked about, not gathered: a library keeps 100k.
    let ledger = work.state.ledger
    let removed = work.removed
    func stays(_ id: ArticleID) -> Bool { ledger[id] != nil && !removed.contains(id) }
    let raws = ArticleLoader.uniquingIDs(work.raws, isTaken: stays)
    work.raws = []
    let paragraphs = raws.parallelMap { Paragraph.split($0.text.unicodeScalars) }
    let groups = raws.map(CorpusBoilerplate.groupKey(of:))
    let lines = paragraphs.map(CorpusBoilerplate.lines(of:))

    var touchedGroups = Set(groups)
    for id in work.removed {
      if let entry = work.state.ledger[id] { touchedGroups.insert(entry.group) }
    }
    let hasStored = ledger.keys.contains(where: stays)
    // NB: a batched analysis tallied every file, and took out the lines of the articles that
    // leave, before its first batch; an update's first batch compares with the verdicts
    // before that.
    let tallied = work.batches?.verdictsBefore
    work.batches?.verdictsBefore = nil
    if let tallied { touchedGroups.formUnion(tallied.keys) }
    let before = hasStored ? tallied ?? work.state.boilerplate.verdicts(of: touchedGroups) : [:]
    if work.batches?.tallied != true {
      for id in work.removed {
        guard let entry = work.state.ledger[id] else { continue }
        work.state.boilerplate.remove(entry.lines, group: entry.group)
      }
      for (articleLines, group) in zip(lines, groups) {
        work.state.boilerplate.add(articleLines, group: group)
      }
    }
    let again =
      hasStored
      ? try Self.rereadChanged(
        before: before, after: work.state.boilerplate.verdicts(of: touchedGroups),
        work: work, configuration: configuration)
      : []

    let cleaner = configuration.cleaner
    let profile = work.state.boilerplate
    let inputs = Array(zip(raws, paragraphs))
    let cleaned = inputs.parallelMap(
      reporting: work.reporter(.cleaning, total: raws.count)
    ) { raw, split in
      cleaner.clean(raw, paragraphs: split, corpus: profile)
    }
    for (index, article) in cleaned.enumerated() {
      work.intake[article.id] = AnalysisWork.Intake(
        contentHash: raws[index].contentHash, group: groups[index], lines: lines[index])
    }
    work.articles = cleaned

    // Stored articles whose lines changed verdict: refreshed, or analysed again.
    let recleaned = again.parallelMap { raw in cleaner.clean(raw, corpus: profile) }
    let stored = try work.stored.articles(recleaned.map(\.id))
    for article in recleaned {
      // NB: the search row holds the title and clean text: with either changed, the article
      // is analysed again, not only refreshed.
      if let before = stored[article.id], before.cleanText == article.cleanText,
        before.title == article.title, before.source == article.source
      {
        work.refreshed.append(article)
      } else if let entry = work.state.ledger[article.id] {
        work.replaced.insert(article.id)
        work.articles.append(article)
        work.intake[article.id] = AnalysisWork.Intake(
          contentHash: entry.contentHash, group: entry.group, lines: entry.lines)
      }
    }
    work.report(.cleaning, raws.count, of: raws.count)
  }

  /// The stored articles holding a line whose verdict changed, read again from their files.
  private static func rereadChanged(
    before: [String: [UInt64: Int]], after: [String: [UInt64: Int]],
    work: AnalysisWork, configuration: LibraryConfiguration
  ) throws(LibraryError) -> [RawArticle] {
    var changed: [String: Set<UInt64>] = [:]
    for (group, old) in before {
      let new = after[group] ?? [:]
      var lines = Set<UInt64>()
      for (line, count) in old where new[line] != count { lines.insert(line) }
      for (line, count) in new where old[line] != count { lines.insert(line) }
      if !lines.isEmpty { changed[group] = lines }
    }
    guard !changed.isEmpty else { return [] }
    var affected: [String: [ReadStage.Place: LedgerEntry]] = [:]
    for entry in work.state.ledger.values where !work.removed.contains(entry.id) {
      guard let lines = changed[entry.group],
        entry.lines.contains(where: { lines.contains($0.fingerprint) }),
        work.intake[entry.id] == nil
      else { continue }
      // NB: a batched update moves a kept article's record when its batch comes.
      let record = work.batches?.moved[entry.id] ?? entry.record
      affected[entry.path, default: [:]][ReadStage.Place(path: entry.path, record: record)] =
        entry
    }
    let reader = ArticleReader(limits: configuration.limits)
    var raws: [RawArticle] = []
    for file in work.allFiles {
      guard let wanted = affected[file.path] else { continue }
      var output = ArticleReader.Output()
      // NB: only the records wanted are decoded (a text file is one record, `nil`).
      let records = wanted.keys.compactMap(\.record)
      _ = reader.read(
        file, into: &output, from: 1, only: records.isEmpty ? nil : Set(records)
      ) { _ in true }
      for raw in output.articles {
        let place = ReadStage.Place(path: raw.location.path, record: raw.location.record)
        guard let entry = wanted[place], entry.contentHash == raw.contentHash else { continue }
        raws.append(ArticleLoader.renamed(raw, to: entry.id))
      }
    }
    return raws
  }
}
