/// One user binding: a key name and an action name, checked and applied by
/// ``Keymap/apply(_:)``. The action `none` unbinds the key.
///
/// The `[keys]` table of `config.toml` names keys per action (`move-down = ["j", "Ctrl-n"]`);
/// ``Keymap/replaceKeys(of:with:line:)`` turns each line into entries like these.
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
