import StoryKit

extension ProgressScreen {
  /// Where the opening stands, as the run loop asks it.
  public enum OpeningState<Value: Sendable>: Sendable {
    /// Still at work; the latest report, if any came.
    case working(LibraryProgress?)
    /// Done: the library, or why it could not be opened.
    case finished(Value)
  }

  /// How a run of the Progress screen ended.
  public enum RunEnd<Value: Sendable>: Sendable {
    /// The opening finished with `Value`; the caller shows the stories (or the failure).
    case finished(Value)
    /// The user quit before the opening finished.
    case quit
    /// The terminal's input ended, or a signal (its number) asked the reader to stop.
    case closed(signal: Int32?)
  }

  /// The most frames a second the run loop draws for progress alone.
  public static let framesPerSecond = 10.0

  /// Shows the screen on `terminal` until the opening is done: asks `poll` where it stands,
  /// draws a frame when a report came (at most ``framesPerSecond`` times a second, and once a
  /// second anyway so the clock moves), and reads keys in between, so quitting and resizing
  /// work while the library opens elsewhere.
  ///
  /// The work itself runs elsewhere (the caller's thread); `poll` reads what it left, and must
  /// be cheap.
  ///
  /// - Parameters:
  ///   - terminal: Where to draw and read keys.
  ///   - now: Seconds on a monotonic clock (tests pass their own).
  ///   - poll: Where the opening stands.
  /// - Returns: Why the run ended; on ``RunEnd/finished(_:)`` the terminal is still the
  ///   caller's to draw on.
  @MainActor
  public mutating func run<Value: Sendable>(
    on terminal: some TerminalBackend, now: () -> Double = ProgressScreen.monotonicSeconds,
    poll: () -> OpeningState<Value>
  ) -> RunEnd<Value> {
    let interval = 1 / Self.framesPerSecond
    var lastDraw = -Double.infinity
    var drawnProgress: LibraryProgress?
    var mustDraw = true
    while true {
      let time = now()
      switch poll() {
      case .finished(let value): return .finished(value)
      case .working(let progress?):
        if progress != estimate.latest { record(progress, at: time) }
      case .working(nil): break
      }
      let changed = estimate.latest != drawnProgress
      if mustDraw || (changed && time - lastDraw >= interval) || time - lastDraw >= 1 {
        terminal.draw(render(size: terminal.size, now: time))
        lastDraw = time
        drawnProgress = estimate.latest
        mustDraw = false
      }
      // NB: a short wait, so the stories follow the end of the work closely.
      var input = terminal.read(timeout: Int(interval * 500))
      if case .key(.resize) = input {
        // NB: a window being dragged sends a burst; draw once, for the last size.
        repeat { input = terminal.read(timeout: 0) } while input == .key(.resize)
        mustDraw = true
        if input == .timedOut { continue }
      }
      switch input {
      case .timedOut: continue
      case .closed(let signal): return .closed(signal: signal)
      case .key(let key):
        switch handle(key) {
        case .quit: return .quit
        case .redraw: mustDraw = true
        case .unchanged: break
        }
      }
    }
  }

  /// Seconds on the system's monotonic clock.
  public static func monotonicSeconds() -> Double {
    let components = (ContinuousClock.now - clockOrigin).components
    return Double(components.seconds) + Double(components.attoseconds) / 1e18
  }

  /// The instant ``monotonicSeconds()`` counts from.
  private static let clockOrigin = ContinuousClock.now
}
