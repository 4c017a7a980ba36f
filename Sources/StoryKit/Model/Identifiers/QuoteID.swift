/// The identifier of one quote: its article's id, `#`, and eight hex digits hashed from the
/// quote's words (`a1#3fa2c901`); the second quote of the same words in one article gets `~2`.
///
/// Made of the words rather than the position, so editing another paragraph of the article
/// (which moves every offset after it) leaves the id alone; only an edit of the quote itself
/// gives it a new id. Words are compared folded (`WordScanner`), so re-cleaning that changes
/// spaces or quotation marks does not change it either.
public struct QuoteID: StringIdentifier {
  /// The id as printed and stored.
  public let rawValue: String

  /// Creates an id from its printed form.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// The id of the quote of `text` in `article`; `occurrence` counts earlier quotes of the same
  /// words in the article (0 for the first).
  public init(article: ArticleID, text: String, occurrence: Int = 0) {
    self.init(article: article, words: Self.words(of: text), occurrence: occurrence)
  }

  /// The id from the quote's folded words (`words(of:)`).
  init(article: ArticleID, words key: String, occurrence: Int) {
    let suffix = occurrence == 0 ? "" : "~\(occurrence + 1)"
    self.init(article.rawValue + "#" + FNV1a.hex8(of: key) + suffix)
  }

  /// The folded words of a quote, which its id is made of: two quotes whose words fold alike
  /// are the same words, told apart by their occurrence.
  static func words(of text: String) -> String {
    WordScanner.words(in: text).map(\.key).joined(separator: " ")
  }
}
