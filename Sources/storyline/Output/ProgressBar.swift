import Foundation
import StoryKit

/// A one-line progress bar on stderr (`stories  12,345/19,664  ████░░░░  8,210/s  ETA 1s`),
/// drawn only when stderr is a terminal and at most ten times a second.
final class ProgressBar: @unchecked Sendable {
  // NB: called from the one thread that runs the analysis; the lock guards against others.
  private let lock = NSLock()
  private var lastDraw = 0.0
  private var stageStart = 0.0
  private var stage: LibraryProgress.Stage?
  private var drawn = false
  private var last: LibraryProgress?
  private let created = ProgressBar.now()
  private var ticker: DispatchSourceTimer?

  /// A bar on stderr, or `nil` when stderr is not a terminal.
  static var standardError: ProgressBar? {
    isatty(STDERR_FILENO) == 1 ? ProgressBar() : nil
  }

  /// Redraws the last report once a second, so a stage that reports rarely still shows its
  /// time going by.
  private init() {
    let timer = DispatchSource.makeTimerSource(queue: .global())
    timer.schedule(deadline: .now() + 1, repeating: 1)
    timer.setEventHandler { [weak self] in
      guard let self, let last = self.lock.withLock({ self.last }) else { return }
      self.show(last)
    }
    timer.resume()
    ticker = timer
  }

  private static func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }

  /// Shows a progress report.
  func show(_ progress: LibraryProgress) {
    lock.withLock {
      let now = Self.now()
      if progress.stage != stage {
        stage = progress.stage
        stageStart = now
        last = progress
      } else if now - lastDraw < 0.1 {
        last = progress
        return
      }
      last = progress
      // NB: quick work (a reopen, a small corpus) shows no bar at all.
      guard now - created >= 0.25 else { return }
      lastDraw = now
      var name = progress.stage.rawValue
      if let batch = progress.batch {
        name = "batch \(batch.number)/~\(batch.estimatedCount) " + name
      }
      var line = name.padding(toLength: max(20, name.count), withPad: " ", startingAt: 0)
      let elapsed = now - stageStart
      if let total = progress.total, total > 0 {
        let share = Double(progress.done) / Double(total)
        let filled = Int(share * 20)
        line += " \(progress.done)/\(total) "
        line += String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled)
        if elapsed > 0.5, progress.done > 0 {
          let rate = Double(progress.done) / elapsed
          let eta = Double(total - progress.done) / rate
          line += String(format: "  %.0f/s  ETA %.0fs", rate, eta)
        } else {
          line += String(format: "  %.0fs", elapsed)
        }
      } else {
        line += String(format: " %.0fs", elapsed)
      }
      _ = StandardOutput.writeAll(Array(("\r\u{1B}[K" + line).utf8), to: STDERR_FILENO)
      drawn = true
    }
  }

  /// Clears the bar's line.
  func finish() {
    ticker?.cancel()
    lock.withLock {
      last = nil
      if drawn { _ = StandardOutput.writeAll(Array("\r\u{1B}[K".utf8), to: STDERR_FILENO) }
      drawn = false
    }
  }
}
