import StoryKit

/// A quote as `y` copies it: `“quote” — Speaker, Outlet, date, URL`.
///
/// Reported speech (an indirect quote) is not put in quotation marks, since its words are the
/// writer's; a comma that ended the quote before its attribution is left out, and so are parts
/// the article lacks. The text is on one line (runs of whitespace are one space) and holds no
/// control characters or bidi controls, so neither the clipboard nor a paste can carry
/// anything but text.
///
/// ```swift
/// Citation(quote: quote, article: article).text
/// // "“We will not stop.” — Ilse Brandt, Baltic Wire, 2025-03-04, https://wire.example/tram"
/// ```
public struct Citation: Hashable, Sendable {
  /// The citation.
  public let text: String

  /// Builds the citation of `quote` from its article (`nil`: the quote and speaker only).
  public init(quote: Quote, article: Article?) {
    let words = Self.withoutTrailingComma(Self.clean(quote.text))
    var text = quote.kind == .indirect ? words : "“" + words + "”"
    var parts: [String] = []
    if let speaker = quote.speaker { parts.append(Self.clean(speaker)) }
    if let source = article?.source { parts.append(Self.clean(source)) }
    if let date = article?.date { parts.append(date.description) }
    if let url = WebAddress.checked(article?.url) { parts.append(url) }
    parts = parts.filter { !$0.isEmpty }
    if !parts.isEmpty { text += " — " + parts.joined(separator: ", ") }
    self.text = text
  }

  /// `text` without the comma that ends a quote cut before its attribution (`“…the city,”
  /// Brandt said`): out of the sentence, the comma ends nothing.
  static func withoutTrailingComma(_ text: String) -> String {
    var text = Substring(text)
    while let last = text.last, last == "," || last == " " { text = text.dropLast() }
    return String(text)
  }

  /// `text` on one line, without the scalars ``TerminalText/isUnsafe(_:)`` names.
  static func clean(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(TerminalText.isUnsafe(scalar) ? " " : scalar)
    }
    return StoryScreen.oneLine(String(scalars))
  }
}
