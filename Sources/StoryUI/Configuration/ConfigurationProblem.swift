/// An entry of the configuration file that could not be used, and why, in words a user can act
/// on; the reader uses the default for that entry and goes on.
///
/// ```swift
/// ConfigurationProblem(path: "/home/ada/.config/storyline/config.toml", line: 4,
///   message: "sort: unknown order \"oldest\"; use newest, largest or title")
///   .description  // "/home/ada/.config/storyline/config.toml:4: sort: unknown order …"
/// ```
public struct ConfigurationProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// The configuration file's path.
  public var path: String
  /// The line the problem stands on (1 is the first), when it is known.
  public var line: Int?
  /// What is wrong and what is used instead, a lowercase sentence; names the key for a bad
  /// value (`sort: …`, `keys.open: …`).
  public var message: String

  /// Creates a problem report.
  public init(path: String, line: Int?, message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  /// `path:line`, or the path alone when the line is not known.
  public var location: String {
    line.map { "\(path):\($0)" } ?? path
  }

  /// `path:line: message`.
  public var description: String { "\(location): \(message)" }
}
