/// Reads and cleans a batch of articles: the ingest → clean part of the pipeline.
///
/// It reads every input (`ArticleReader`), builds the corpus-level boilerplate evidence over
/// the whole batch (`CorpusBoilerplate`), then cleans the articles on all cores
/// (`ArticleCleaner`). Ids are made unique: a later article whose id is taken gets a `~2`, `~3`
/// suffix and a finding, so nothing is lost.
///
/// ```swift
/// let loader = try ArticleLoader()
/// let result = loader.load(paths: ["articles/"])
/// for problem in result.problems { print("storyline: \(problem)") }
/// for article in result.articles { print(article.id, article.title ?? "") }
/// ```
public struct ArticleLoader: Sendable {
  /// Reads the files.
  public var reader: ArticleReader
  /// Cleans each article.
  public var cleaner: ArticleCleaner

  /// Creates a loader with the bundled rule files.
  ///
  /// - Throws: `StoryKitError` when the bundled rule files are missing or damaged.
  public init(limits: IngestLimits = .default) throws(StoryKitError) {
    reader = ArticleReader(limits: limits)
    cleaner = try ArticleCleaner.bundled()
  }

  /// Creates a loader from its two parts.
  public init(reader: ArticleReader, cleaner: ArticleCleaner) {
    self.reader = reader
    self.cleaner = cleaner
  }

  /// The articles of a batch and the inputs that could not be read.
  public struct Result: Sendable {
    /// Clean articles, in input order.
    public var articles: [Article]
    /// Files, lines or records that were skipped, with the reason.
    public var problems: [IngestProblem]
  }

  /// Reads and cleans everything under `paths` (files or folders).
  public func load(paths: [String]) -> Result {
    let output = reader.read(paths: paths)
    return Result(articles: clean(output.articles), problems: output.problems)
  }

  /// Cleans a batch of raw articles, with corpus evidence from the batch itself.
  ///
  /// - Parameter progress: called with the number of articles cleaned, from worker threads.
  public func clean(_ raws: [RawArticle], progress: (@Sendable (Int) -> Void)? = nil)
    -> [Article]
  {
    // Split every article into paragraphs once (on all cores, straight from the text) and
    // tally the corpus evidence from them; then clean on all cores. Each article's scalar
    // array lives only while that article is cleaned, so memory stays near the size of the
    // texts themselves.
    let raws = Self.uniquingIDs(raws)
    let paragraphs = raws.parallelMap { Paragraph.split($0.text.unicodeScalars) }
    var profile = CorpusBoilerplate()
    for (raw, split) in zip(raws, paragraphs) {
      profile.add(paragraphs: split, group: CorpusBoilerplate.groupKey(of: raw))
    }
    let cleaner = self.cleaner
    let inputs = Array(zip(raws, paragraphs))
    return inputs.parallelMap(reporting: progress) { [profile] input in
      cleaner.clean(input.0, paragraphs: input.1, corpus: profile)
    }
  }

  /// `raws` with unique ids: an id already taken (`isTaken`, the articles a library keeps) or
  /// used by an earlier raw gets a `~2`, `~3` suffix and a finding.
  ///
  /// Linear in `raws`: the ids taken are asked about, never gathered (a library keeps 100k).
  static func uniquingIDs(
    _ raws: [RawArticle], isTaken: (ArticleID) -> Bool = { _ in false }
  ) -> [RawArticle] {
    var counts: [ArticleID: Int] = [:]
    func timesSeen(_ id: ArticleID) -> Int? { counts[id] ?? (isTaken(id) ? 1 : nil) }
    return raws.map { raw in
      guard let seen = timesSeen(raw.id) else {
        counts[raw.id] = 1
        return raw
      }
      var suffix = seen + 1
      while timesSeen(ArticleID("\(raw.id.rawValue)~\(suffix)")) != nil { suffix += 1 }
      counts[raw.id] = suffix
      let renamed = Self.renamed(raw, to: ArticleID("\(raw.id.rawValue)~\(suffix)"))
      counts[renamed.id] = 1
      return renamed
    }
  }

  /// `raw` under another id, with the finding that says so.
  static func renamed(_ raw: RawArticle, to id: ArticleID) -> RawArticle {
    guard id != raw.id else { return raw }
    var raw = raw
    let original = raw.id
    raw.id = id
    raw.findings.append(
      Finding(
        .duplicateID,
        "id \"\(original.rawValue)\" is used by an earlier article; renamed \(id.rawValue)"))
    return raw
  }
}
