/// What an action does on one screen where that differs from everywhere else: its help
/// sentence and its hint-bar verb (see ``Screen/actionMeanings``).
public struct ActionMeaning: Hashable, Sendable {
  /// The help screen's sentence, without a final stop.
  public var help: String
  /// The hint bar's verb.
  public var hint: String

  /// Creates a meaning.
  public init(help: String, hint: String) {
    self.help = help
    self.hint = hint
  }
}
