/// What a cell on screen *is*, independent of how a terminal shows it.
///
/// Screens draw with roles, never with colours or attributes: the backend maps each role to
/// attributes in one table (bold, reverse, a colour on terminals that have them), so the reader
/// stays legible in monochrome, with `NO_COLOR`, and on 8-colour terminals, and a user's colour
/// configuration only has to name roles.
///
/// Every role has a one-character ``code`` used by role maps in screen snapshots
/// (``ScreenGrid/roleMap``).
public enum Role: String, Hashable, Sendable, CaseIterable {
  /// Ordinary text and blank space.
  case normal
  /// The title bar, and headings inside a screen.
  case title
  /// The selected row of a list.
  case selected
  /// Something not read yet (a story or article), drawn to stand out.
  case unread
  /// A quotation or reported statement in article text.
  case quote
  /// A speaker's name, where it stands in text or next to a quote.
  case speaker
  /// A word a search matched.
  case match
  /// A syndicated copy, or the banner naming a copy's original.
  case copy
  /// Secondary text: metadata, placeholders, lines cleaning removed.
  case dim
  /// A line only in a copy, where a copy is compared with its original.
  case added
  /// A line only in the original, where a copy is compared with its original.
  case removed
  /// The status line: corpus, counts, position, messages.
  case status
  /// The hint bar listing keys.
  case hint
  /// An error message.
  case error

  /// The character that stands for this role in a snapshot's role map.
  ///
  /// `normal` is a space, so a role map shows only what stands out.
  public var code: Character {
    switch self {
    case .normal: " "
    case .title: "T"
    case .selected: "S"
    case .unread: "U"
    case .quote: "Q"
    case .speaker: "P"
    case .match: "M"
    case .copy: "C"
    case .dim: "d"
    case .added: "+"
    case .removed: "-"
    case .status: "_"
    case .hint: "h"
    case .error: "E"
    }
  }
}
