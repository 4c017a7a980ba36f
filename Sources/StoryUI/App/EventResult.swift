/// What handling an event did, so the app knows what to do next. — htop's `HandlerResult`,
/// gitui's `EventState`.
public enum EventResult: Sendable {
  /// The screen does not handle this; the app may (help, back, quit), or tells the user the
  /// key does nothing here.
  case notHandled
  /// Handled, and nothing visible changed (moving down on the last line).
  case handled
  /// Handled; the screen looks different now.
  case redraw
  /// Open this screen on top of the current one.
  case push(any Screen)
  /// Close the current screen and go back to the one below.
  case pop
  /// Leave the reader.
  case quit
  /// Ask the terminal's owner to do something a screen cannot (open a browser, copy to the
  /// clipboard); the status line says how it went.
  case request(TerminalRequest)
  /// Handled; say this on the status line until the next key.
  case message(StatusMessage)
}
