/// The complete analysis of a corpus, in memory: what the pipeline produces and the library
/// stores.
///
/// Articles are in their listing order (the order the inputs were read in); everything was
/// computed in the canonical order (by date, then content hash), so the same files give the same
/// ids, groups and stories whatever order they were listed in.
public struct CorpusAnalysis: Sendable {
  /// The articles, in listing order.
  public var articles: [Article]
  /// Files, lines and records that could not be read.
  public var problems: [IngestProblem]
  /// Quotes (in listing order of their articles, then text order) and speakers.
  public var quotes: QuoteAnalysis
  /// Syndication groups, in canonical order of their first member.
  public var duplicateGroups: [DuplicateGroup]
  /// Stories, ordered by their first article.
  public var stories: [Story]

  /// Creates an analysis from its parts.
  public init(
    articles: [Article], problems: [IngestProblem], quotes: QuoteAnalysis,
    duplicateGroups: [DuplicateGroup], stories: [Story]
  ) {
    self.articles = articles
    self.problems = problems
    self.quotes = quotes
    self.duplicateGroups = duplicateGroups
    self.stories = stories
  }
}
