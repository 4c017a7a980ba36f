/// A problem noticed in one article or input file that did not stop the run.
///
/// Findings travel with the article (`Article.findings`) so that the reader and the CLI can say
/// what was repaired, dropped or guessed. They are values, never thrown.
public struct Finding: Hashable, Sendable, Codable, CustomStringConvertible {
  /// What kind of problem this is; stable names for scripts.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    /// The bytes were not valid UTF-8 and were decoded as Windows-1252.
    case decodedAsWindows1252 = "windows-1252"
    /// The input carried a UTF-16 byte-order mark and was decoded as UTF-16.
    case decodedAsUTF16 = "utf-16"
    /// The text was longer than an article may hold and was cut.
    case truncated
    /// Characters that had been decoded with the wrong encoding were repaired (`Â£` → `£`).
    case mojibakeRepaired = "mojibake-repaired"
    /// Control characters were removed from the text.
    case controlCharacters = "control-characters"
    /// Nothing of the text was left after boilerplate removal.
    case noArticleText = "no-article-text"
    /// The article's id was already taken by an earlier article; a suffix was added.
    case duplicateID = "duplicate-id"
    /// A field had a value that could not be used (e.g. a date that is not `YYYY-MM-DD`).
    case invalidField = "invalid-field"
    /// A quotation mark opens and never closes.
    case unclosedQuote = "unclosed-quote"
  }

  /// What kind of problem this is.
  public var kind: Kind
  /// A lowercase sentence a user can act on, e.g. "invalid UTF-8; decoded as Windows-1252".
  public var message: String

  /// Creates a finding.
  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  public var description: String { message }
}
