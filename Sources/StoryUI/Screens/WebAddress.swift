import StoryKit

/// The web address of an article, checked before it reaches a browser or a citation.
///
/// Only `http://` and `https://` addresses are used: an article's `url` field is input like any
/// other, and a `file:` or `javascript:` address, or one starting with `-` (a browser would
/// read it as an option), must not be opened.
enum WebAddress {
  /// The longest address used, in bytes.
  static let maximumLength = 4096

  /// `text` without surrounding whitespace when it is a usable web address, else `nil`.
  static func checked(_ text: String?) -> String? {
    guard let text else { return nil }
    let trimmed = StoryScreen.oneLine(text)
    let lower = trimmed.lowercased()
    guard lower.hasPrefix("http://") || lower.hasPrefix("https://"),
      trimmed.utf8.count <= maximumLength,
      !trimmed.unicodeScalars.contains(where: { TerminalText.isUnsafe($0) || $0 == " " })
    else { return nil }
    return trimmed
  }

  /// What `o` does on `article`: ask for its address to be opened, or say why it cannot be.
  static func open(_ article: Article) -> EventResult {
    guard let raw = article.url, !raw.allSatisfy(\.isWhitespace) else {
      return .message(StatusMessage("this article has no web address to open"))
    }
    guard let url = checked(raw) else {
      let shown = TerminalText.truncated(TerminalText.sanitized(raw), toColumns: 40)
      return .message(
        StatusMessage("not opened: \(shown) is not an http or https address", isError: true))
    }
    return .request(.openURL(url))
  }
}
