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

  /// The key for a mouse report (`getmouse`'s button state and cell), or `nil` for one the
  /// reader does not use (other buttons, presses and releases of their own).
  ///
  /// Button 4 and 5 presses are the wheel; button 1's click and double-click (which curses
  /// makes from presses and releases) select and open.
  nonisolated static func key(mouseState state: UInt, row: Int, column: Int) -> Key? {
    let kind: MouseEvent.Kind
    if state & UInt(cn_button4_pressed()) != 0 {
      kind = .wheelUp
    } else if cn_button5_pressed() != 0, state & UInt(cn_button5_pressed()) != 0 {
      kind = .wheelDown
    } else if state & UInt(cn_button1_double_clicked()) != 0 {
      kind = .doubleClick
    } else if state & UInt(cn_button1_clicked()) != 0 {
      kind = .click
    } else {
      return nil
    }
    return .mouse(MouseEvent(kind, row: row, column: column))
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
