import Foundation

/// How search ranks: BM25 over the fields (title, body, quotes, speakers), weighted by recency,
/// over a bounded number of candidates.
///
/// BM25 comes from FTS5 with field weights (a word in the headline counts most). Recency
/// multiplies it by `0.5 + 0.5 · 2^(−age / halfLife)`, the age counted in days from the newest
/// article of the library: a story of today weighs up to twice one of last year. Undated articles
/// count as `undatedAge` days old.
///
/// Bounded work: FTS5 walks the matches newest first and stops after `candidateLimit`, so a
/// one-letter prefix that matches every article costs no more than a selective word; such a
/// query is ranked among its most recent matches (`SearchResults.isExhaustive` is false).
public struct SearchRanking: Hashable, Sendable {
  /// BM25 weights of the title, body, quotes and speakers fields, in the index's column order.
  static let fieldWeights: [Double] = [4, 1, 2, 2]
  /// Days after which recency's bonus halves.
  public var halfLife: Double = 30
  /// The age given to undated articles, in days.
  public var undatedAge: Double = 60
  /// The most matches ranked per query.
  public var candidateLimit = 2000

  /// The default ranking.
  public init() {}

  /// The rank score of a match: BM25 (`bm25` is FTS5's, lower is better) times recency.
  func score(bm25: Double, day: Int?, newestDay: Int?) -> Double {
    let age: Double =
      if let day, let newestDay { Double(max(0, newestDay - day)) } else { undatedAge }
    return -bm25 * (0.5 + 0.5 * exp2(-age / halfLife))
  }
}
