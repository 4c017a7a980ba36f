import StoryKit
import Synchronization

/// Lookups the reader makes again and again that the library answers only in bulk, read once
/// on first use and kept for the reader's run: every article's summary, the duplicate group of
/// every article, and everyone quoted with the filter over their names.
///
/// The library's analysis does not change while the reader runs (a library is analysed
/// before it opens), so nothing here goes stale; reading states are never kept here.
///
/// NB: `Library.duplicateGroup(of:)` scans every group (4 ms a call on ~100k articles, seconds
/// for a story of two thousand copies), and `Library.articleSummaries()` reads every article's
/// columns (~0.5 s on ~100k), `Library.speakers()` decodes every speaker (~0.1 s) and folding
/// their names for the filter takes ~50 ms; one bulk read each, on first need, makes the rest
/// lookups.
final class LibraryLookups: Sendable {
  private struct Tables: Sendable {
    var summaries: [ArticleID: ArticleSummary]?
    var groups: [ArticleID: DuplicateGroup]?
    var speakers: [Speaker]?
    var speakerFilter: SpeakerFilter?
  }

  private let tables = Mutex(Tables())

  /// The summaries of `articles` that exist, read from `library` on first use.
  func summaries(of articles: [ArticleID], in library: Library) throws(LibraryError)
    -> [ArticleID: ArticleSummary]
  {
    let all = try table(\.summaries) { () throws(LibraryError) in try library.articleSummaries() }
    var found: [ArticleID: ArticleSummary] = [:]
    for id in articles { found[id] = all[id] }
    return found
  }

  /// Reads both tables now (for a background thread, after the first frame), so no key has to.
  func load(from library: Library) throws(LibraryError) {
    _ = try summaries(of: [], in: library)
    _ = try duplicateGroup(of: ArticleID(""), in: library)
    _ = speakerFilter(for: try speakers(in: library))
  }

  /// Everyone quoted, most quoted first.
  func speakers(in library: Library) throws(LibraryError) -> [Speaker] {
    try table(\.speakers) { () throws(LibraryError) in try library.speakers() }
  }

  /// The filter over `speakers`: the one kept when they are the speakers kept here, else a new
  /// one.
  func speakerFilter(for speakers: [Speaker]) -> SpeakerFilter {
    let kept = tables.withLock { ($0.speakers, $0.speakerFilter) }
    // NB: the same array compares by its storage first, so this costs nothing when it holds.
    guard let keptSpeakers = kept.0, keptSpeakers == speakers else {
      return SpeakerFilter(speakers)
    }
    if let filter = kept.1 { return filter }
    let filter = SpeakerFilter(speakers)
    tables.withLock { $0.speakerFilter = filter }
    return filter
  }

  /// The summary of `article` when the summaries are read already; `nil` otherwise (or when
  /// there is no such article).
  func loadedSummary(of article: ArticleID) -> ArticleSummary? {
    tables.withLock { $0.summaries?[article] }
  }

  /// The duplicate group `article` belongs to (as original or copy), if any.
  func duplicateGroup(of article: ArticleID, in library: Library) throws(LibraryError)
    -> DuplicateGroup?
  {
    let groups = try table(\.groups) { () throws(LibraryError) in
      var byArticle: [ArticleID: DuplicateGroup] = [:]
      for group in try library.duplicateGroups() {
        byArticle[group.original] = group
        for copy in group.copies { byArticle[copy.article] = group }
      }
      return byArticle
    }
    return groups[article]
  }

  /// The table at `path`, read with `load` when it is not yet.
  private func table<Value: Sendable>(
    _ path: WritableKeyPath<Tables, Value?>, load: () throws(LibraryError) -> Value
  ) throws(LibraryError) -> Value {
    if let value = tables.withLock({ $0[keyPath: path] }) { return value }
    // NB: read outside the lock; two first uses at once read twice, and either result serves.
    let value = try load()
    tables.withLock { $0[keyPath: path] = value }
    return value
  }
}
