/// One user binding as a configuration file gives it: a key name and an action name.
///
/// The `[keys]` table of `config.toml` (`"Ctrl-n" = "move-down"`) is read into entries, which
/// ``Keymap/apply(_:)`` checks and applies. The action `none` unbinds the key.
public struct KeymapEntry: Hashable, Sendable {
  /// The key's name, as ``Key/init(name:)`` reads it (`j`, `Ctrl-d`, `PgDn`).
  public var key: String
  /// The action's name (``Action``'s raw value, `move-down`), or `none`.
  public var action: String
  /// The line of the configuration file the entry stands on, for messages.
  public var line: Int?

  /// Creates an entry.
  public init(key: String, action: String, line: Int? = nil) {
    self.key = key
    self.action = action
    self.line = line
  }
}

/// A user binding that could not be applied, and why, in words a user can act on.
public struct KeymapProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// The entry's line in the configuration file, if known.
  public var line: Int?
  /// What is wrong, a lowercase sentence.
  public var message: String

  /// `line 3: unknown action "jump"; …`, or the message alone.
  public var description: String {
    line.map { "line \($0): \(message)" } ?? message
  }
}
