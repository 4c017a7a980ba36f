/// Where an article was read from: a file, and for JSON Lines or JSON arrays, which record.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The file's path as it was reached from the PATH argument.
  public var path: String
  /// The 1-based line (JSON Lines) or element number (JSON array); `nil` for a whole file.
  public var record: Int?

  /// Creates a location.
  public init(path: String, record: Int? = nil) {
    self.path = path
    self.record = record
  }

  public var description: String { record.map { "\(path):\($0)" } ?? path }
}
