/// The stored articles of the files an update reads again, to be matched by content with the
/// records read: a record read with the content hash (`RawArticle.contentHash`) of a stored
/// article of its file is that article, kept without a new analysis (also when lines before it
/// came or went and its record number moved); the stored articles no record matched left.
///
/// ```swift
/// var stored = StoredRecords(ledger: state.ledger, paths: ["feed.jsonl"])
/// if let kept = stored.match(raw) { … }   // raw is the stored article kept.id
/// stored.unmatched                         // the articles of feed.jsonl that are gone
/// ```
///
/// Records with the same content in one file match the stored articles in record order, so
/// the first of two identical records stays the first.
struct StoredRecords: Sendable {
  /// A stored article a record was found to be.
  struct Match: Sendable {
    var id: ArticleID
    /// Its record number as stored, which differs from the record read when it moved.
    var storedRecord: Int?
  }

  /// By file, then content hash: the stored articles not yet matched, last record first.
  private var stored: [String: [UInt64: [Match]]] = [:]

  /// The stored articles of the files at `paths`.
  init(ledger: Ledger, paths: Set<String>) {
    var found: [(hash: UInt64, path: String, match: Match)] = []
    for entry in ledger.values where paths.contains(entry.path) {
      found.append((entry.contentHash, entry.path, Match(id: entry.id, storedRecord: entry.record)))
    }
    // NB: last record first, so `popLast` gives the first.
    found.sort { ($0.match.storedRecord ?? 0) > ($1.match.storedRecord ?? 0) }
    for item in found { stored[item.path, default: [:]][item.hash, default: []].append(item.match) }
  }

  /// The stored article `raw` is, taken out of those left to match; `nil` for a new record.
  mutating func match(_ raw: RawArticle) -> Match? {
    stored[raw.location.path]?[raw.contentHash]?.popLast()
  }

  /// The stored articles no record matched: they are no longer in their files.
  var unmatched: [ArticleID] { stored.values.flatMap { $0.values.joined().map(\.id) } }
}
