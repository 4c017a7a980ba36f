/// What the reader remembers of one article or story: read, starred, where reading stopped.
///
/// Kept by id in the library, apart from the analysis, so it survives re-analysis and new
/// analysis versions.
public struct ReadingState: Hashable, Sendable {
  /// Whether it has been read.
  public var isRead: Bool
  /// Whether the user starred it.
  public var isStarred: Bool
  /// The last reading position (a line of the article view); 0 for stories.
  public var position: Int

  /// Creates a state.
  public init(isRead: Bool = false, isStarred: Bool = false, position: Int = 0) {
    self.isRead = isRead
    self.isStarred = isStarred
    self.position = position
  }
}
