/// 64-bit FNV-1a hashing: stable across runs and platforms, unlike `Hasher`, so fingerprints
/// can be stored and compared later.
struct FNV1a {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

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
