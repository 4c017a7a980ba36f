/// A rendered screen: lines of styled text, each exactly `width` terminal columns wide.
///
/// Drawing is a pure function of state into a `Screen` (see `BrowserState.screen()`); only
/// ``CursesBrowser`` turns it into curses calls. Tests compare ``text`` against plain-text grids.
struct Screen: Hashable, Sendable {
  /// A run of text in one role.
  struct Span: Hashable, Sendable {
    /// Sanitized text.
    var text: String
    /// How the text is shown.
    var role: TextRole
  }

  /// One screen line, left to right.
  struct Line: Hashable, Sendable {
    /// The runs of the line, left to right.
    var spans: [Span]

    /// Creates a line of spans.
    init(_ spans: [Span]) {
      self.spans = spans
    }

    /// Creates a line holding one span.
    init(_ text: String, _ role: TextRole) {
      self.spans = [Span(text: text, role: role)]
    }

    /// The text of the line, without roles.
    var text: String { spans.map(\.text).joined() }
  }

  /// The width of every line, in terminal columns.
  var width: Int
  /// The lines, top to bottom; there are exactly `height` of them.
  var lines: [Line]

  /// The number of lines.
  var height: Int { lines.count }

  /// The screen as plain text: one line per screen line, joined with `"\n"`.
  var text: String { lines.map(\.text).joined(separator: "\n") }
}
