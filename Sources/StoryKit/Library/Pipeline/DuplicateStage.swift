/// Finds syndicated copies (`DuplicateDetector`): shingles, MinHash/LSH, exact verification.
struct DuplicateStage: AnalysisStage {
  var stage: LibraryProgress.Stage { .duplicates }

  func run(_ work: inout AnalysisWork, configuration: LibraryConfiguration) {
    work.report(.duplicates, 0, of: work.articles.count)
    let total = work.articles.count
    let progress = work.progress
    work.duplicateGroups = configuration.duplicates.groups(work.articles) { done in
      progress?(LibraryProgress(stage: .duplicates, done: done, total: total))
    }
    work.report(.duplicates, work.articles.count, of: work.articles.count)
  }
}
