import StoryKit

/// The rate and time left of a library's analysis, worked out from the progress reports seen
/// so far.
///
/// Each stage is measured on its own: the rate is the units done since the stage's first
/// report divided by the seconds since then, and the time left is what the stage still has to
/// do at that rate, less the time since the last report. Times are seconds on any monotonic
/// clock; the caller passes them in, so the estimate is a pure function of its inputs.
///
/// ```swift
/// var estimate = ProgressEstimate()
/// estimate.record(LibraryProgress(stage: .quotes, done: 0, total: 1_000), at: 10)
/// estimate.record(LibraryProgress(stage: .quotes, done: 250, total: 1_000), at: 12)
/// estimate.rate            // 125 (articles a second)
/// estimate.secondsLeft(at: 12)  // 6
/// ```
public struct ProgressEstimate: Hashable, Sendable {
  /// The least time a stage must have run before a rate is given, in seconds: earlier rates
  /// jump about too much to read.
  public static let settlingSeconds = 0.5

  /// The last report, or `nil` before the first.
  public private(set) var latest: LibraryProgress?
  /// When the last report came.
  public private(set) var latestTime = 0.0
  /// When the stage under way sent its first report.
  public private(set) var stageStart = 0.0
  /// The units done at the stage's first report.
  private var stageStartDone = 0
  /// When the first report of all came.
  public private(set) var firstTime: Double?

  /// An estimate with no report yet.
  public init() {}

  /// Takes a report received at `time` (seconds); a new stage starts its own measure.
  public mutating func record(_ progress: LibraryProgress, at time: Double) {
    if firstTime == nil { firstTime = time }
    if progress.stage != latest?.stage || progress.done < (latest?.done ?? 0) {
      stageStart = time
      stageStartDone = progress.done
    }
    latest = progress
    latestTime = time
  }

  /// Units a second in the stage under way, or `nil` while it cannot be told (the stage has
  /// run less than ``settlingSeconds`` or done nothing yet).
  public var rate: Double? {
    guard let latest else { return nil }
    let seconds = latestTime - stageStart
    let done = latest.done - stageStartDone
    guard seconds >= Self.settlingSeconds, done > 0 else { return nil }
    return Double(done) / seconds
  }

  /// The share of the stage done, 0…1, or `nil` when its total is not known.
  public var fraction: Double? {
    guard let latest, let total = latest.total, total > 0 else { return nil }
    return min(1, max(0, Double(latest.done) / Double(total)))
  }

  /// The seconds the stage under way still needs at ``rate``, as of `now`; `nil` when its
  /// total or rate is not known. Never below zero.
  public func secondsLeft(at now: Double) -> Double? {
    guard let latest, let total = latest.total, let rate, rate > 0 else { return nil }
    let left = Double(max(0, total - latest.done)) / rate - max(0, now - latestTime)
    return max(0, left)
  }

  /// The seconds the stage under way has run, as of `now`.
  public func stageSeconds(at now: Double) -> Double {
    latest == nil ? 0 : max(0, now - stageStart)
  }
}
