/// A terminal the reader runs on: its size, a way to show a frame, and a way to read keys.
///
/// The reader's logic (``ReaderApp``, the screens) never touches a terminal; the run loop
/// (``ReaderApp/run(on:)``) is the only code that talks to a backend. Two implementations
/// exist: the ncursesw one in the `CursesTerminal` module, and ``VirtualTerminal``, a grid in
/// memory with scripted input, for tests and benchmarks. — ratatui's `Backend` and
/// `TestBackend`.
///
/// ```swift
/// let terminal = VirtualTerminal(size: GridSize(rows: 24, columns: 80), script: "j Enter q q")
/// var app = ReaderApp(data: data, size: terminal.size)
/// app.run(on: terminal)
/// print(terminal.frames.last?.plainText ?? "")
/// ```
@MainActor
public protocol TerminalBackend: AnyObject {
  /// The window's size now, in character cells.
  var size: GridSize { get }

  /// Shows `grid` (of ``size``) as the whole window.
  ///
  /// A backend maps each cell's ``Role`` to its own attributes (colours, bold, reverse) and
  /// draws a wide grapheme once, skipping its continuation cell.
  func draw(_ grid: ScreenGrid)

  /// Waits for the next key, at most `milliseconds` (`nil`: as long as it takes).
  ///
  /// A change of window size is reported as ``Key/resize``; the run loop then reads ``size``.
  ///
  /// - Returns: The key, ``TerminalInput/timedOut`` when the time passed first, or
  ///   ``TerminalInput/closed(signal:)`` when no more keys will come (the input ended, or a
  ///   signal asked the reader to stop).
  func read(timeout milliseconds: Int?) -> TerminalInput

  /// Carries out something a screen asked for: starts the browser on a web address (a browser
  /// that runs in the terminal gets the terminal until it ends; another is started apart),
  /// or puts text on the terminal's clipboard. The next ``draw(_:)`` repaints the whole window.
  ///
  /// - Throws: ``TerminalRequestError`` saying why it could not be done.
  func perform(_ request: TerminalRequest) throws(TerminalRequestError)
}
