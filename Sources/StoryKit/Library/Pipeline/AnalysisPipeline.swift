/// The analysis, as one ordered list of stages: (tally, when batched) → read → canonical order →
/// clean → quotes & speakers → near-duplicates → stories. Each stage updates the saved state
/// (`AnalysisState`) with the files that are new or changed and the articles that left; the
/// library then writes the result and indexes it for search (`LibraryStore`).
///
/// ```swift
/// var work = AnalysisWork(
///   files: files, allFiles: files, problems: [],
///   state: AnalysisState(configuration: configuration), stored: .none)
/// try AnalysisPipeline.run(&work, configuration: configuration) { work in
///   print(work.stories.count)
/// }
/// ```
enum AnalysisPipeline {
  /// The stages, in the order they run.
  static let stages: [any AnalysisStage] = [
    BoilerplateTallyStage(),
    ReadStage(),
    CanonicalOrderStage(),
    CleanStage(),
    QuoteStage(),
    DuplicateStage(),
    StoryStage(),
  ]

  /// Runs every stage over `work`, then `commit`s it; stops after reading when the files read
  /// again hold every article as stored (a file touched, not changed) and none left:
  /// `work.isUnchanged`. Stops without committing when a part of the saved state read ahead,
  /// or a ledger entry's body, turns out unreadable: `work.savedStateUnreadable` (the caller
  /// analyses afresh). A batched
  /// analysis (`work.batches`) runs the stages and `commit` once per batch, each batch an
  /// update of the state the batches before it left.
  ///
  /// - Parameters:
  ///   - beforeStories: called when the quotes, speakers and duplicate groups are known, just
  ///     before the stories are formed (`StoryStage`), so the library may start writing what
  ///     needs nothing from the stories while they are.
  ///   - commit: writes what the stages did (it is called before the next batch is read, and
  ///     makes `work` ready for it: `AnalysisWork.startNextBatch`).
  static func run(
    _ work: inout AnalysisWork, configuration: LibraryConfiguration,
    beforeStories: (AnalysisWork) -> Void = { _ in },
    commit: (inout AnalysisWork) throws(LibraryError) -> Void
  ) throws(LibraryError) {
    repeat {
      try runStages(&work, configuration: configuration, beforeStories: beforeStories)
      // NB: the state is written whole with the batch: every part must be in place, and
      // every ledger entry read whole.
      if work.savedStateUnreadable || !work.state.finishReading()
        || work.state.ledger.hasDamagedBody
      {
        work.savedStateUnreadable = true
        return
      }
      try commit(&work)
    } while work.hasMoreBatches
  }

  private static func runStages(
    _ work: inout AnalysisWork, configuration: LibraryConfiguration,
    beforeStories: (AnalysisWork) -> Void
  ) throws(LibraryError) {
    for stage in stages {
      if stage.readsReadAheadParts, !work.state.finishReading() {
        work.savedStateUnreadable = true
        return
      }
      if stage is StoryStage { beforeStories(work) }
      try stage.run(&work, configuration: configuration)
      // NB: never in a batched analysis, whose last batch may find nothing left to read but
      // still has the analysis to finish.
      if stage is ReadStage, work.batches == nil, work.raws.isEmpty, work.removed.isEmpty,
        work.refreshed.isEmpty, !work.state.ledger.isEmpty
      {
        work.isUnchanged = true
        return
      }
    }
  }
}
