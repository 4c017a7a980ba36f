/// What reading from a ``TerminalBackend`` gave.
public enum TerminalInput: Hashable, Sendable {
  /// A key, or ``Key/resize`` when the window changed size.
  case key(Key)
  /// Nothing came within the time asked for.
  case timedOut
  /// No more keys will come: the input ended (`signal` is `nil`), or a signal such as
  /// `SIGINT` or `SIGTERM` asked the reader to stop (its number).
  case closed(signal: Int32?)
}
