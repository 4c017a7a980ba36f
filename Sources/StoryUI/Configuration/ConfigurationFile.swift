/// The configuration file as the reader found it: where it is and what it holds.
///
/// Reading the file is left to the caller (the executable), so the reader's logic and its
/// tests never touch a real home folder:
///
/// ```swift
/// let path = ConfigurationFile.path(environment: ProcessInfo.processInfo.environment)
/// let file = ConfigurationFile(path: path ?? "", contents: .text(try String(contentsOfFile: …)))
/// let configuration = ReaderConfiguration(file: file)
/// ```
public struct ConfigurationFile: Hashable, Sendable {
  /// What was found at the path.
  public enum Contents: Hashable, Sendable {
    /// No file: the defaults are used, and nothing is reported.
    case missing
    /// The file could not be read (`reason`, such as "permission denied"); reported.
    case unreadable(reason: String)
    /// The file's text.
    case text(String)
  }

  /// The file's path, as messages name it.
  public var path: String
  /// What the path holds.
  public var contents: Contents

  /// Creates a file.
  public init(path: String, contents: Contents) {
    self.path = path
    self.contents = contents
  }

  /// Where the configuration file is: `$XDG_CONFIG_HOME/storyline/config.toml`, else
  /// `$HOME/.config/storyline/config.toml`.
  ///
  /// An `XDG_CONFIG_HOME` that is empty or relative is ignored, as the XDG Base Directory
  /// specification asks.
  ///
  /// - Parameter environment: The process's environment variables.
  /// - Returns: The path, or `nil` when neither variable gives a folder.
  public static func path(environment: [String: String]) -> String? {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return join(config, "storyline/config.toml")
    }
    if let home = environment["HOME"], !home.isEmpty {
      return join(home, ".config/storyline/config.toml")
    }
    return nil
  }

  private static func join(_ folder: String, _ rest: String) -> String {
    folder.hasSuffix("/") ? folder + rest : folder + "/" + rest
  }
}
