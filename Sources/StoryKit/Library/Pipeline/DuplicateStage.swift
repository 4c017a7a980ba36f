/// Brings the near-duplicate index (`DuplicateIndex`: shingles, MinHash/LSH, exact
/// verification) up to date: articles that left are taken out, the analysed ones hashed and
/// compared with everything indexed, and the groups whose pairs changed assembled again.
///
/// Linear in the text analysed, plus the candidate pairs it forms.
struct DuplicateStage: AnalysisStage {
  var stage: LibraryProgress.Stage { .duplicates }
  var readsReadAheadParts: Bool { true }

  func run(_ work: inout AnalysisWork, configuration: LibraryConfiguration) throws(LibraryError) {
    work.report(.duplicates, 0, of: work.articles.count)
    work.state.duplicates.remove(work.removed.union(work.replaced))
    try work.state.duplicates.add(
      work.articles, texts: work.stored.texts,
      progress: work.reporter(.duplicates, total: work.articles.count))
    work.duplicateGroups = try work.state.duplicates.groups(texts: work.stored.texts)
    work.report(.duplicates, work.articles.count, of: work.articles.count)
  }
}
