/// One step of the analysis pipeline: a small type that reads what earlier stages left in the
/// work and adds its own part.
///
/// Stages do no I/O of their own except `ReadStage`, which reads the input files; the library
/// writes the result. `AnalysisPipeline.stages` lists them in order.
protocol AnalysisStage: Sendable {
  /// What the stage reports as progress.
  var stage: LibraryProgress.Stage { get }
  /// Runs the stage over the work so far.
  func run(_ work: inout AnalysisWork, configuration: LibraryConfiguration) throws(StoryKitError)
}

/// What the pipeline's stages pass along: each stage reads the fields earlier stages filled.
struct AnalysisWork: Sendable {
  /// The files to read.
  var files: [InputFile]
  /// Problems met so far (unreadable paths, files, records).
  var problems: [IngestProblem]
  /// Articles as read, then in canonical order (`CanonicalOrderStage`).
  var raws: [RawArticle] = []
  /// For each of `raws`, its position in the listing (input) order.
  var listing: [Int] = []
  /// Clean articles, in canonical order, parallel to `listing`.
  var articles: [Article] = []
  /// Quotes and speakers.
  var quotes: QuoteAnalysis?
  /// Syndication groups.
  var duplicateGroups: [DuplicateGroup] = []
  /// Stories.
  var stories: [Story] = []
  /// Where progress goes.
  var progress: ProgressHandler?

  func report(_ stage: LibraryProgress.Stage, _ done: Int, of total: Int?) {
    progress?(LibraryProgress(stage: stage, done: done, total: total))
  }

  /// A counter for work done on worker threads: called with the number of items done out of
  /// `total`, it reports `stage`'s progress; `nil` when nobody listens.
  func reporter(_ stage: LibraryProgress.Stage, total: Int) -> (@Sendable (Int) -> Void)? {
    guard let progress else { return nil }
    return { done in progress(LibraryProgress(stage: stage, done: done, total: total)) }
  }
}
