/// Puts the raw articles read in the canonical processing order (`CanonicalKey`): by given date
/// (undated last), then by a hash of the text, then by id and place.
///
/// Every later stage works in this order, so the same files give the same ids (`~2` suffixes),
/// duplicate originals and stories whatever order they were listed or read in. n·log n.
struct CanonicalOrderStage: AnalysisStage {
  var stage: LibraryProgress.Stage { .reading }

  func run(_ work: inout AnalysisWork, configuration: LibraryConfiguration) {
    let keys = work.raws.parallelMap { raw in
      CanonicalKey(
        date: raw.date.flatMap { ArticleDate(iso: $0.prefix(10)) }, text: raw.text,
        id: raw.id, place: raw.location)
    }
    let order = work.raws.indices.sorted { keys[$0] < keys[$1] }
    work.raws = order.map { work.raws[$0] }
  }
}

/// Where an article stands in the canonical processing order: its given date (undated last),
/// a 64-bit FNV-1a hash of its text, its id, its place.
struct CanonicalKey: Comparable, Sendable {
  let date: String
  let hash: UInt64
  let id: String
  let place: String

  init(date: ArticleDate?, text: String, id: ArticleID, place: SourceLocation) {
    // NB: `~` sorts after every digit, so undated articles come last.
    self.date = date?.description ?? "~"
    hash = FNV1a.hash(of: text)
    self.id = id.rawValue
    self.place = place.description
  }

  static func < (a: CanonicalKey, b: CanonicalKey) -> Bool {
    (a.date, a.hash, a.id, a.place) < (b.date, b.hash, b.id, b.place)
  }
}

extension Article {
  /// `articles` in the canonical processing order (`CanonicalKey`), for analyses run outside
  /// the pipeline, such as duplicates at another threshold.
  public static func canonicallyOrdered(_ articles: [Article]) -> [Article] {
    let keys = articles.map {
      CanonicalKey(date: $0.date, text: $0.originalText, id: $0.id, place: $0.location)
    }
    return articles.indices.sorted { keys[$0] < keys[$1] }.map { articles[$0] }
  }
}
