/// The identifier of one quote: its article's id, `#`, and eight hex digits hashed from the
/// quote's words (`a1#3fa2c901`); the second quote of the same words in one article gets `~2`.
///
/// Made of the words rather than the position, so editing another paragraph of the article
/// (which moves every offset after it) leaves the id alone; only an edit of the quote itself
/// gives it a new id. Words are compared folded (`WordScanner`), so re-cleaning that changes
/// spaces or quotation marks does not change it either.
public struct QuoteID: StringIdentifier {
  public let rawValue: String

  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// The id of the quote of `text` in `article`; `occurrence` counts earlier quotes of the same
  /// words in the article (0 for the first).
  public init(article: ArticleID, text: String, occurrence: Int = 0) {
    let key = WordScanner.words(in: text).map(\.key).joined(separator: " ")
    let suffix = occurrence == 0 ? "" : "~\(occurrence + 1)"
    self.init(article.rawValue + "#" + FNV1a.hex8(of: key) + suffix)
  }
}
