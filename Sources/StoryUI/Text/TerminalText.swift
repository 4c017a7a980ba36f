/// Text made safe and measured for a character-cell terminal.
///
/// Article text is untrusted: a stray `ESC` byte could recolour the screen, move the cursor or
/// retitle the window, and bidirectional overrides could reorder what the reader sees. Everything
/// that reaches the terminal goes through ``sanitized(_:)`` first.
///
/// Widths are measured in terminal *columns*, one grapheme at a time (never `String.count`):
/// most graphemes take one column, East Asian wide and fullwidth characters and emoji take two,
/// and combining marks take none. See ``columns(of:)``.
///
/// ```swift
/// TerminalText.sanitized("red \u{1B}[31m")       // "red \\u{1B}[31m"
/// TerminalText.columns(of: "日本")                // 4
/// TerminalText.truncated("Storyline", toColumns: 5)  // "Stor…"
/// ```
public enum TerminalText {
  /// The mark that ends a truncated string; it takes one column.
  public static let ellipsis = "…"

  /// Returns `s` with every character that could control the terminal replaced by a visible escape.
  ///
  /// Replaced are: the control characters (Unicode general category Cc: C0 `U+0000`–`U+001F`
  /// including tab, newline and `ESC`, `DEL` `U+007F`, and the C1 controls `U+0080`–`U+009F`),
  /// the line and paragraph separators `U+2028` and `U+2029`, and the bidirectional embeddings,
  /// overrides and isolates `U+202A`–`U+202E` and `U+2066`–`U+2069`.
  ///
  /// Each replaced scalar becomes its Swift escape spelled in ASCII, `\u{` + uppercase hex +
  /// `}`: `ESC` becomes the six characters `\u{1B}`. NB: ASCII (rather than the Control Pictures
  /// such as `␛`) because it stays legible under `LANG=C`, and because Control Pictures exist only
  /// for C0 controls and `DEL`, not for C1, separators or bidi controls. The result is for display
  /// only: a backslash already in `s` is left alone, so the mapping is not reversible.
  ///
  /// Callers that want line breaks split the text into lines first (see ``wrapped(_:toColumns:)``).
  ///
  /// - Parameter s: Untrusted text.
  /// - Returns: Text that contains no scalar listed above.
  public static func sanitized(_ s: String) -> String {
    // NB: the fast path keeps the common case (clean text) allocation-free.
    guard s.unicodeScalars.contains(where: isUnsafe) else { return s }
    var result = String.UnicodeScalarView()
    for scalar in s.unicodeScalars {
      if isUnsafe(scalar) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result.append(contentsOf: "\\u{\(hex)}".unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether `scalar` is one that ``sanitized(_:)`` replaces: a control character, a line or
  /// paragraph separator, or a bidirectional embedding, override or isolate.
  ///
  /// Use it to reject a scalar before it reaches the terminal on its own, such as a typed key:
  ///
  /// ```swift
  /// TerminalText.isUnsafe("\u{1B}")  // true
  /// TerminalText.isUnsafe("a")        // false
  /// ```
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: return true  // Cc: C0, DEL, C1
    case 0x2028, 0x2029: return true  // line and paragraph separators
    case 0x202A...0x202E, 0x2066...0x2069: return true  // bidi embeddings, overrides, isolates
    default: return false
    }
  }

  /// The number of terminal columns `s` takes when drawn.
  ///
  /// The sum of ``columns(of:)-(Character)`` over the graphemes of `s`. Measure sanitized text:
  /// control characters count as zero columns here, but a terminal would act on them.
  ///
  /// - Parameter s: The text to measure.
  /// - Returns: The width in columns, at least 0.
  public static func columns(of s: String) -> Int {
    var total = 0
    for character in s { total += columns(of: character) }
    return total
  }

  /// Returns `s` cut to at most `columns` terminal columns, ending in ``ellipsis`` if it was cut.
  ///
  /// When `s` fits, it is returned unchanged. Otherwise one column is reserved for `…` and as
  /// many whole graphemes as fit in the rest are kept; a wide character that would straddle the
  /// limit is dropped, so the result may be one column narrower than `columns`.
  ///
  /// ```swift
  /// TerminalText.truncated("headline", toColumns: 8)  // "headline"
  /// TerminalText.truncated("headline", toColumns: 5)  // "head…"
  /// TerminalText.truncated("日本語", toColumns: 4)     // "日…"
  /// ```
  ///
  /// - Parameters:
  ///   - s: The text to cut.
  ///   - columns: The widest the result may be, in terminal columns; 0 or less gives `""`.
  /// - Returns: Text at most `columns` columns wide.
  public static func truncated(_ s: String, toColumns columns: Int) -> String {
    guard columns > 0 else { return "" }
    if Self.columns(of: s) <= columns { return s }
    let budget = columns - 1  // NB: one column for the ellipsis.
    var kept = ""
    var used = 0
    for character in s {
      let width = Self.columns(of: character)
      if used + width > budget { break }
      kept.append(character)
      used += width
    }
    return kept + ellipsis
  }

  /// Returns `s` fitted to exactly `columns` terminal columns.
  ///
  /// Text that is too wide is cut with ``truncated(_:toColumns:)``; text that is too narrow
  /// (including a cut that dropped a wide character) is filled with spaces on the right.
  ///
  /// - Parameters:
  ///   - s: The text to fit.
  ///   - columns: The width of the result, in terminal columns; 0 or less gives `""`.
  /// - Returns: Text exactly `columns` columns wide.
  public static func padded(_ s: String, toColumns columns: Int) -> String {
    guard columns > 0 else { return "" }
    let fitted = truncated(s, toColumns: columns)
    let missing = columns - Self.columns(of: fitted)
    return missing > 0 ? fitted + String(repeating: " ", count: missing) : fitted
  }
}
