/// In a batched analysis (`AnalysisBatches`), reads every file once before the first batch and
/// tallies its articles' candidate boilerplate lines (`CorpusBoilerplate`), so each batch is
/// cleaned with the evidence of the whole corpus, as one unbatched analysis would be, and no
/// batch changes the verdicts earlier batches were cleaned with. Files are read a part at a
/// time; only the tallies stay.
///
/// Does nothing in an unbatched analysis, or once the tallies are made. Linear in the input.
struct BoilerplateTallyStage: AnalysisStage {
  var stage: LibraryProgress.Stage { .reading }

  func run(_ work: inout AnalysisWork, configuration: LibraryConfiguration) {
    guard var batches = work.batches, !batches.tallied else { return }
    let reader = ArticleReader(limits: configuration.limits)
    var boilerplate = work.state.boilerplate
    for (done, file) in work.files.enumerated() {
      work.report(.reading, done, of: work.files.count)
      var output = ArticleReader.Output()
      _ = reader.read(file, into: &output, from: 1) { output in
        Self.tally(&output.articles, into: &boilerplate)
        return true
      }
      Self.tally(&output.articles, into: &boilerplate)
    }
    work.state.boilerplate = boilerplate
    batches.tallied = true
    work.batches = batches
  }

  /// Tallies the lines of `articles` (on all cores), and lets them go.
  private static func tally(
    _ articles: inout [RawArticle], into boilerplate: inout CorpusBoilerplate
  ) {
    let tallies = articles.parallelMap(CorpusBoilerplate.tally(of:))
    for tally in tallies { boilerplate.add(tally.lines, group: tally.group) }
    articles.removeAll()
  }
}
