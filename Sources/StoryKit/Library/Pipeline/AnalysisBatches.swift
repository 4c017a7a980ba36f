/// How much input one batch of a large analysis takes: a first analysis whose files hold more
/// than `textBytes` is read, analysed and written a batch at a time, so its peak memory is
/// bounded by one batch and the saved state, not by the size of the input.
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
struct AnalysisBatches: Sendable {
  var size: AnalysisBatchSize
  /// The file to read next (an index into `AnalysisWork.files`) and its first record.
  var file = 0
  var record = 1
  /// Every file was tallied (`BoilerplateTallyStage`).
  var tallied = false
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
