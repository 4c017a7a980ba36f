/// Where a quote stands, without the quote: its id and its article. A long list (everything one
/// speaker said) is ordered and paged by references, and only the quotes shown are read
/// (`Library.quoteReferences(by:)`, `Library.quotes(_:)`).
public struct QuoteReference: Hashable, Sendable {
  public var id: QuoteID
  public var article: ArticleID

  /// Creates a reference.
  public init(id: QuoteID, article: ArticleID) {
    self.id = id
    self.article = article
  }
}
