/// How far a long piece of library work has come: the stage, and how much of it is done.
///
/// The library calls a progress handler with these values; the CLI draws a bar on a terminal,
/// the reader a progress screen. `total` is `nil` while it is not known yet.
public struct LibraryProgress: Hashable, Sendable {
  /// The stages of an analysis, in the order they run.
  public enum Stage: String, Hashable, Sendable, CaseIterable {
    /// Another process is analysing this library; this one waits, then reads its result.
    case waiting = "waiting for another storyline"
    case checking = "checking files"
    case reading = "reading"
    case cleaning = "cleaning"
    case quotes = "quotes and speakers"
    case duplicates = "near-duplicates"
    case stories = "stories"
    case writing = "writing the library"
  }

  /// The stage under way.
  public var stage: Stage
  /// Units done (files while reading, articles after).
  public var done: Int
  /// Units in all, when known.
  public var total: Int?
  /// In an analysis that goes in batches (a first analysis of a large input): the batch under
  /// way, counted from 1, and about how many there are (from the input's size).
  public var batch: Batch?

  /// Where a batched analysis stands.
  public struct Batch: Hashable, Sendable {
    /// The batch under way, counted from 1.
    public var number: Int
    /// About how many batches the input makes (never fewer than `number`).
    public var estimatedCount: Int

    /// Creates a batch position.
    public init(number: Int, estimatedCount: Int) {
      self.number = number
      self.estimatedCount = max(number, estimatedCount)
    }
  }

  /// Creates a progress report.
  public init(stage: Stage, done: Int, total: Int?, batch: Batch? = nil) {
    self.stage = stage
    self.done = done
    self.total = total
    self.batch = batch
  }
}

/// A function that receives progress reports; called on the thread doing the work.
public typealias ProgressHandler = @Sendable (LibraryProgress) -> Void
