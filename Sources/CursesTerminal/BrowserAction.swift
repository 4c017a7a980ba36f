/// Something the user can ask the browser to do.
///
/// Keys map to actions through ``BrowserKeymap``; the hint bar is generated from the same table.
enum BrowserAction: Hashable, Sendable, CaseIterable {
  case moveUp
  case moveDown
  case pageUp
  case pageDown
  case moveToFirst
  case moveToEnd
  /// Open the selected row in the pager.
  case open
  /// Leave the pager for the list.
  case back
  /// Leave the browser.
  case quit
}

/// The result of handling one event.
enum BrowserEventResult: Hashable, Sendable {
  /// The state changed; the screen needs a redraw.
  case redraw
  /// The key means nothing here; nothing changed.
  case ignored
  /// The user asked to leave the browser.
  case quit
}
