/// The progress of writing an analysis into the library, reported in the stage's unit (the
/// articles analysed) so that the bar moves through every step of the write, not only while
/// articles are inserted: each step owns a share of the bar, in proportion to the time it takes
/// (measured on the 20k corpus: inserting articles and their search rows about half, quotes an
/// eighth, then indexes, the other rows, the saved state and the commit).
struct WritingProgress: Sendable {
  /// The steps of a write, in order, each ending at a share of the whole.
  enum Step {
    case articles, quotes, indexes, rows, state, committed

    /// Where the step starts and ends, as shares of the write.
    var span: (start: Double, end: Double) {
      switch self {
      case .articles: (0, 0.5)
      case .quotes: (0.5, 0.63)
      case .indexes: (0.63, 0.69)
      case .rows: (0.69, 0.8)
      case .state: (0.8, 0.87)
      case .committed: (0.87, 1)
      }
    }
  }

  /// The number of articles written (the bar's total).
  let articles: Int
  /// Who listens, if anyone.
  let handler: ProgressHandler?
  /// The batch written, in a batched analysis.
  var batch: LibraryProgress.Batch? = nil

  /// Reports that `step` is `done` of `total` units of its own along.
  func report(_ step: Step, done: Int, of total: Int) {
    guard let handler else { return }
    let fraction = total > 0 ? Double(min(done, total)) / Double(total) : 1
    let share = step.span.start + (step.span.end - step.span.start) * fraction
    handler(
      LibraryProgress(
        stage: .writing, done: Int(share * Double(articles)), total: articles, batch: batch))
  }

  /// Reports that `step` is over.
  func report(_ step: Step) {
    report(step, done: 1, of: 1)
  }
}
