/// How much input one batch of a large analysis takes: an analysis (the first, or an update)
/// whose files to read hold more than `textBytes` is read, analysed and written a batch at a
/// time, so its peak memory is bounded by one batch and the saved state, not by the size of
/// the input.
public struct AnalysisBatchSize: Hashable, Sendable {
  /// The most articles in one batch.
  public var articles: Int
  /// The most UTF-8 bytes of article text in one batch (and the input size from which an
  /// analysis goes in batches).
  public var textBytes: Int

  /// Creates a batch size.
  public init(articles: Int, textBytes: Int) {
    self.articles = articles
    self.textBytes = textBytes
  }

  /// 100,000 articles or 128 MiB of text: about 1 GB of analysis in memory at once.
  public static let `default` = AnalysisBatchSize(articles: 100_000, textBytes: 128 << 20)
}

/// Where a batched analysis stands in its input: the file being read and the record to go on
/// from (`ReadStage`).
///
/// A batched analysis tallies the corpus's boilerplate evidence over all its files first
/// (`BoilerplateTallyStage`), so every batch is cleaned with the evidence of the whole corpus;
/// the batches are then read in listing order, each put in canonical order and analysed
/// against everything the batches before it left in the state (as an update adds files).
/// In an update, the tally also matches the records read with the stored articles of their
/// files (`StoredRecords`): those found again are kept, and those not found leave with the
/// first batch.
struct AnalysisBatches: Sendable {
  var size: AnalysisBatchSize
  /// The file to read next (an index into `AnalysisWork.files`) and its first record.
  var file = 0
  var record = 1
  /// Every file was tallied (`BoilerplateTallyStage`).
  var tallied = false
  /// In an update: the records the tally found stored with the same content, by where they
  /// were read, to be kept, not analysed again (`ReadStage` takes them out as it meets them).
  var kept: [ReadStage.Place: ArticleID] = [:]
  /// Of those, the ones whose record number moved, with their new record number.
  var moved: [ArticleID: Int?] = [:]
  /// In an update, until the first batch is cleaned: the boilerplate verdicts, before the tally,
  /// of the sources the update touches, so that stored articles whose lines changed verdict are
  /// cleaned again (`CleanStage`).
  var verdictsBefore: [String: [UInt64: Int]]?
  /// The batch under way, counted from 1.
  var number = 1
  /// About how many batches `inputBytes` of input make, for progress reports.
  let estimatedCount: Int

  /// - Parameter inputBytes: the size of the files to analyse.
  init(size: AnalysisBatchSize, inputBytes: Int) {
    self.size = size
    estimatedCount = max(1, (inputBytes + size.textBytes - 1) / max(1, size.textBytes))
  }

  /// Where the analysis stands, as progress reports give it.
  var progress: LibraryProgress.Batch {
    LibraryProgress.Batch(number: number, estimatedCount: estimatedCount)
  }

  /// Whether every file was read.
  func isDone(files: Int) -> Bool { file >= files }
}
