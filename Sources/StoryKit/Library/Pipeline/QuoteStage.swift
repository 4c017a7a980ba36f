/// Extracts quotes and speakers from every article (on all cores) and merges speakers across
/// the corpus (`QuoteAnalysis`).
struct QuoteStage: AnalysisStage {
  var stage: LibraryProgress.Stage { .quotes }

  func run(_ work: inout AnalysisWork, configuration: LibraryConfiguration) {
    work.report(.quotes, 0, of: work.articles.count)
    work.quotes = QuoteAnalysis.analyse(
      work.articles, extractor: configuration.extractor,
      progress: work.reporter(.quotes, total: work.articles.count))
    work.report(.quotes, work.articles.count, of: work.articles.count)
  }
}
