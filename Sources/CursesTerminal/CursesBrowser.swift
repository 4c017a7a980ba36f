import CNcursesw
import StoryUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A full-screen list of rows with a pager, drawn with ncursesw: the only type that calls curses.
///
/// The screen shows a header line, the list (each row's title with its detail dimmed, the
/// selected row in reverse video) and a hint bar at the bottom. Enter opens the selected row's
/// body in a pager, word-wrapped to the terminal width; `q` or Esc go back to the list, and `q`
/// in the list leaves.
///
/// Layout and key handling live in pure types (`BrowserState`, `Screen`); this type only decodes
/// keys, draws the computed screen and manages the terminal. All text is sanitized with
/// ``TerminalText/sanitized(_:)`` before it reaches curses. Colour is used when the terminal has
/// at least 8 colours and `NO_COLOR` is not set (to a non-empty value, per no-color.org); under a
/// non-UTF-8 locale (`LANG=C`) text is drawn with ``TerminalText/asciiTransliterated(_:)``.
///
/// ```swift
/// if CursesBrowser.isInteractive {
///   try CursesBrowser.run(title: "Sample", rows: rows)
/// }
/// ```
@MainActor
public enum CursesBrowser {
  /// The terminal device the browser draws on, so it works even when stdout is redirected.
  nonisolated static let terminalPath = "/dev/tty"

  /// Whether a full-screen browser can run: stdin and stdout are terminals and `TERM` names a
  /// terminal type other than `dumb`.
  public nonisolated static var isInteractive: Bool {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return false }
    guard let term = environment("TERM") else { return false }
    return !term.isEmpty && term != "dumb"
  }

  /// Shows `rows` until the user quits, then restores the terminal.
  ///
  /// Takes over the controlling terminal (`/dev/tty`) in cbreak mode with no echo and a hidden
  /// cursor. The terminal is always restored (`endwin`) before this returns or throws.
  ///
  /// - Parameters:
  ///   - title: The header shown above the list (untrusted; it is sanitized).
  ///   - rows: The rows to list, in order.
  /// - Throws: ``CursesTerminalError`` when the terminal cannot be opened or curses cannot start.
  public static func run(title: String, rows: [BrowserRow]) throws {
    let session = try Session.start()
    defer { session.end() }

    var state = BrowserState(
      title: title, rows: rows, width: session.size().columns, height: session.size().lines)
    draw(state.screen(), in: session)
    var pending: BrowserKey?
    while true {
      let event: Event
      if let key = pending {
        event = .key(key)
        pending = nil
      } else {
        event = session.readEvent()
      }
      switch event {
      case .resize:
        // NB: terminals send bursts of resizes while a window is dragged; drain them and redraw
        // once. A real key read while draining is kept and handled after the redraw.
        pending = session.drainResizes()
        let size = session.size()
        state.resize(width: size.columns, height: size.lines)
        draw(state.screen(), in: session)
      case .key(let key):
        switch state.handle(key) {
        case .redraw: draw(state.screen(), in: session)
        case .ignored: break
        case .quit: return
        }
      case .none:
        break
      }
    }
  }

  /// The value of the environment variable `name`, if set.
  nonisolated static func environment(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
  }
}
