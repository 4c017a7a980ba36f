/// The analysis, as one ordered list of stages: read → canonical order → clean → quotes &
/// speakers → near-duplicates → stories. Each stage updates the saved state
/// (`AnalysisState`) with the files that are new or changed and the articles that left; the
/// library then writes the result and indexes it for search (`LibraryStore`).
///
/// ```swift
/// var work = AnalysisWork(
///   files: files, allFiles: files, problems: [],
///   state: AnalysisState(configuration: configuration), stored: .none)
/// try AnalysisPipeline.run(&work, configuration: configuration)
/// print(work.stories.count)
/// ```
enum AnalysisPipeline {
  /// The stages, in the order they run.
  static let stages: [any AnalysisStage] = [
    ReadStage(),
    CanonicalOrderStage(),
    CleanStage(),
    QuoteStage(),
    DuplicateStage(),
    StoryStage(),
  ]

  /// Runs every stage over `work`; stops after reading when the files read again hold every
  /// article as stored (a file touched, not changed) and none left: `work.isUnchanged`.
  static func run(_ work: inout AnalysisWork, configuration: LibraryConfiguration)
    throws(LibraryError)
  {
    for stage in stages {
      try stage.run(&work, configuration: configuration)
      if stage is ReadStage, work.raws.isEmpty, work.removed.isEmpty, work.refreshed.isEmpty,
        !work.state.ledger.isEmpty
      {
        work.isUnchanged = true
        return
      }
    }
  }
}
