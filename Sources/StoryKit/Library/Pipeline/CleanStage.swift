/// Cleans the raw articles (`ArticleLoader.clean`): unique ids, corpus boilerplate evidence over
/// the batch, then boilerplate removal on all cores. Linear in the text.
struct CleanStage: AnalysisStage {
  var stage: LibraryProgress.Stage { .cleaning }

  func run(_ work: inout AnalysisWork, configuration: LibraryConfiguration) {
    work.report(.cleaning, 0, of: work.raws.count)
    let loader = ArticleLoader(
      reader: ArticleReader(limits: configuration.limits), cleaner: configuration.cleaner)
    work.articles = loader.clean(
      work.raws, progress: work.reporter(.cleaning, total: work.raws.count))
    work.raws = []
    work.report(.cleaning, work.articles.count, of: work.articles.count)
  }
}
