import Foundation

/// Storyline's tokenizer for search: splits text into words and folds each to the key that the
/// search index, the query parser, match highlighting and the quote and speaker ids compare.
///
/// A word is a run of letters and digits (`Scalars.isWordScalar`) with the combining marks
/// that follow them (`e` + U+0301 is one letter); anything
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
      if Scalars.isWordScalar(scalar) || (start >= 0 && isMark(scalar)) {
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

  /// Calls `body` with the FNV-1a hash of each folded word of `text`, in order, without making
  /// strings for ASCII words: what near-duplicate shingles are made of.
  ///
  /// The hash is that of the key's Unicode scalars (`FNV1a.combine(_:)`), so it equals
  /// hashing `words(in:)`'s keys; ASCII words are lowercased and hashed as they are scanned.
  static func scanHashes(_ text: String, _ body: (UInt64) -> Void) {
    let scalars = text.unicodeScalars
    var hash = FNV1a()
    var wordStart: String.UnicodeScalarView.Index?
    var ascii = true
    var index = scalars.startIndex
    func finish(at end: String.UnicodeScalarView.Index) {
      if ascii {
        body(hash.value)
      } else if let start = wordStart {
        var folded = FNV1a()
        for scalar in fold(String(scalars[start..<end])).unicodeScalars { folded.combine(scalar) }
        body(folded.value)
      }
      wordStart = nil
    }
    while index < scalars.endIndex {
      let scalar = scalars[index]
      if Scalars.isWordScalar(scalar) || (wordStart != nil && isMark(scalar)) {
        if wordStart == nil {
          wordStart = index
          ascii = true
          hash = FNV1a()
        }
        if scalar.value < 0x80 {
          hash.combine(Scalars.asciiLowercased(scalar))
        } else {
          ascii = false
        }
      } else if wordStart != nil {
        finish(at: index)
      }
      index = scalars.index(after: index)
    }
    if wordStart != nil { finish(at: scalars.endIndex) }
  }

  /// Whether `scalar` is a combining mark, which continues the word before it (`e` + U+0301).
  @inline(__always)
  static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.value >= 0x300 else { return false }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// The folded form of a word with non-ASCII scalars: decomposed, marks dropped, lowercased,
  /// and the Latin letters that have no decomposition written as the letters readers type for
  /// them (`ø` → `o`, `ł` → `l`, `æ` → `ae`), so `oresund` finds `Øresund` and `lodz` `Łódź`.
  public static func fold(_ word: String) -> String {
    var view = String.UnicodeScalarView()
    for scalar in word.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .spacingMark, .enclosingMark: continue
      default:
        if let plain = plainLatin[scalar] {
          view.append(contentsOf: plain.unicodeScalars)
        } else {
          view.append(scalar)
        }
      }
    }
    return String(view)
  }

  /// Lower-case Latin letters without a canonical decomposition, and how they are typed.
  private static let plainLatin: [Unicode.Scalar: String] = [
    "ø": "o", "ł": "l", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ŀ": "l", "ŧ": "t", "æ": "ae",
    "œ": "oe", "ß": "ss", "þ": "th",
  ]

  /// The folded words of `text` joined by single spaces: the form the search index stores.
  ///
  /// The same words as `words(in:)`, built straight into bytes: ASCII words are lowercased byte
  /// by byte, and only a word with other scalars is folded through `fold(_:)`.
  public static func foldedText(_ text: String) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count)
    var wordStart = -1
    var pending = String.UnicodeScalarView()
    var ascii = true
    func finishWord() {
      if !ascii {
        output.removeSubrange(wordStart...)
        output.append(contentsOf: fold(String(pending)).utf8)
      }
      wordStart = -1
    }
    for scalar in text.unicodeScalars {
      if Scalars.isWordScalar(scalar) || (wordStart >= 0 && isMark(scalar)) {
        if wordStart < 0 {
          if !output.isEmpty { output.append(0x20) }
          wordStart = output.count
          ascii = true
        }
        if ascii && scalar.value < 0x80 {
          output.append(UInt8(truncatingIfNeeded: Scalars.asciiLowercased(scalar).value))
        } else {
          if ascii {
            // NB: the word's ASCII start is already lowercased in `output`; folding keeps it.
            pending = String.UnicodeScalarView(
              String(decoding: output[wordStart...], as: UTF8.self).unicodeScalars)
            ascii = false
          }
          pending.append(scalar)
        }
      } else if wordStart >= 0 {
        finishWord()
      }
    }
    if wordStart >= 0 { finishWord() }
    return String(decoding: output, as: UTF8.self)
  }
}
