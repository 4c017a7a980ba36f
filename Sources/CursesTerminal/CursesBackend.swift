import CNcursesw
import StoryUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The reader's terminal: ncursesw on the controlling terminal, behind ``TerminalBackend``.
///
/// The only type that calls curses. It turns a ``ScreenGrid`` into wide-character curses calls
/// (roles become attributes and colour pairs through ``RoleStyle/table(for:)``) and `get_wch`
/// input into ``Key``s; everything else — layout, keys, screens — is in `StoryUI`.
///
/// - The locale is set from the environment first (`setlocale`); under a locale that cannot
///   encode Unicode (`LANG=C`) text is drawn with ``TerminalText/asciiTransliterated(_:)``.
/// - Colour follows the terminal (8 or 256 colours) on the terminal's own background
///   (`use_default_colors`), and is left out when `NO_COLOR` is set; roles stay apart in
///   monochrome by bold, underline and reverse video.
/// - `Esc` is reported after 25 ms (`set_escdelay`), not a second.
/// - SIGINT, SIGTERM and SIGHUP end the run (``TerminalInput/closed(signal:)``) so the caller
///   restores the terminal with ``end()`` before exiting.
///
/// ```swift
/// let terminal = try CursesBackend.start()
/// defer { terminal.end() }
/// var app = ReaderApp(data: data, size: terminal.size)
/// _ = app.run(on: terminal)
/// ```
@MainActor
public final class CursesBackend: TerminalBackend {
  /// The terminal device drawn on, so the reader works whatever stdin and stdout are.
  nonisolated static let terminalPath = "/dev/tty"
  /// How long one wait for a key lasts before the stop signals are checked, in milliseconds.
  static let signalPollMilliseconds: Int32 = 100

  private let screen: OpaquePointer
  let device: UnsafeMutablePointer<FILE>
  let window: UnsafeMutablePointer<WINDOW>
  /// Whether the locale encodes Unicode; otherwise text is drawn as ASCII.
  let unicode: Bool
  /// The curses attributes of each role.
  let attributes: [Role: attr_t]
  private var ended = false

  /// Whether a full-screen reader can run: stdin and stdout are terminals and `TERM` names a
  /// terminal type other than `dumb`.
  public nonisolated static var isInteractive: Bool {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return false }
    guard let term = environment("TERM") else { return false }
    return !term.isEmpty && term != "dumb"
  }

  private init(
    screen: OpaquePointer, device: UnsafeMutablePointer<FILE>, window: UnsafeMutablePointer<WINDOW>,
    unicode: Bool, attributes: [Role: attr_t]
  ) {
    self.screen = screen
    self.device = device
    self.window = window
    self.unicode = unicode
    self.attributes = attributes
  }

  /// Sets the locale, opens `/dev/tty`, starts curses on it (no echo, keys unbuffered, cursor
  /// hidden, keypad decoding) and catches the stop signals.
  ///
  /// - Parameters:
  ///   - styles: A user's styles by role, in place of the defaults where the terminal can show
  ///     them (``RoleStyle/table(for:overriding:)``).
  ///   - mouse: Whether to read the wheel, clicks and double-clicks (the terminal's own text
  ///     selection then needs Shift held); `false` leaves the mouse to the terminal.
  /// - Throws: ``CursesTerminalError`` when the terminal cannot be opened or curses cannot
  ///   start on its type.
  public static func start(styles: [Role: RoleStyle] = [:], mouse: Bool = false)
    throws(CursesTerminalError)
    -> CursesBackend
  {
    setlocale(LC_ALL, "")
    guard let device = fopen(terminalPath, "r+") else {
      let reason = String(cString: strerror(errno)).lowercased()
      throw .terminalUnavailable(path: terminalPath, reason: reason)
    }
    guard let screen = newterm(nil, device, device), let window = cn_stdscr() else {
      fclose(device)
      throw .unsupportedTerminal(term: environment("TERM") ?? "")
    }
    cbreak()
    noecho()
    nonl()
    keypad(window, true)
    set_escdelay(25)
    curs_set(0)
    cn_catch_stop_signals()
    cn_enable_mouse(mouse ? 1 : 0)
    let noColor = !(environment("NO_COLOR") ?? "").isEmpty
    var depth = RoleStyle.Depth.monochrome
    if !noColor, has_colors(), start_color() == OK {
      depth = RoleStyle.Depth(colours: Int(cn_colors()), noColor: false)
    }
    let attributes = Self.attributes(for: RoleStyle.table(for: depth, overriding: styles))
    return CursesBackend(
      screen: screen, device: device, window: window, unicode: localeIsUTF8(),
      attributes: attributes)
  }

  /// Restores the terminal (`endwin`) and releases curses; the stop signals get their default
  /// action back. Calling it again does nothing.
  public func end() {
    guard !ended else { return }
    ended = true
    endwin()
    delscreen(screen)
    fclose(device)
    cn_default_stop_signals()
  }

  public var size: GridSize {
    var lines: Int32 = 0
    var columns: Int32 = 0
    cn_getmaxyx(window, &lines, &columns)
    return GridSize(rows: Int(lines), columns: Int(columns))
  }

  public func read(timeout milliseconds: Int?) -> TerminalInput {
    var left = milliseconds.map { Int32(clamping: max(0, $0)) }
    while true {
      cn_reap_children()
      if cn_caught_signal() != 0 { return .closed(signal: cn_caught_signal()) }
      let wait = min(left ?? Self.signalPollMilliseconds, Self.signalPollMilliseconds)
      wtimeout(window, wait)
      var code: wint_t = 0
      let status = wget_wch(window, &code)
      if status == cn_key_code_yes() {
        if Int32(code) == cn_key_mouse() {
          var row: Int32 = 0
          var column: Int32 = 0
          var state: mmask_t = 0
          if cn_get_mouse(&row, &column, &state) == OK,
            let key = Self.key(mouseState: UInt(state), row: Int(row), column: Int(column))
          {
            return .key(key)
          }
          continue
        }
        if let key = Self.key(function: Int32(code)) { return .key(key) }
        continue
      }
      if status == OK {
        if let key = Self.key(character: UInt32(code)) { return .key(key) }
        continue
      }
      // NB: ERR is a timeout, or a read a signal interrupted; the loop checks the signal.
      if let remaining = left {
        left = remaining - wait
        if remaining - wait <= 0 {
          return cn_caught_signal() != 0 ? .closed(signal: cn_caught_signal()) : .timedOut
        }
      }
    }
  }

  /// Writes `text` to the terminal as it is, after curses' own output: for escape sequences
  /// curses does not know (OSC 52). Never for text from an article.
  func writeRaw(_ text: String) {
    fputs(text, device)
    fflush(device)
  }

  /// The value of the environment variable `name`, if set.
  nonisolated static func environment(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
  }

  /// Whether the `LC_CTYPE` locale encodes text as UTF-8 (false under `LANG=C`).
  private static func localeIsUTF8() -> Bool {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
    let name = String(cString: codeset).lowercased()
    return name == "utf-8" || name == "utf8"
  }
}
