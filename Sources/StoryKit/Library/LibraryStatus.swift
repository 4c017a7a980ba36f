/// What `storyline library` prints: where the library is and what it holds.
public struct LibraryStatus: Hashable, Sendable {
  /// The library file, or `nil` in memory.
  public var file: String?
  /// The file's size in bytes, with its write-ahead log.
  public var bytes: Int64
  /// Counts of what is stored.
  public var articles: Int
  public var quotes: Int
  public var speakers: Int
  public var duplicateGroups: Int
  public var stories: Int
  public var problems: Int
  /// Input files analysed.
  public var files: Int
  /// The analysis version the library was made with.
  public var analysisVersion: String
  /// When the analysis was last written (ISO 8601, UTC).
  public var updated: String
}
