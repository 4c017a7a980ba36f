import Foundation

/// Storyline's tokenizer for search: splits text into words and folds each to the key that the
/// search index, the query parser, match highlighting and the quote and speaker ids compare.
///
/// A word is a run of letters, digits and combining marks (`Scalars.isWordScalar`); anything
/// else separates words, apostrophes and hyphens included, so `Lavrov's` is `lavrov` + `s` and
/// `anti-piracy` is `anti` + `piracy` (a query for `anti-piracy` is the phrase of the two). The
/// key is the word lowercased with its diacritics removed (`Šefčovič` → `sefcovic`), so search
/// is case- and accent-insensitive in one place.
///
/// Positions count Unicode scalars of the scanned text. Linear in the text: ASCII words are
/// folded byte by byte; only words with other scalars go through Unicode decomposition.
///
/// ```swift
/// WordScanner.words(in: "Lavrov's talks").map(\.key)   // ["lavrov", "s", "talks"]
/// ```
public enum WordScanner {
  /// One word of a text.
  public struct Word: Hashable, Sendable {
    /// The folded word: lower case, no diacritics.
    public var key: String
    /// Where the word stands, in Unicode scalars of the scanned text.
    public var range: Range<Int>
  }

  /// The words of `text`, in order.
  public static func words(in text: String) -> [Word] {
    var words: [Word] = []
    scan(text) { words.append($0) }
    return words
  }

  /// Calls `body` with each word of `text`, in order, without building an array.
  public static func scan(_ text: String, _ body: (Word) -> Void) {
    var offset = 0
    var start = -1
    var ascii = true
    var current = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if Scalars.isWordScalar(scalar) {
        if start < 0 {
          start = offset
          ascii = true
          current = String.UnicodeScalarView()
        }
        if scalar.value < 0x80 {
          current.append(Scalars.asciiLowercased(scalar))
        } else {
          ascii = false
          current.append(scalar)
        }
      } else if start >= 0 {
        body(Word(key: ascii ? String(current) : fold(String(current)), range: start..<offset))
        start = -1
      }
      offset += 1
    }
    if start >= 0 {
      body(Word(key: ascii ? String(current) : fold(String(current)), range: start..<offset))
    }
  }

  /// The folded form of a word with non-ASCII scalars: decomposed, marks dropped, lowercased.
  public static func fold(_ word: String) -> String {
    var view = String.UnicodeScalarView()
    for scalar in word.decomposedStringWithCanonicalMapping.unicodeScalars {
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .spacingMark, .enclosingMark: continue
      default: view.append(scalar)
      }
    }
    return String(view).lowercased()
  }

  /// The folded words of `text` joined by single spaces: the form the search index stores.
  public static func foldedText(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    scan(text) { word in
      if !output.isEmpty { output.append(" ") }
      output.append(word.key)
    }
    return output
  }
}
