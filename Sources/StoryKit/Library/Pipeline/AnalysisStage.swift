/// One step of the analysis pipeline: a small type that reads what earlier stages left in the
/// work and adds its own part.
///
/// Every analysis updates a saved state (`AnalysisState`): the stages work on the articles of
/// the files that are new or changed, take out the articles that left, and bring the corpus-wide
/// structures (boilerplate evidence, speakers, duplicate groups, stories) up to date. A first
/// analysis is the same update from the empty state.
///
/// Stages read files only in `ReadStage` (and `CleanStage`, which reads again the few stored
/// articles a change of boilerplate verdict touches); articles already in the library come
/// through `StoredArticles`; the library writes the result.
protocol AnalysisStage: Sendable {
  /// What the stage reports as progress.
  var stage: LibraryProgress.Stage { get }
  /// Whether the stage reads the parts of a saved state that are read ahead
  /// (`AnalysisState.partsReadAhead`): the pipeline waits for them before it runs.
  var readsReadAheadParts: Bool { get }
  /// Runs the stage over the work so far.
  func run(_ work: inout AnalysisWork, configuration: LibraryConfiguration) throws(LibraryError)
}

extension AnalysisStage {
  /// Most stages read only the ledger, the boilerplate tallies and the speakers.
  var readsReadAheadParts: Bool { false }
}

/// Articles the library already holds, for the stages that need more than the saved state
/// (the clean text of a possible copy, an article coming back into the story index).
struct StoredArticles: Sendable {
  /// Clean texts by id.
  var texts: @Sendable ([ArticleID]) throws(LibraryError) -> [ArticleID: String]
  /// Whole articles by id.
  var articles: @Sendable ([ArticleID]) throws(LibraryError) -> [ArticleID: Article]

  /// No stored articles (a first analysis).
  static let none = StoredArticles(texts: { _ in [:] }, articles: { _ in [:] })
}

/// What the pipeline's stages pass along: each stage reads the fields earlier stages filled.
struct AnalysisWork: Sendable {
  /// The files to read: new or changed since the state was saved.
  var files: [InputFile]
  /// Every input file, in listing order (what decides the listing order of all articles).
  var allFiles: [InputFile]
  /// Problems met so far (unreadable paths, files, records).
  var problems: [IngestProblem]
  /// The state being brought up to date.
  var state: AnalysisState
  /// What the library holds of articles not read again.
  var stored: StoredArticles
  /// Stored articles that leave: their file is gone, or was read again without them.
  var removed = Set<ArticleID>()
  /// Stored articles analysed again under the same id: changed in place, or cleaned again
  /// because the corpus evidence about their lines changed.
  var replaced = Set<ArticleID>()
  /// Articles as read, then in canonical order (`CanonicalOrderStage`).
  var raws: [RawArticle] = []
  /// Articles to analyse (new and replaced), clean, in canonical order.
  var articles: [Article] = []
  /// For each article to analyse, what the ledger keeps from reading and cleaning.
  var intake: [ArticleID: Intake] = [:]
  /// Stored articles cleaned again with the same clean text: only their removals changed.
  var refreshed: [Article] = []
  /// The quotes of `articles`, speakers canonical.
  var quotes: [Quote] = []
  /// Stored quotes whose speaker changed (the directory merged or renamed it).
  var quoteChanges: [QuoteChange] = []
  /// The corpus's speakers.
  var directory = SpeakerDirectory(nodes: [])
  /// Syndication groups.
  var duplicateGroups: [DuplicateGroup] = []
  /// The stories built (`StoryCatalog.Assembly`): every story, or in an update only those
  /// not kept as the library holds them.
  var stories: [Story] = []
  /// Every story's id, in story order.
  var storyOrder: [StoryID] = []
  /// Every article in listing order.
  var listing: [ArticleID] = []
  /// Reading found every article as stored: the analysis stands, only the files' fingerprints
  /// are new.
  var isUnchanged = false
  /// Set when the saved state turned out unreadable while the stages ran (a part read ahead,
  /// `AnalysisState.finishReading`): nothing was written, and the inputs are analysed afresh.
  var savedStateUnreadable = false
  /// Where a batched analysis stands (`AnalysisBatches`); `nil` when the files are analysed
  /// at once.
  var batches: AnalysisBatches?
  /// Where progress goes.
  var progress: ProgressHandler?

  /// What reading and cleaning learn of an article that the ledger keeps.
  struct Intake: Sendable {
    var contentHash: UInt64
    var group: String
    var lines: [CorpusBoilerplate.Line]
  }

  /// A stored quote's new speaker.
  struct QuoteChange: Sendable {
    var quote: QuoteID
    var speaker: String?
  }

  /// Whether input is left for another batch.
  var hasMoreBatches: Bool { batches.map { !$0.isDone(files: files.count) } ?? false }

  /// The files read whole so far: all of them, unless a batched analysis stopped before the
  /// end (the rest are not recorded as analysed, so an interrupted analysis reads them again).
  var filesRead: [InputFile] {
    guard let batches, !batches.isDone(files: files.count) else { return allFiles }
    let unread = Set(files[batches.file...].map(\.path))
    return allFiles.filter { !unread.contains($0.path) }
  }

  /// Makes ready for the next batch, once the one before is written: what stages left for
  /// the library to write goes; the state, the problems and the batches' place stay.
  mutating func startNextBatch(stored: StoredArticles) {
    self.stored = stored
    batches?.number += 1
    removed = []
    replaced = []
    raws = []
    articles = []
    intake = [:]
    refreshed = []
    quotes = []
    quoteChanges = []
    duplicateGroups = []
    stories = []
    storyOrder = []
    listing = []
  }

  func report(_ stage: LibraryProgress.Stage, _ done: Int, of total: Int?) {
    progress?(LibraryProgress(stage: stage, done: done, total: total, batch: batches?.progress))
  }

  /// A counter for work done on worker threads: called with the number of items done out of
  /// `total`, it reports `stage`'s progress; `nil` when nobody listens.
  func reporter(_ stage: LibraryProgress.Stage, total: Int) -> (@Sendable (Int) -> Void)? {
    guard let progress else { return nil }
    let batch = batches?.progress
    return { done in
      progress(LibraryProgress(stage: stage, done: done, total: total, batch: batch))
    }
  }
}
