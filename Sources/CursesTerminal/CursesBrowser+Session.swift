import CNcursesw
import StoryUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension CursesBrowser {
  /// What the terminal reported.
  enum Event {
    /// A key the browser knows.
    case key(BrowserKey)
    /// The terminal changed size.
    case resize
    /// Nothing usable: an unbound function key, or an interrupted read.
    case none
  }

  /// The size of the terminal in lines and columns.
  struct TerminalSize {
    var lines: Int
    var columns: Int
  }

  /// One curses session on the controlling terminal, from `newterm` to `endwin`.
  @MainActor
  struct Session {
    /// The curses screen.
    let screen: OpaquePointer
    /// The opened terminal device.
    let device: UnsafeMutablePointer<FILE>
    /// The standard window of `screen`.
    let window: UnsafeMutablePointer<WINDOW>
    /// Whether the locale can encode Unicode; otherwise text is drawn as ASCII.
    let unicode: Bool
    /// The attributes for each role.
    let attributes: [TextRole: attr_t]

    /// Sets the locale, opens `/dev/tty` and starts curses on it.
    ///
    /// - Throws: ``CursesTerminalError`` when the device cannot be opened or curses cannot start.
    static func start() throws -> Session {
      setlocale(LC_ALL, "")
      guard let device = fopen(terminalPath, "r+") else {
        let reason = String(cString: strerror(errno)).lowercased()
        throw CursesTerminalError.terminalUnavailable(path: terminalPath, reason: reason)
      }
      guard let screen = newterm(nil, device, device), let window = cn_stdscr() else {
        fclose(device)
        throw CursesTerminalError.unsupportedTerminal(term: environment("TERM") ?? "")
      }
      cbreak()
      noecho()
      nonl()
      keypad(window, true)
      set_escdelay(25)
      curs_set(0)
      let colour = has_colors() && (environment("NO_COLOR") ?? "").isEmpty
      return Session(
        screen: screen, device: device, window: window, unicode: localeIsUTF8(),
        attributes: roleAttributes(colour: colour && startColours()))
    }

    /// Restores the terminal and releases the session.
    func end() {
      endwin()
      delscreen(screen)
      fclose(device)
    }

    /// The current terminal size.
    func size() -> TerminalSize {
      var lines: Int32 = 0
      var columns: Int32 = 0
      cn_getmaxyx(window, &lines, &columns)
      return TerminalSize(lines: Int(lines), columns: Int(columns))
    }

    /// Waits for the next key or resize.
    func readEvent() -> Event {
      var code: wint_t = 0
      let status = wget_wch(window, &code)
      if status == cn_key_code_yes() {
        return Int32(code) == cn_key_resize() ? .resize : Self.functionKey(Int32(code))
      }
      guard status == OK else { return .none }
      return Self.characterKey(code)
    }

    /// Reads and drops queued resizes without waiting; returns the first other key, if any.
    func drainResizes() -> BrowserKey? {
      wtimeout(window, 0)
      defer { wtimeout(window, -1) }
      while true {
        switch readEvent() {
        case .resize: continue
        case .key(let key): return key
        case .none: return nil
        }
      }
    }

    /// The browser key for a curses function key code.
    private static func functionKey(_ code: Int32) -> Event {
      switch code {
      case KEY_UP: return .key(.up)
      case KEY_DOWN: return .key(.down)
      case KEY_PPAGE: return .key(.pageUp)
      case KEY_NPAGE: return .key(.pageDown)
      case KEY_HOME: return .key(.home)
      case KEY_END: return .key(.end)
      case KEY_ENTER: return .key(.enter)
      default: return .none
      }
    }

    /// The browser key for a typed character.
    private static func characterKey(_ code: wint_t) -> Event {
      switch code {
      case 0x0A, 0x0D: return .key(.enter)
      case 0x1B: return .key(.escape)
      default:
        guard let scalar = Unicode.Scalar(UInt32(code)), !TerminalText.isUnsafe(scalar) else {
          return .none
        }
        return .key(.character(Character(scalar)))
      }
    }

    /// Starts colour with the terminal's default background; returns whether colour is usable.
    private static func startColours() -> Bool {
      guard start_color() == OK, cn_colors() >= 8, cn_color_pairs() > ColourPair.allCases.count
      else { return false }
      // NB: -1 is the terminal's own colour; without use_default_colors, fall back to black.
      let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
      init_pair(ColourPair.header.rawValue, Int16(COLOR_CYAN), background)
      init_pair(ColourPair.hintBar.rawValue, Int16(COLOR_BLACK), Int16(COLOR_CYAN))
      return true
    }

    /// Whether the `LC_CTYPE` locale encodes text as UTF-8 (false under `LANG=C`).
    private static func localeIsUTF8() -> Bool {
      guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
      let name = String(cString: codeset).lowercased()
      return name == "utf-8" || name == "utf8"
    }
  }
}
