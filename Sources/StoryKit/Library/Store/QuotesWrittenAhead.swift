import Foundation
import GRDB

/// The quotes of a library being built, written into it on a thread of their own while the
/// stories are formed (`LibraryStore.writeQuotesAhead`), so the core that stage leaves idle in
/// its serial steps (placing articles one by one, merging stories) writes what needs nothing
/// from it. `LibraryStore.apply` waits for them and writes the rest. (Started earlier, beside
/// the near-duplicates, which keep both cores busy, it only slowed them: 100k articles, 2 s.)
///
/// Only a library being built in one batch writes ahead: its file is not the library until
/// it is whole (nothing reads it, and a failure discards it), and no batch follows whose
/// quotes would have to wait for this one's.
final class QuotesWrittenAhead: Sendable {
  /// What stopped the writing, if anything did.
  private let failure: WorkedAhead<LibraryError?>

  /// Starts writing `quotes` (speakers canonical in `directory`) through `store`.
  init(_ quotes: [Quote], directory: SpeakerDirectory, store: LibraryStore) {
    failure = WorkedAhead(name: "storyline quotes") {
      do throws(LibraryError) {
        try store.write { db in
          try LibraryStore.writeQuotes(quotes, directory: directory, db: db)
        }
        return nil
      } catch {
        return error
      }
    }
  }

  /// Waits for the quotes to be written; throws what stopped them, if anything did.
  func wait() throws(LibraryError) {
    if let failure = failure.value() { throw failure }
  }
}

extension LibraryStore {
  /// Starts writing the quotes of `work` ahead of the rest (`QuotesWrittenAhead`) when this
  /// is a library being built from the empty state in one batch; `nil` otherwise.
  func writeQuotesAhead(of work: AnalysisWork, fresh: Bool) -> QuotesWrittenAhead? {
    guard fresh, isBuilding, path != nil, work.batches == nil else { return nil }
    return QuotesWrittenAhead(work.quotes, directory: work.directory, store: self)
  }

  /// Replaces the quote table's rows with `quotes`, its secondary indexes dropped while they
  /// are inserted and built once at the end.
  static func writeQuotes(_ quotes: [Quote], directory: SpeakerDirectory, db: Database) throws {
    try db.execute(sql: "DELETE FROM quote")
    let indexes = try dropIndexes(of: ["quote"], db: db)
    try insertQuotes(
      quotes, directory: directory, db: db, progress: WritingProgress(articles: 0, handler: nil))
    for index in indexes { try db.execute(sql: index) }
  }
}
