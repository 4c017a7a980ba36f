/// Cleans one raw article: removes boilerplate, collapses repeated paragraphs, normalises the
/// text, and finds its date, source, author and headline.
///
/// The stages run in the order `stages` lists them; each is a small type with one job. Corpus
/// evidence comes in as a `CorpusBoilerplate` profile built from the whole batch.
///
/// ```swift
/// let cleaner = try ArticleCleaner.bundled()
/// let article = cleaner.clean(raw, corpus: CorpusBoilerplate([raw]))
/// print(article.title ?? "", article.cleanText)
/// ```
public struct ArticleCleaner: Sendable {
  /// The boilerplate line rules.
  public let rules: BoilerplateRules
  /// The agencies recognised as sources.
  public let agencies: AgencyCatalog

  /// Creates a cleaner from rules and an agency catalog.
  public init(rules: BoilerplateRules, agencies: AgencyCatalog) {
    self.rules = rules
    self.agencies = agencies
  }

  /// A cleaner with the rule files shipped in `Resources/rules/`.
  public static func bundled() throws(StoryKitError) -> ArticleCleaner {
    ArticleCleaner(rules: try BoilerplateRules.bundled(), agencies: try AgencyCatalog.bundled())
  }

  /// The cleaning stages, in the order they run.
  func stages(corpus: CorpusBoilerplate) -> [any CleaningStage] {
    [
      GivenFieldsStage(),
      ScraperHeaderStage(),
      BylineStage(),
      RuleStage(rules: rules),
      CorpusBoilerplateStage(profile: corpus),
      RepeatedParagraphStage(),
      SourceStage(agencies: agencies),
      TitleStage(),
    ]
  }

  /// Cleans `raw`.
  ///
  /// - Parameters:
  ///   - raw: The article as read.
  ///   - corpus: Boilerplate evidence from the batch `raw` belongs to (an empty profile
  ///     disables corpus-level removal).
  public func clean(_ raw: RawArticle, corpus: CorpusBoilerplate = CorpusBoilerplate()) -> Article {
    clean(CleaningDocument(raw: raw), corpus: corpus)
  }

  /// Cleans an article already split into paragraphs (by `Paragraph.split`).
  func clean(_ raw: RawArticle, paragraphs: [Paragraph], corpus: CorpusBoilerplate) -> Article {
    clean(CleaningDocument(raw: raw, paragraphs: paragraphs), corpus: corpus)
  }

  private func clean(_ document: CleaningDocument, corpus: CorpusBoilerplate) -> Article {
    var document = document
    for stage in stages(corpus: corpus) {
      stage.apply(to: &document)
    }
    return ArticleRenderer.render(document)
  }
}
