/// Everything an analysis depends on besides its input: the rule files, the limits and the
/// thresholds, and the analysis version that names them.
///
/// The stages never load rule files themselves: they get them from here, so a test or a tool
/// can run the pipeline with rules of its own. `bundled()` reads the rule files that ship in
/// `Resources/rules/`.
///
/// ```swift
/// let configuration = try LibraryConfiguration.bundled()
/// let library = try Library.open(["articles/"], configuration: configuration)
/// ```
public struct LibraryConfiguration: Sendable {
  /// Caps on article and record sizes.
  public var limits: IngestLimits
  /// Boilerplate rules and agencies.
  public var cleaner: ArticleCleaner
  /// The quote and speaker lexicon.
  public var extractor: QuoteExtractor
  /// The near-duplicate thresholds.
  public var duplicates: DuplicateDetector
  /// How much input one batch of a large first analysis takes.
  public var batchSize = AnalysisBatchSize.default
  /// Words that carry no story (`Resources/rules/stopwords.rules`).
  var stopWords: StopWords
  /// Names this code and these rules: a library analysed under another version is analysed
  /// again when opened (reading state kept). Made of `AnalysisVersion.code` and a hash of the
  /// rule files' text.
  public var analysisVersion: String

  /// The bundled rule files, default limits and thresholds.
  ///
  /// - Throws: `StoryKitError` when a bundled rule file is missing or damaged.
  public static func bundled(limits: IngestLimits = .default) throws(StoryKitError)
    -> LibraryConfiguration
  {
    var hash = FNV1a()
    for name in AnalysisVersion.ruleFiles {
      for scalar in try BundledRuleFile.text(named: name).unicodeScalars { hash.combine(scalar) }
    }
    let rules = String(hash.value & 0xFFFF_FFFF, radix: 16)
    return LibraryConfiguration(
      limits: limits, cleaner: try ArticleCleaner.bundled(),
      extractor: try QuoteExtractor.bundled(),
      duplicates: DuplicateDetector(), stopWords: try StopWords.bundled(),
      analysisVersion: "\(AnalysisVersion.code)-\(limits.maxArticleBytes)-\(rules)")
  }
}

/// The version of Storyline's analysis code, stored in every library.
public enum AnalysisVersion {
  /// Raise this whenever a change to the code changes what an analysis produces (quotes,
  /// groups, stories, ids, the search index): libraries made before are then analysed again.
  public static let code = 116
  /// The rule files whose text is part of the analysis version.
  static let ruleFiles = [
    "boilerplate.rules", "agencies.rules", "speech.rules", "first-names.rules", "stopwords.rules",
  ]
}
