/// What a piece of text on screen is, independent of how a terminal shows it.
///
/// ``CursesBrowser`` maps each role to curses attributes in one table, with and without colour.
enum TextRole: Hashable, Sendable, CaseIterable {
  /// The top line: the browser title or the open article's title, and a position.
  case header
  /// Blank space and ordinary text in the list.
  case plain
  /// A row title in the list.
  case rowTitle
  /// A row's metadata in the list (dimmed).
  case rowDetail
  /// The selected row's title (reverse video).
  case selectedTitle
  /// The selected row's metadata (reverse video, dimmed).
  case selectedDetail
  /// A stand-in message, such as "(no stories)" (dimmed).
  case placeholder
  /// The article title at the top of the pager (bold).
  case articleTitle
  /// The article metadata in the pager (dimmed).
  case articleDetail
  /// Article text in the pager.
  case body
  /// The bottom line listing keys.
  case hintBar
}
