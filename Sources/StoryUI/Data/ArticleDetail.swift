import StoryKit

/// An article as its screen shows it: the article, its quotes, its dates and, for a copy, its
/// original.
public struct ArticleDetail: Hashable, Sendable {
  /// The article, with its clean text and the alignment to the original text.
  public var article: Article
  /// Its quotes, in text order; ranges index the original text.
  public var quotes: [Quote]
  /// For a syndicated copy, its original and how close it is.
  public var copy: CopyInfo?
  /// The date it is shown with: its own, else one its opening says it was published
  /// (inferred, `~`); `nil` when neither exists.
  public var shownDate: StoryDate?
  /// The days its text mentions (events: a meeting, a birth, a deadline), each once, in
  /// calendar order; never the article's own date.
  public var eventDays: [ArticleDate]

  /// Creates a detail; the dates are read from the article (`ArticleDating`).
  public init(article: Article, quotes: [Quote], copy: CopyInfo? = nil) {
    self.article = article
    self.quotes = quotes
    self.copy = copy
    let dating = ArticleDating(dating: article)
    shownDate = article.date.map { StoryDate(date: $0, isInferred: false) } ?? dating.shownDate
    let own = shownDate?.date
    eventDays = Array(Set(dating.mentions.map(\.date)).filter { $0 != own }).sorted()
  }
}
