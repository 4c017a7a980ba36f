extension TerminalText {
  /// The number of terminal columns one grapheme takes: 0, 1 or 2.
  ///
  /// The width follows the grapheme's first scalar, the way terminals lay text out:
  /// - 0 for control characters, combining marks (Mn, Me), format characters (Cf, such as
  ///   zero-width joiners) and variation selectors, when they start a grapheme on their own;
  /// - 2 for East Asian wide and fullwidth characters (CJK ideographs, kana, Hangul, fullwidth
  ///   forms; see ``wideRanges``), for scalars with default emoji presentation, and for emoji
  ///   followed by the emoji presentation selector `U+FE0F`;
  /// - 1 for everything else, including East Asian *ambiguous* characters.
  ///
  /// NB: this is computed without the C library's `wcwidth` so that it is the same in every
  /// locale and testable; a terminal with different tables may disagree for rare characters.
  ///
  /// - Parameter character: One grapheme.
  /// - Returns: Its width in terminal columns.
  public static func columns(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    // NB: fast path for the text a news reader draws most (every cell of every frame is
    // measured): a grapheme of one printable ASCII or Latin scalar (two UTF-8 bytes below
    // U+0300) is one column. Reading Unicode properties cost a third of a frame's time. The
    // soft hyphen is a format character, and ASCII digits, `#`, `*`, `©` and `®` become emoji
    // only with a selector after them, so several scalars take the full path.
    let value = first.value
    if (0x20..<0x7F).contains(value) || ((0xA0..<0x300).contains(value) && value != 0xAD) {
      if character.utf8.count == (value < 0x80 ? 1 : 2) { return 1 }
    }
    return columnsByProperties(of: character)
  }

  /// ``columns(of:)-(Character)`` read from the Unicode properties of the grapheme's scalars,
  /// without the fast path (which tests check against this).
  static func columnsByProperties(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    let properties = first.properties
    switch properties.generalCategory {
    case .control, .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if properties.isVariationSelector { return 0 }
    if isWide(first) || properties.isEmojiPresentation { return 2 }
    if properties.isEmoji, scalars.contains("\u{FE0F}") { return 2 }
    return 1
  }

  /// Whether `scalar` is East Asian Wide or Fullwidth (per ``wideRanges``).
  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    guard value >= 0x1100 else { return false }  // NB: fast path for Latin, Greek, Cyrillic, …
    // Binary search over the sorted, disjoint ranges.
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = wideRanges[middle]
      if value < range.lowerBound {
        high = middle - 1
      } else if value > range.upperBound {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }

  /// The scalar ranges drawn two columns wide (East Asian Width W or F), sorted and disjoint.
  ///
  /// A compact subset of Unicode's `EastAsianWidth.txt` covering the scripts a news reader meets;
  /// emoji are handled by the `isEmojiPresentation` property instead.
  static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,  // Hangul Jamo initial consonants
    0x2329...0x232A,  // angle brackets
    0x2E80...0x303E,  // CJK radicals, Kangxi radicals, CJK symbols and punctuation
    0x3041...0x33FF,  // kana, Bopomofo, Hangul compatibility Jamo, Kanbun, enclosed CJK
    0x3400...0x4DBF,  // CJK extension A
    0x4E00...0x9FFF,  // CJK unified ideographs
    0xA000...0xA4CF,  // Yi
    0xA960...0xA97F,  // Hangul Jamo extended A
    0xAC00...0xD7A3,  // Hangul syllables
    0xF900...0xFAFF,  // CJK compatibility ideographs
    0xFE10...0xFE19,  // vertical forms
    0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
    0xFF00...0xFF60,  // fullwidth ASCII variants
    0xFFE0...0xFFE6,  // fullwidth signs
    0x16FE0...0x16FE4,  // ideographic symbols
    0x17000...0x18CFF,  // Tangut, Khitan
    0x1B000...0x1B2FF,  // kana supplement and extensions, Nushu
    0x1F200...0x1F2FF,  // enclosed ideographic supplement
    0x20000...0x2FFFD,  // CJK extensions B–F, compatibility supplement
    0x30000...0x3FFFD,  // CJK extensions G–H
  ]
}
