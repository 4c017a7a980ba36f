/// What the run loop does after the app handled a key.
public enum AppOutcome: Hashable, Sendable {
  /// Draw the new frame.
  case redraw
  /// Nothing changed on screen; skip the frame.
  case unchanged
  /// Leave the reader and restore the terminal.
  case quit
  /// Carry out a request on the terminal (``TerminalBackend/perform(_:)``), tell the app with
  /// ``ReaderApp/finish(_:failure:)``, and draw.
  case perform(TerminalRequest)
}
