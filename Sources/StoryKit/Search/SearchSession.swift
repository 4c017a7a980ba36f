import Foundation

/// Search as you type: one query per keystroke, with the work of earlier keystrokes reused and
/// stale ones dropped.
///
/// - Each result is kept by its parsed query, so typing a space, deleting a character or
///   retyping one answers from memory.
/// - `update` may be called from any thread; a call that a newer one overtook returns
///   `.superseded` instead of its (stale) results, so the reader never draws them.
///
/// ```swift
/// let session = library.searchSession()
/// for prefix in ["l", "la", "lav"] {
///   if case .results(let results) = try session.update(prefix) { print(results.hits.count) }
/// }
/// ```
public final class SearchSession: @unchecked Sendable {
  /// What one keystroke's query gave.
  public enum Outcome: Hashable, Sendable {
    /// The hits of the newest query.
    case results(SearchResults)
    /// The query cannot be read (an unknown qualifier, a bad date); the message says why.
    case invalid(SearchQueryError)
    /// A newer query arrived while this one ran; draw nothing.
    case superseded
  }

  private let library: Library
  private let limit: Int
  private let lock = NSLock()
  // NB: guarded by `lock`.
  private var generation = 0
  private var cache: [SearchQuery: SearchResults] = [:]
  private var cacheOrder: [SearchQuery] = []
  private let cacheLimit = 64

  init(library: Library, limit: Int) {
    self.library = library
    self.limit = limit
  }

  /// Runs the query `text` (what is typed so far).
  public func update(_ text: String) throws(LibraryError) -> Outcome {
    let mine = lock.withLock {
      generation += 1
      return generation
    }
    let query: SearchQuery
    do {
      query = try SearchQuery(parsing: text)
    } catch {
      return .invalid(error)
    }
    if let cached = lock.withLock({ cache[query] }) {
      return isCurrent(mine) ? .results(cached) : .superseded
    }
    let results = try library.search(query, limit: limit)
    return lock.withLock {
      if cache[query] == nil {
        cache[query] = results
        cacheOrder.append(query)
        if cacheOrder.count > cacheLimit { cache[cacheOrder.removeFirst()] = nil }
      }
      return generation == mine ? .results(results) : .superseded
    }
  }

  private func isCurrent(_ mine: Int) -> Bool {
    lock.withLock { generation == mine }
  }
}

extension Library {
  /// A session for search as you type, returning at most `limit` hits per query.
  public func searchSession(limit: Int = 50) -> SearchSession {
    SearchSession(library: self, limit: limit)
  }
}
