/// An article as ingest read it, before cleaning: the text and the fields the input gave.
public struct RawArticle: Hashable, Sendable {
  /// The article's identifier.
  public var id: ArticleID
  /// Where it was read from.
  public var location: SourceLocation
  /// The original text (decoded file content, or the JSON `text` field).
  public var text: String
  /// Fields given by the input; empty strings are stored as `nil`.
  public var title: String?
  /// The `date` field as given (parsed during cleaning).
  public var date: String?
  /// The `source` field as given.
  public var source: String?
  /// The `url` field as given.
  public var url: String?
  /// The `author` field as given.
  public var author: String?
  /// Problems met while reading (decoding fallbacks, truncation).
  public var findings: [Finding]
  /// The PATH argument the article was found under; groups articles of one site when their
  /// source is unknown, for corpus-level boilerplate evidence.
  public var inputRoot: String

  /// Creates a raw article.
  public init(
    id: ArticleID, location: SourceLocation, text: String, title: String? = nil,
    date: String? = nil, source: String? = nil, url: String? = nil, author: String? = nil,
    findings: [Finding] = [], inputRoot: String = ""
  ) {
    func nonEmpty(_ value: String?) -> String? {
      guard let value, !value.allSatisfy(\.isWhitespace) else { return nil }
      return value
    }
    self.id = id
    self.location = location
    self.text = text
    self.title = nonEmpty(title)
    self.date = nonEmpty(date)
    self.source = nonEmpty(source)
    self.url = nonEmpty(url)
    self.author = nonEmpty(author)
    self.findings = findings
    self.inputRoot = inputRoot
  }
}
