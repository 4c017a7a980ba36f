/// A mouse action the reader understands: the wheel turned, or a click or double-click on a
/// cell of the window.
///
/// The curses backend decodes them (when the configuration leaves the mouse on); the app turns
/// the wheel into moves, a click into selecting the line under it, and a double-click into
/// selecting and opening it (see ``ReaderApp/handle(_:)``).
public struct MouseEvent: Hashable, Sendable {
  /// What the mouse did.
  public enum Kind: Hashable, Sendable {
    /// The wheel turned away from the user (scroll up).
    case wheelUp
    /// The wheel turned toward the user (scroll down).
    case wheelDown
    /// The main button clicked once.
    case click
    /// The main button clicked twice in quick succession.
    case doubleClick
  }

  /// What the mouse did.
  public var kind: Kind
  /// The window row under the pointer, 0 at the top.
  public var row: Int
  /// The window column under the pointer, 0 at the left.
  public var column: Int

  /// Creates an event.
  public init(_ kind: Kind, row: Int = 0, column: Int = 0) {
    self.kind = kind
    self.row = row
    self.column = column
  }
}
