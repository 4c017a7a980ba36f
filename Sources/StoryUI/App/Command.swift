/// An action to carry out, with the count typed before its key (`5j`).
public struct Command: Hashable, Sendable {
  /// What to do.
  public var action: Action
  /// The count typed before the key, if any (1…9999).
  public var count: Int?

  /// Creates a command.
  public init(_ action: Action, count: Int? = nil) {
    self.action = action
    self.count = count
  }

  /// The count, or 1 when none was typed.
  public var repeats: Int { count ?? 1 }
}
