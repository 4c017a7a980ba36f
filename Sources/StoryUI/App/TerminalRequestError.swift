/// Why a backend could not carry out a ``TerminalRequest``.
public enum TerminalRequestError: Error, Hashable, Sendable, CustomStringConvertible {
  /// `$BROWSER` is not set (or names no command).
  case noBrowser
  /// The browser could not be started: its command and the system's reason.
  case browserNotStarted(command: String, reason: String)
  /// A browser run in the terminal ended with a failure status.
  case browserFailed(command: String, status: Int32)
  /// The terminal cannot take the request (a backend without a clipboard, say).
  case unsupported(String)

  /// A lowercase sentence a user can act on.
  public var description: String {
    switch self {
    case .noBrowser:
      return "no browser: set BROWSER (BROWSER=w3m, BROWSER=firefox) and start again"
    case .browserNotStarted(let command, let reason):
      return "cannot start the browser \"\(TerminalText.sanitized(command))\" from BROWSER "
        + "(\(TerminalText.sanitized(reason))); check the command"
    case .browserFailed(let command, let status):
      return "the browser \"\(TerminalText.sanitized(command))\" ended with status \(status)"
    case .unsupported(let what):
      return TerminalText.sanitized(what)
    }
  }
}
