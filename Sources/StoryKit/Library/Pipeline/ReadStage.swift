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
      try readBatch(&work, batches: batches, reader: reader)
      return
    }
    var output = ArticleReader.Output()
    for (done, file) in work.files.enumerated() {
      work.report(.reading, done, of: work.files.count)
      reader.read(file, into: &output)
    }
    work.report(.reading, work.files.count, of: work.files.count)
    work.problems += output.problems
    var stored = StoredRecords(ledger: work.state.ledger, paths: Set(work.files.map(\.path)))
    var moved: [ArticleID: Int?] = [:]
    work.raws = output.articles.filter { raw in
      guard let kept = stored.match(raw) else { return true }
      if kept.storedRecord != raw.location.record { moved[kept.id] = raw.location.record }
      return false
    }
    work.removed.formUnion(stored.unmatched)
    try Self.refresh(moved: moved, &work)
  }

  /// Stored articles found again at another record number (lines before them came or went):
  /// their record is updated, in the ledger and, as refreshed articles, in the library.
  private static func refresh(moved: [ArticleID: Int?], _ work: inout AnalysisWork)
    throws(LibraryError)
  {
    guard !moved.isEmpty else { return }
    let articles = try work.stored.articles(Array(moved.keys))
    for (id, record) in moved {
      guard var article = articles[id] else { continue }
      article.location.record = record
      work.refreshed.append(article)
      work.state.ledger[id]?.record = record
    }
  }

  /// Reads the next batch of a batched analysis into `work.raws`, leaving out the records an
  /// update keeps (`AnalysisBatches.kept`), and moves the batches' place on.
  private func readBatch(
    _ work: inout AnalysisWork, batches: AnalysisBatches, reader: ArticleReader
  ) throws(LibraryError) {
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
    // NB: in an update, the records the tally found stored (`BoilerplateTallyStage`) stay.
    var moved: [ArticleID: Int?] = [:]
    work.raws = output.articles.filter { raw in
      let place = Place(path: raw.location.path, record: raw.location.record)
      guard let id = batches.kept.removeValue(forKey: place) else { return true }
      if let record = batches.moved.removeValue(forKey: id) { moved[id] = record }
      return false
    }
    work.batches = batches
    try Self.refresh(moved: moved, &work)
  }

  /// Where an article was read: its file and record.
  struct Place: Hashable {
    var path: String
    var record: Int?
  }
}
