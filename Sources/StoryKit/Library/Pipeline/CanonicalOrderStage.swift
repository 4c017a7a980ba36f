/// Puts the raw articles in the canonical processing order: by given date (undated last), then
/// by a hash of the text, then by id and place.
///
/// Every later stage works in this order, so the same files give the same ids (`~2` suffixes),
/// duplicate originals and stories whatever order they were listed or read in. n·log n.
struct CanonicalOrderStage: AnalysisStage {
  var stage: LibraryProgress.Stage { .reading }

  func run(_ work: inout AnalysisWork, configuration: LibraryConfiguration) {
    struct Key {
      var date: String
      var hash: UInt64
      var id: String
      var place: String
    }
    let keys = work.raws.parallelMap { raw in
      Key(
        date: raw.date.flatMap { ArticleDate(iso: $0.prefix(10))?.description } ?? "~",
        hash: FNV1a.hash(of: raw.text), id: raw.id.rawValue, place: raw.location.description)
    }
    let order = work.raws.indices.sorted { a, b in
      let x = keys[a]
      let y = keys[b]
      if x.date != y.date { return x.date < y.date }
      if x.hash != y.hash { return x.hash < y.hash }
      if x.id != y.id { return x.id < y.id }
      return x.place < y.place
    }
    work.raws = order.map { work.raws[$0] }
    work.listing = order.map { work.listing[$0] }
  }
}
