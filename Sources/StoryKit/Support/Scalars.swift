/// Fast classification of Unicode scalars for the hot loops (ASCII fast paths first).
enum Scalars {
  /// Whether `scalar` is horizontal white space (space, tab, no-break and other Zs spaces).
  @inline(__always)
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || value == 0x09 || value == 0x0B || value == 0x0C }
    return value == 0xA0 || value == 0x1680 || (0x2000...0x200A).contains(value) || value == 0x202F
      || value == 0x205F || value == 0x3000
  }

  /// Whether `scalar` ends a line (`\n`, `\r`, and the Unicode line/paragraph separators).
  @inline(__always)
  static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value == 0x0A || value == 0x0D || value == 0x85 || value == 0x2028 || value == 0x2029
  }

  /// Whether `scalar` is part of a word (letter, digit, or combining mark).
  @inline(__always)
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
        || (value >= 0x30 && value <= 0x39)
    }
    if value < 0xC0 { return value == 0xAA || value == 0xB5 || value == 0xBA }
    return hasWordProperties(scalar)
  }

  /// Whether a non-ASCII scalar is alphabetic or numeric.
  ///
  /// NB: kept out of line: `Unicode.NumericType` is a resilient type, and any function that
  /// inlines a look at it sets up its metadata on every call, ASCII or not.
  @inline(never)
  private static func hasWordProperties(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil
  }

  /// Whether a non-ASCII scalar has a numeric type (out of line, as above).
  @inline(never)
  private static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.numericType != nil
  }

  /// Whether `scalar` is an invisible format character that carries nothing in news text
  /// (zero-width space, word joiner, soft hyphen, byte-order mark), or a bidirectional control
  /// (marks, embeddings, overrides, isolates: `U+202E` can reverse what a terminal shows).
  @inline(__always)
  static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    guard value >= 0xAD else { return false }
    return value == 0x200B || value == 0x2060 || value == 0xFEFF || value == 0xAD
      || value == 0x200E || value == 0x200F || value == 0x061C
      || (value >= 0x202A && value <= 0x202E) || (value >= 0x2066 && value <= 0x2069)
  }

  /// Whether `scalar` is a zero-width joiner or non-joiner: meaningful between emoji and in
  /// some scripts, noise between two Latin letters (`Lav‍rov`).
  @inline(__always)
  static func isJoinerControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value == 0x200C || scalar.value == 0x200D
  }

  /// Whether `scalar` is a control character (C0, DEL, C1) other than line breaks and tab.
  @inline(__always)
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x0A && value != 0x0D && value != 0x09)
      || (value >= 0x7F && value <= 0x9F && value != 0x85)
  }

  /// The lowercase form of an ASCII letter; other scalars unchanged.
  @inline(__always)
  static func asciiLowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    if value >= 0x41 && value <= 0x5A { return Unicode.Scalar(UInt8(value + 32)) }
    return scalar
  }

  /// Whether `scalar` is a digit of any script.
  @inline(__always)
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value >= 0x30 && value <= 0x39 }
    return isNumeric(scalar)
  }

  /// Whether `scalar` is a lowercase letter.
  @inline(__always)
  static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value >= 0x61 && value <= 0x7A }
    return scalar.properties.isLowercase
  }

  /// Whether `scalar` is an uppercase letter.
  @inline(__always)
  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value >= 0x41 && value <= 0x5A }
    return scalar.properties.isUppercase
  }
}
