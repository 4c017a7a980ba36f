/// What `storyline library` prints: where the library is and what it holds.
public struct LibraryStatus: Hashable, Sendable {
  /// The library file, or `nil` in memory.
  public var file: String?
  /// The file's size in bytes, with its write-ahead log.
  public var bytes: Int64
  /// The articles stored.
  public var articles: Int
  /// The quotes stored.
  public var quotes: Int
  /// The speakers, after merging across the corpus.
  public var speakers: Int
  /// The groups of syndicated copies.
  public var duplicateGroups: Int
  /// The stories.
  public var stories: Int
  /// The files, lines and records that could not be read.
  public var problems: Int
  /// Input files analysed.
  public var files: Int
  /// The analysis version the library was made with.
  public var analysisVersion: String
  /// When the analysis was last written (ISO 8601, UTC).
  public var updated: String
}
