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

  /// Creates a progress report.
  public init(stage: Stage, done: Int, total: Int?) {
    self.stage = stage
    self.done = done
    self.total = total
  }
}

/// A function that receives progress reports; called on the thread doing the work.
public typealias ProgressHandler = @Sendable (LibraryProgress) -> Void
