/// A file, line or record that could not be read as an article, with the reason.
///
/// Printed by the CLI as `storyline: <where>: <message>`; the run goes on with the other inputs.
public struct IngestProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// The path, or `path:line` for one record of a JSON Lines file.
  public var location: String
  /// A lowercase sentence naming the problem, e.g. "binary file (contains NUL bytes); skipped".
  public var message: String

  /// Creates a problem report.
  public init(location: String, message: String) {
    self.location = location
    self.message = message
  }

  public var description: String { "\(location): \(message)" }
}
