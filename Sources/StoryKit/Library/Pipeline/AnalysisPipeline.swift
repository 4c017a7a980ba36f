/// The analysis, as one ordered list of stages: read → canonical order → clean → quotes &
/// speakers → near-duplicates → stories. The library then stores the result and indexes it for
/// search (`LibraryStore`).
///
/// ```swift
/// let (files, problems) = InputCollector().collect(["articles/"])
/// let analysis = try AnalysisPipeline.run(
///   files: files, problems: problems, configuration: try .bundled())
/// print(analysis.stories.count)
/// ```
enum AnalysisPipeline {
  /// The stages, in the order they run.
  static let stages: [any AnalysisStage] = [
    ReadStage(),
    CanonicalOrderStage(),
    CleanStage(),
    QuoteStage(),
    DuplicateStage(),
    StoryStage(),
  ]

  /// Analyses `files` (and keeps `problems` met while finding them).
  static func run(
    files: [InputFile], problems: [IngestProblem], configuration: LibraryConfiguration,
    progress: ProgressHandler? = nil
  ) throws(StoryKitError) -> CorpusAnalysis {
    var work = AnalysisWork(files: files, problems: problems, progress: progress)
    for stage in stages {
      try stage.run(&work, configuration: configuration)
    }
    return listed(work)
  }

  /// The analysis with articles and quotes back in listing order.
  private static func listed(_ work: AnalysisWork) -> CorpusAnalysis {
    let order = work.listing.indices.sorted { work.listing[$0] < work.listing[$1] }
    let articles = order.map { work.articles[$0] }
    var rank: [ArticleID: Int] = [:]
    for (position, article) in articles.enumerated() { rank[article.id] = position }
    let analysis = work.quotes ?? QuoteAnalysis(quotes: [], directory: SpeakerDirectory([]))
    let quotes = analysis.quotes.enumerated().sorted { a, b in
      let x = rank[a.element.article] ?? 0
      let y = rank[b.element.article] ?? 0
      return x != y ? x < y : a.offset < b.offset
    }.map(\.element)
    return CorpusAnalysis(
      articles: articles, problems: work.problems,
      quotes: QuoteAnalysis(quotes: quotes, directory: analysis.directory),
      duplicateGroups: work.duplicateGroups, stories: work.stories)
  }
}
