/// 64-bit FNV-1a hashing: stable across runs and platforms, unlike `Hasher`, so fingerprints
/// can be stored and compared later.
///
/// The one FNV-1a of Storyline: words, terms, fingerprints and ids all hash through it, bytes
/// (`combine(byte:)`, for UTF-8 and ASCII) or scalars (`combine(_:)`, each scalar's value byte by
/// byte, low byte first, stopping at its last non-zero byte).
struct FNV1a {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  /// Adds one byte.
  @inline(__always)
  mutating func combine(byte: UInt8) {
    value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
  }

  /// Adds the four bytes of a 32-bit value as one step (for hashing numbers, not text).
  @inline(__always)
  mutating func combine(word: UInt32) {
    value = (value ^ UInt64(word)) &* 0x0000_0100_0000_01B3
  }

  /// Adds a string's UTF-8 bytes.
  @inline(__always)
  mutating func combine(utf8 text: String) {
    for byte in text.utf8 { combine(byte: byte) }
  }

  /// The hash of `bytes`.
  static func hash(bytes: some Sequence<UInt8>) -> UInt64 {
    var hash = FNV1a()
    for byte in bytes { hash.combine(byte: byte) }
    return hash.value
  }

  /// The hash of a string's UTF-8 bytes.
  static func hash(utf8 text: String) -> UInt64 {
    var hash = FNV1a()
    hash.combine(utf8: text)
    return hash.value
  }

  @inline(__always)
  mutating func combine(_ scalar: Unicode.Scalar) {
    var remaining = scalar.value
    repeat {
      value ^= UInt64(remaining & 0xFF)
      value &*= 0x0000_0100_0000_01B3
      remaining >>= 8
    } while remaining != 0
  }
}

extension FNV1a {
  /// The hash of `text`'s Unicode scalars.
  static func hash(of text: String) -> UInt64 {
    var hash = FNV1a()
    for scalar in text.unicodeScalars { hash.combine(scalar) }
    return hash.value
  }

  /// The low 32 bits of the hash of `text`, as eight lowercase hex digits.
  static func hex8(of text: String) -> String {
    let hex = String(hash(of: text) & 0xFFFF_FFFF, radix: 16)
    return String(repeating: "0", count: 8 - hex.count) + hex
  }
}
