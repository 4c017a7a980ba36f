/// Finds syndicated copies (`DuplicateDetector`): shingles, MinHash/LSH, exact verification.
struct DuplicateStage: AnalysisStage {
  var stage: LibraryProgress.Stage { .duplicates }

  func run(_ work: inout AnalysisWork, configuration: LibraryConfiguration) {
    work.report(.duplicates, 0, of: work.articles.count)
    work.duplicateGroups = configuration.duplicates.groups(
      work.articles, progress: work.reporter(.duplicates, total: work.articles.count))
    work.report(.duplicates, work.articles.count, of: work.articles.count)
  }
}
