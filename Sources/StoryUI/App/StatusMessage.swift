/// A one-line message on the status line until the next key: what a key did or why it could
/// not.
public struct StatusMessage: Hashable, Sendable {
  /// The message.
  public var text: String
  /// Whether it reports a failure (drawn as ``Role/error``).
  public var isError: Bool

  /// Creates a message.
  public init(_ text: String, isError: Bool = false) {
    self.text = text
    self.isError = isError
  }
}
