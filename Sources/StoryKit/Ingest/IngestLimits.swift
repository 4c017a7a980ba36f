/// Caps that keep one huge or hostile input from exhausting memory or time.
public struct IngestLimits: Hashable, Sendable {
  /// The most UTF-8 bytes of text one article may hold; longer texts are cut (with a finding).
  public var maxArticleBytes: Int
  /// The longest JSON Lines line or JSON array element read; longer records are skipped.
  public var maxRecordBytes: Int

  /// Creates limits.
  public init(maxArticleBytes: Int, maxRecordBytes: Int) {
    self.maxArticleBytes = maxArticleBytes
    self.maxRecordBytes = maxRecordBytes
  }

  /// 4 MiB of text per article (a long book chapter), 16 MiB per JSON record.
  public static let `default` = IngestLimits(maxArticleBytes: 4 << 20, maxRecordBytes: 16 << 20)
}
