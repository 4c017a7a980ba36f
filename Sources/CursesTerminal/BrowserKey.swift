/// A key press, decoded from the terminal into the few keys the browser knows.
///
/// Decoding (from `get_wch`) happens in ``CursesBrowser``; everything after it is pure.
enum BrowserKey: Hashable, Sendable {
  case up
  case down
  case pageUp
  case pageDown
  case home
  case end
  case enter
  case escape
  /// A printable character, such as `q` or space.
  case character(Character)
}
