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
