import CNcursesw
import StoryUI

extension CursesBackend {
  /// The key for a curses function-key code (`get_wch` returned `KEY_CODE_YES`), or `nil` for
  /// one the reader does not use (F-keys, mouse).
  nonisolated static func key(function code: Int32) -> Key? {
    switch code {
    case cn_key_resize(): .resize
    case KEY_UP: .up
    case KEY_DOWN: .down
    case KEY_LEFT: .left
    case KEY_RIGHT: .right
    case KEY_PPAGE: .pageUp
    case KEY_NPAGE: .pageDown
    case KEY_HOME: .home
    case KEY_END: .end
    case KEY_ENTER: .enter
    case KEY_BACKSPACE: .backspace
    case KEY_DC: .delete
    case KEY_BTAB: .backTab
    default: nil
    }
  }

  /// The key for a typed character (`get_wch` returned `OK`), or `nil` for a control character
  /// with no meaning here.
  ///
  /// Enter comes as CR (the terminal is in `nonl` mode) or LF; `Ctrl-H` and DEL are Backspace
  /// (terminals differ); other control characters are `Ctrl-` letters.
  nonisolated static func key(character code: UInt32) -> Key? {
    switch code {
    case 0x0A, 0x0D: return .enter
    case 0x09: return .tab
    case 0x1B: return .escape
    case 0x08, 0x7F: return .backspace
    case 0x01...0x1A:
      guard let scalar = Unicode.Scalar(code + 0x60) else { return nil }
      return .control(Character(scalar))
    default:
      guard let scalar = Unicode.Scalar(code), !TerminalText.isUnsafe(scalar) else { return nil }
      return .character(Character(scalar))
    }
  }
}
