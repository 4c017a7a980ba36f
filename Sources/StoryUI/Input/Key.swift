/// A key press (or a resize), as the reader understands it, whatever terminal library read it.
///
/// A backend decodes its input into `Key`s (the ncursesw backend from `get_wch`; tests from a
/// script such as `"j j Enter"`, see ``Key/init(name:)``); everything after that — the keymap,
/// the screens — is pure and testable.
public enum Key: Hashable, Sendable {
  /// A printable character, such as `q`, `G`, `/`, a digit or a space.
  case character(Character)
  /// A letter typed with Control held (`Ctrl-d` is `.control("d")`); always lowercase.
  case control(Character)
  /// The arrow keys.
  case up, down, left, right
  /// Page Up and Page Down.
  case pageUp, pageDown
  /// Home and End.
  case home, end
  /// Enter or Return.
  case enter
  /// Escape, on its own (not the start of a sequence).
  case escape
  /// Tab, and Shift-Tab.
  case tab, backTab
  /// Backspace (either `^H` or `DEL`, as terminals differ).
  case backspace
  /// Delete (the key that deletes forward).
  case delete
  /// The terminal changed size; the run loop reads the new size and calls
  /// ``ReaderApp/resize(to:)``.
  case resize
  /// The mouse: the wheel, a click or a double-click (see ``MouseEvent``).
  case mouse(MouseEvent)
}
