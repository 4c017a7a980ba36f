extension ReaderApp {
  /// How a run of the reader ended.
  public enum RunEnd: Hashable, Sendable {
    /// The user quit.
    case quit
    /// The terminal's input ended, or a signal (its number) asked the reader to stop.
    case closed(signal: Int32?)
  }

  /// Runs the reader on `terminal` until the user quits or the input closes: draws a frame,
  /// reads a key, handles it, draws again when something changed.
  ///
  /// A resize is read with every resize queued behind it (a window being dragged sends a
  /// burst), then the app is fitted to the terminal's new size and drawn once; a key read while
  /// draining is handled next.
  ///
  /// - Parameter terminal: Where to draw and read keys.
  /// - Returns: Why the run ended; the caller restores the terminal.
  @MainActor
  public mutating func run(on terminal: some TerminalBackend) -> RunEnd {
    resize(to: terminal.size)
    terminal.draw(render())
    var pending: Key?
    while true {
      let input: TerminalInput
      if let key = pending {
        input = .key(key)
        pending = nil
      } else {
        input = terminal.read(timeout: nil)
      }
      switch input {
      case .timedOut: continue
      case .closed(let signal): return .closed(signal: signal)
      case .key(.resize):
        drain: while true {
          switch terminal.read(timeout: 0) {
          case .key(.resize): continue
          case .key(let key):
            pending = key
            break drain
          case .timedOut: break drain
          case .closed(let signal): return .closed(signal: signal)
          }
        }
        resize(to: terminal.size)
        terminal.draw(render())
      case .key(let key):
        switch handle(key) {
        case .quit: return .quit
        case .redraw: terminal.draw(render())
        case .unchanged: break
        case .perform(let request):
          var failure: TerminalRequestError?
          do {
            try terminal.perform(request)
          } catch {
            failure = error
          }
          finish(request, failure: failure)
          // NB: a browser in the terminal may have run while the window changed size.
          resize(to: terminal.size)
          terminal.draw(render())
        }
      }
    }
  }
}
