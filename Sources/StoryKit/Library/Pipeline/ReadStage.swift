/// Reads the new and changed input files into raw articles (`ArticleReader`), in listing
/// order, and sets aside what the library already holds: a record of a file read again with
/// the same content (`RawArticle.contentHash`) as a stored article of that file is that
/// article, kept (its record number updated when lines before it came or went); a stored
/// article of a file read again that is no longer there, or changed, leaves.
///
/// In a batched analysis (`AnalysisBatches`), reads the next batch instead: from where the last
/// one stopped, until the batch is full.
///
/// Linear in the size of the files read; reports progress file by file.
struct ReadStage: AnalysisStage {
  var stage: LibraryProgress.Stage { .reading }

  func run(_ work: inout AnalysisWork, configuration: LibraryConfiguration) throws(LibraryError) {
    let reader = ArticleReader(limits: configuration.limits)
    if let batches = work.batches {
      readBatch(&work, batches: batches, reader: reader)
      return
    }
    var output = ArticleReader.Output()
    for (done, file) in work.files.enumerated() {
      work.report(.reading, done, of: work.files.count)
      reader.read(file, into: &output)
    }
    work.report(.reading, work.files.count, of: work.files.count)
    work.problems += output.problems
    // Stored articles of the files read again, by content: a record found again unchanged
    // stays, also when lines before it came or went (its record number is then updated).
    let reread = Set(work.files.map(\.path))
    var stored: [String: [UInt64: [LedgerEntry]]] = [:]
    let rereadEntries = work.state.ledger.values.filter { reread.contains($0.path) }
    for entry in rereadEntries.sorted(by: { ($0.record ?? 0) > ($1.record ?? 0) }) {
      stored[entry.path, default: [:]][entry.contentHash, default: []].append(entry)
    }
    var moved: [ArticleID: Int?] = [:]
    work.raws = output.articles.filter { raw in
      let path = raw.location.path
      let hash = raw.contentHash
      guard let entry = stored[path]?[hash]?.popLast() else { return true }
      if entry.record != raw.location.record { moved[entry.id] = raw.location.record }
      return false
    }
    for entries in stored.values {
      for entry in entries.values.joined() { work.removed.insert(entry.id) }
    }
    guard !moved.isEmpty else { return }
    let articles = try work.stored.articles(Array(moved.keys))
    for (id, record) in moved {
      guard var article = articles[id] else { continue }
      article.location.record = record
      work.refreshed.append(article)
      work.state.ledger[id]?.record = record
    }
  }

  /// Reads the next batch of a batched analysis into `work.raws` (a fresh analysis: nothing is
  /// stored for these files), and moves the batches' place on.
  private func readBatch(
    _ work: inout AnalysisWork, batches: AnalysisBatches, reader: ArticleReader
  ) {
    var batches = batches
    var output = ArticleReader.Output()
    var counted = 0
    var bytes = 0
    /// Whether the batch has room for more.
    func hasRoom(_ output: inout ArticleReader.Output) -> Bool {
      for article in output.articles[counted...] { bytes += article.text.utf8.count }
      counted = output.articles.count
      return bytes < batches.size.textBytes && counted < batches.size.articles
    }
    while !batches.isDone(files: work.files.count) {
      work.report(.reading, batches.file, of: work.files.count)
      let file = work.files[batches.file]
      if let next = reader.read(
        file, into: &output, from: batches.record,
        batch: min(RecordBatch.capacity, batches.size.articles), while: hasRoom)
      {
        batches.record = next
        break
      }
      batches.file += 1
      batches.record = 1
      if !hasRoom(&output) { break }
    }
    work.report(.reading, batches.file, of: work.files.count)
    work.problems += output.problems
    work.raws = output.articles
    work.batches = batches
  }

  /// Where an article was read: its file and record.
  struct Place: Hashable {
    var path: String
    var record: Int?
  }
}
