/// One entry of the list that ``CursesBrowser`` shows.
///
/// The strings are untrusted text (article titles and bodies); the browser sanitizes them before
/// they reach the terminal.
public struct BrowserRow: Sendable, Hashable {
  /// The line shown in the list, e.g. a headline.
  public var title: String
  /// One line of metadata shown dimmed after the title, e.g. `"1987-02-26 · Reuters"`.
  public var detail: String
  /// The full text shown in the pager when the row is opened; line breaks separate paragraphs.
  public var body: String
  /// Loads the text when the row is opened, for rows whose `body` is left empty so that a long
  /// list appears at once; called on the browser's thread.
  public var loadBody: (@Sendable () -> String)?

  /// Creates a row.
  ///
  /// - Parameters:
  ///   - title: The line shown in the list.
  ///   - detail: One line of metadata shown dimmed; empty for none.
  ///   - body: The text shown when the row is opened.
  public init(
    title: String, detail: String = "", body: String = "",
    loadBody: (@Sendable () -> String)? = nil
  ) {
    self.title = title
    self.detail = detail
    self.body = body
    self.loadBody = loadBody
  }

  /// The text to show: `body`, else what `loadBody` loads.
  var text: String {
    body.isEmpty ? loadBody?() ?? "" : body
  }

  public static func == (lhs: BrowserRow, rhs: BrowserRow) -> Bool {
    lhs.title == rhs.title && lhs.detail == rhs.detail && lhs.body == rhs.body
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(title)
    hasher.combine(detail)
    hasher.combine(body)
  }
}
