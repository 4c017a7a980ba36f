/// How a terminal shows one ``Role``: text attributes, and colours where the terminal has them.
///
/// The one table from roles to looks (``RoleStyle/table(for:)``, in `RoleStyle+Default.swift`)
/// serves every backend. Without colour (`NO_COLOR`, a monochrome terminal) roles stay apart by
/// attributes alone: bold, underline, reverse video; colours only add to that.
///
/// Colours are numbers in the terminal's palette: 0–7 the eight basic colours (black, red,
/// green, yellow, blue, magenta, cyan, white), 8–255 the xterm 256-colour palette; `nil` is the
/// terminal's own foreground or background.
public struct RoleStyle: Hashable, Sendable {
  /// How many colours a terminal shows.
  public enum Depth: Hashable, Sendable, CaseIterable {
    /// None used: monochrome, or `NO_COLOR` set.
    case monochrome
    /// The eight basic colours.
    case eight
    /// The xterm 256-colour palette.
    case twoHundredFiftySix

    /// The depth for a terminal with `colours` colours, unless colour is turned off.
    ///
    /// - Parameters:
    ///   - colours: What the terminal reports (curses' `COLORS`).
    ///   - noColor: Whether the `NO_COLOR` environment variable is set to a non-empty value
    ///     (no-color.org).
    public init(colours: Int, noColor: Bool) {
      if noColor || colours < 8 {
        self = .monochrome
      } else {
        self = colours >= 256 ? .twoHundredFiftySix : .eight
      }
    }
  }

  /// The text colour, or `nil` for the terminal's own.
  public var foreground: Int?
  /// The background colour, or `nil` for the terminal's own.
  public var background: Int?
  /// Bold (or bright) text.
  public var bold = false
  /// Dim text.
  public var dim = false
  /// Underlined text.
  public var underline = false
  /// Reverse video: foreground and background swapped.
  public var reverse = false

  /// Creates a style.
  public init(
    foreground: Int? = nil, background: Int? = nil, bold: Bool = false, dim: Bool = false,
    underline: Bool = false, reverse: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.underline = underline
    self.reverse = reverse
  }

  /// Whether the style sets a colour.
  public var hasColour: Bool { foreground != nil || background != nil }
}
