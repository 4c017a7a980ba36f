/// In a batched analysis (`AnalysisBatches`), reads every file once before the first batch and
/// tallies its articles' candidate boilerplate lines (`CorpusBoilerplate`), so each batch is
/// cleaned with the evidence of the whole corpus, as one unbatched analysis would be, and no
/// batch changes the verdicts earlier batches were cleaned with. Files are read a part at a
/// time; only the tallies stay.
///
/// In an update, a record found stored with the same content (`StoredRecords`) is kept, not
/// tallied again; the stored articles of the files read that were not found leave (their
/// lines leave the tallies, and the first batch takes them out); and the verdicts before the
/// tally are kept for the first batch to clean again the stored articles whose lines changed
/// verdict (`CleanStage`).
///
/// Does nothing in an unbatched analysis, or once the tallies are made. Linear in the input.
struct BoilerplateTallyStage: AnalysisStage {
  var stage: LibraryProgress.Stage { .reading }

  func run(_ work: inout AnalysisWork, configuration: LibraryConfiguration) {
    guard var batches = work.batches, !batches.tallied else { return }
    let reader = ArticleReader(limits: configuration.limits)
    let before = work.state.boilerplate
    var boilerplate = work.state.boilerplate
    var stored = StoredRecords(ledger: work.state.ledger, paths: Set(work.files.map(\.path)))
    var touched = Set<String>()
    /// Tallies the lines of the new records of `articles` (on all cores), and lets them go.
    func tally(_ articles: inout [RawArticle]) {
      let new = articles.filter { raw in
        guard let kept = stored.match(raw) else { return true }
        let place = ReadStage.Place(path: raw.location.path, record: raw.location.record)
        batches.kept[place] = kept.id
        if kept.storedRecord != raw.location.record { batches.moved[kept.id] = raw.location.record }
        return false
      }
      articles.removeAll()
      let tallies = new.parallelMap(CorpusBoilerplate.tally(of:))
      for tally in tallies {
        boilerplate.add(tally.lines, group: tally.group)
        touched.insert(tally.group)
      }
    }
    for (done, file) in work.files.enumerated() {
      work.report(.reading, done, of: work.files.count)
      var output = ArticleReader.Output()
      _ = reader.read(file, into: &output, from: 1) { output in
        tally(&output.articles)
        return true
      }
      tally(&output.articles)
    }
    for id in stored.unmatched {
      guard let entry = work.state.ledger[id] else { continue }
      boilerplate.remove(entry.lines, group: entry.group)
      touched.insert(entry.group)
      work.removed.insert(id)
    }
    if !work.state.ledger.isEmpty { batches.verdictsBefore = before.verdicts(of: touched) }
    work.state.boilerplate = boilerplate
    batches.tallied = true
    work.batches = batches
  }
}
