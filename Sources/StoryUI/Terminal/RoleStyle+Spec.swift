extension RoleStyle {
  /// The eight basic colours by name, in palette order (0 black … 7 white).
  public static let colourNames = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
  ]

  /// The attribute words a style may use.
  static let attributeNames = ["bold", "dim", "underline", "reverse"]

  /// Reads a style as the configuration file writes it: colours and attributes in any order,
  /// separated by spaces; the colour after `on` is the background.
  ///
  /// A colour is a name (`black`, `red`, `green`, `yellow`, `blue`, `magenta`, `cyan`,
  /// `white`), `default` (the terminal's own), or a number 0–255 of the xterm palette.
  /// Attributes are `bold`, `dim`, `underline` and `reverse`. Case does not matter.
  ///
  /// ```swift
  /// try RoleStyle(spec: "bold yellow")        // foreground 3, bold
  /// try RoleStyle(spec: "black on 220")       // foreground 0, background 220
  /// try RoleStyle(spec: "reverse")            // reverse video only
  /// ```
  ///
  /// - Throws: ``StyleSpecError`` naming the word that could not be read.
  public init(spec: String) throws(StyleSpecError) {
    self.init()
    let words = spec.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(
      String.init)
    guard !words.isEmpty else { throw .empty }
    var index = 0
    var hasForeground = false
    var hasBackground = false
    while index < words.count {
      let word = words[index]
      index += 1
      switch word {
      case "bold": bold = true
      case "dim": dim = true
      case "underline": underline = true
      case "reverse": reverse = true
      case "on":
        guard index < words.count else { throw .missingBackground }
        guard !hasBackground else { throw .twoColours("background") }
        background = try Self.colour(named: words[index])
        hasBackground = true
        index += 1
      default:
        guard !hasForeground else { throw .twoColours("foreground") }
        foreground = try Self.colour(named: word)
        hasForeground = true
      }
    }
  }

  /// The palette number of a colour word, `nil` for `default`.
  private static func colour(named word: String) throws(StyleSpecError) -> Int? {
    if word == "default" { return nil }
    if let index = colourNames.firstIndex(of: word) { return index }
    guard let number = Int(word) else { throw .unknownWord(word) }
    guard (0...255).contains(number) else { throw .colourOutOfRange(number) }
    return number
  }

  /// Whether the style sets an attribute (bold, dim, underline or reverse).
  public var hasAttribute: Bool { bold || dim || underline || reverse }

  /// The look of every role at `depth`, with a user's styles in place of the defaults where
  /// the terminal can show them.
  ///
  /// - On 8 colours, a user style that uses a colour above 7 is left out (the default stays).
  /// - In monochrome (`NO_COLOR`), colours are dropped; a user style that sets attributes
  ///   gives those, one that sets only colours leaves the default (which keeps roles apart).
  ///
  /// - Parameters:
  ///   - depth: The terminal's colours.
  ///   - overrides: The user's styles, by role.
  public static func table(for depth: Depth, overriding overrides: [Role: RoleStyle])
    -> [Role: RoleStyle]
  {
    var table = table(for: depth)
    for (role, style) in overrides {
      switch depth {
      case .monochrome:
        guard style.hasAttribute else { continue }
        table[role] = RoleStyle(
          bold: style.bold, dim: style.dim, underline: style.underline, reverse: style.reverse)
      case .eight:
        if let colour = style.foreground, colour > 7 { continue }
        if let colour = style.background, colour > 7 { continue }
        table[role] = style
      case .twoHundredFiftySix:
        table[role] = style
      }
    }
    return table
  }
}
