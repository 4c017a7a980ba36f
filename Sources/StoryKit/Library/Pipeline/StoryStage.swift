/// Groups the articles into stories (`StoryCatalog`), copies folded under their originals.
struct StoryStage: AnalysisStage {
  var stage: LibraryProgress.Stage { .stories }

  func run(_ work: inout AnalysisWork, configuration: LibraryConfiguration) throws(StoryKitError) {
    work.report(.stories, 0, of: work.articles.count)
    work.stories = StoryCatalog.stories(
      of: work.articles, duplicates: work.duplicateGroups, quotes: work.quotes,
      stopWords: configuration.stopWords)
    work.report(.stories, work.articles.count, of: work.articles.count)
  }
}
