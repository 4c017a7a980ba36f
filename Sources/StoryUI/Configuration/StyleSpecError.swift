/// Why a style in the configuration file's `[colors]` table could not be read.
public enum StyleSpecError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A word that is neither a colour nor an attribute.
  case unknownWord(String)
  /// A colour number outside 0–255.
  case colourOutOfRange(Int)
  /// `on` with no colour after it.
  case missingBackground
  /// Two foreground colours, or two backgrounds.
  case twoColours(String)
  /// Nothing at all.
  case empty

  /// A lowercase sentence a user can act on.
  public var description: String {
    let help =
      "write colours and attributes such as \"bold yellow\" or \"black on cyan\" (colours: "
      + RoleStyle.colourNames.joined(separator: ", ")
      + ", default or 0–255; attributes: bold, dim, underline, reverse)"
    switch self {
    case .unknownWord(let word):
      return "unknown colour or attribute \"\(TerminalText.sanitized(word))\"; " + help
    case .colourOutOfRange(let number):
      return "colour \(number) is out of range; use 0–255"
    case .missingBackground:
      return "\"on\" needs a background colour after it, as in \"black on cyan\""
    case .twoColours(let side):
      return "two \(side) colours; give one"
    case .empty:
      return "no colour or attribute; " + help
    }
  }
}
