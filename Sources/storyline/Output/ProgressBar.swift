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

  /// A bar on stderr, or `nil` when stderr is not a terminal.
  static var standardError: ProgressBar? {
    isatty(STDERR_FILENO) == 1 ? ProgressBar() : nil
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
      } else if now - lastDraw < 0.1 {
        return
      }
      lastDraw = now
      var line = progress.stage.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)
      if let total = progress.total, total > 0 {
        let share = Double(progress.done) / Double(total)
        let filled = Int(share * 20)
        line += " \(progress.done)/\(total) "
        line += String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled)
        let elapsed = now - stageStart
        if elapsed > 0.5, progress.done > 0 {
          let rate = Double(progress.done) / elapsed
          let eta = Double(total - progress.done) / rate
          line += String(format: "  %.0f/s  ETA %.0fs", rate, eta)
        }
      }
      FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
      drawn = true
    }
  }

  /// Clears the bar's line.
  func finish() {
    lock.withLock {
      if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
      drawn = false
    }
  }
}
