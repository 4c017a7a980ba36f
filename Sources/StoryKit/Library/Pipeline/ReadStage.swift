/// Reads every input file into raw articles (`ArticleReader`), in listing order.
///
/// Linear in the input's size; reports progress file by file.
struct ReadStage: AnalysisStage {
  var stage: LibraryProgress.Stage { .reading }

  func run(_ work: inout AnalysisWork, configuration: LibraryConfiguration) {
    let reader = ArticleReader(limits: configuration.limits)
    var output = ArticleReader.Output()
    for (done, file) in work.files.enumerated() {
      work.report(.reading, done, of: work.files.count)
      reader.read(file, into: &output)
    }
    work.report(.reading, work.files.count, of: work.files.count)
    work.raws = output.articles
    work.listing = Array(output.articles.indices)
    work.problems += output.problems
  }
}
