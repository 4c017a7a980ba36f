/// The search index's rowid for an article: its day and its position in the listing,
/// `(day + 1) << 32 | position`, so FTS5 can walk matches newest first (by rowid, backwards)
/// and the day of a match is read from its rowid without a join.
///
/// Undated articles have day part 0 and sort as the oldest. Days before 1970 count as undated
/// here (they only lose their recency bonus). Positions are unique below 2³², far beyond any
/// corpus one library holds.
enum SearchKey {
  /// The key of an article of `day` (days since 1970) at `position` in the listing.
  static func make(day: Int?, position: Int) -> Int64 {
    let dayPart = Int64(max(0, (day ?? -1) + 1))
    return dayPart << 32 | Int64(UInt32(truncatingIfNeeded: position))
  }

  /// The day a key was made with, or `nil` for an undated article.
  static func day(of key: Int64) -> Int? {
    let dayPart = key >> 32
    return dayPart > 0 ? Int(dayPart - 1) : nil
  }
}
