import StoryUI

/// Why the terminal could not be taken over for the browser.
public enum CursesTerminalError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The controlling terminal could not be opened (for example, no terminal is attached).
  case terminalUnavailable(path: String, reason: String)
  /// curses could not start on the terminal type in `TERM`.
  case unsupportedTerminal(term: String)

  /// A lowercase sentence a user can act on.
  public var description: String {
    switch self {
    case .terminalUnavailable(let path, let reason):
      return "cannot open the terminal \(path) (\(reason)); run the reader from an interactive "
        + "terminal"
    case .unsupportedTerminal(let term):
      let shown = term.isEmpty ? "(TERM is not set)" : "'\(TerminalText.sanitized(term))'"
      return "cannot start the full-screen reader on terminal type \(shown); "
        + "set TERM to a known type such as xterm-256color"
    }
  }
}
