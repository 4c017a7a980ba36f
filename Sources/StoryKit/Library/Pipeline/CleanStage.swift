/// Cleans the raw articles (`ArticleLoader.clean`): unique ids, corpus boilerplate evidence over
/// the batch, then boilerplate removal on all cores. Linear in the text.
struct CleanStage: AnalysisStage {
  var stage: LibraryProgress.Stage { .cleaning }

  func run(_ work: inout AnalysisWork, configuration: LibraryConfiguration) {
    work.report(.cleaning, 0, of: work.raws.count)
    let loader = ArticleLoader(
      reader: ArticleReader(limits: configuration.limits), cleaner: configuration.cleaner)
    let total = work.raws.count
    let progress = work.progress
    work.articles = loader.clean(work.raws) { done in
      progress?(LibraryProgress(stage: .cleaning, done: done, total: total))
    }
    work.raws = []
    work.report(.cleaning, work.articles.count, of: work.articles.count)
  }
}
