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

  /// Creates a row.
  ///
  /// - Parameters:
  ///   - title: The line shown in the list.
  ///   - detail: One line of metadata shown dimmed; empty for none.
  ///   - body: The text shown when the row is opened.
  public init(title: String, detail: String = "", body: String = "") {
    self.title = title
    self.detail = detail
    self.body = body
  }
}
