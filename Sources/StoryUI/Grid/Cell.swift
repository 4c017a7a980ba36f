/// One character cell of a ``ScreenGrid``: a grapheme (or the right half of a wide one) and its
/// ``Role``.
///
/// A grapheme two columns wide (a CJK ideograph, most emoji) fills its own cell and the next,
/// which holds ``Content-swift.enum/continuation``; a backend draws the grapheme once and skips
/// the continuation.
public struct Cell: Hashable, Sendable {
  /// What a cell shows.
  public enum Content: Hashable, Sendable {
    /// A grapheme that starts in this cell: 1 or 2 columns wide, never a control character.
    case grapheme(Character)
    /// The second column of the wide grapheme in the cell to the left.
    case continuation
  }

  /// The most Unicode scalars a cell keeps of one grapheme.
  ///
  /// NB: a hostile grapheme can carry thousands of combining marks (`e` + 10,000 × `U+0301`);
  /// terminals keep only a few per cell (ncurses' `CCHARW_MAX` is 5), so the rest are dropped
  /// here, where the cost of drawing them would otherwise be paid on every frame.
  public static let maximumScalars = 8

  /// What the cell shows.
  public var content: Content
  /// How the cell is shown.
  public var role: Role

  /// Creates a cell.
  public init(_ content: Content, role: Role = .normal) {
    self.content = content
    self.role = role
  }

  /// A space in `role`.
  public static func blank(_ role: Role = .normal) -> Cell {
    Cell(.grapheme(" "), role: role)
  }

  /// The grapheme that starts in this cell, or `nil` for a continuation.
  public var grapheme: Character? {
    if case .grapheme(let character) = content { return character }
    return nil
  }
}
