import Foundation

/// Writes values as compact little-endian bytes: the library's saved analysis state
/// (`AnalysisState`), which holds millions of numbers that JSON would make slow and large.
///
/// Integers are LEB128 varints (small values take one byte); floats their 4 bytes; strings a
/// length and their UTF-8 bytes. `BinaryReader` reads the same layout back.
///
/// ```swift
/// var writer = BinaryWriter()
/// writer.write(42)
/// writer.write("Lavrov")
/// var reader = BinaryReader(writer.data)
/// let number = try reader.int()      // 42
/// let name = try reader.string()     // "Lavrov"
/// ```
struct BinaryWriter {
  /// The bytes written so far.
  private(set) var bytes: [UInt8] = []

  /// The bytes written so far, as `Data`.
  var data: Data { Data(bytes) }

  /// Writes an unsigned integer as a varint.
  mutating func write(_ value: UInt64) {
    var remaining = value
    while remaining >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: remaining) | 0x80)
      remaining >>= 7
    }
    bytes.append(UInt8(remaining))
  }

  /// Writes a signed integer (zig-zag, so small negatives stay small).
  mutating func write(_ value: Int) {
    let wide = Int64(value)
    write(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
  }

  /// Writes a 64-bit value as its eight bytes (hashes, which a varint would lengthen).
  mutating func writeFixed(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// Writes integers as a count and then their little-endian bytes back to back, so a reader
  /// takes them in one copy (`BinaryReader.fixedWidth(_:)`), not one varint at a time.
  mutating func writeFixedWidth<Integer: FixedWidthInteger>(_ values: [Integer]) {
    write(UInt64(values.count))
    #if _endian(big)
      values.map(\.littleEndian).withUnsafeBytes { bytes.append(contentsOf: $0) }
    #else
      values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    #endif
  }

  /// Appends bytes as they are (a part written before, `BinaryReader.bytes(count:)`).
  mutating func append(_ bytes: ArraySlice<UInt8>) {
    self.bytes.append(contentsOf: bytes)
  }

  /// Writes a float as its four bytes.
  mutating func write(_ value: Float) {
    withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// Writes a double as its eight bytes.
  mutating func write(_ value: Double) {
    writeFixed(value.bitPattern)
  }

  /// Writes a flag.
  mutating func write(_ value: Bool) {
    bytes.append(value ? 1 : 0)
  }

  /// Writes a string: its UTF-8 length, then its bytes.
  mutating func write(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      write(UInt64(utf8.count))
      bytes.append(contentsOf: utf8)
    }
  }

  /// Writes an optional: a flag, then the value when there is one.
  mutating func write<T>(_ value: T?, _ body: (inout BinaryWriter, T) -> Void) {
    write(value != nil)
    if let value { body(&self, value) }
  }

  /// Writes a count, then each element with `body`.
  mutating func write<C: Collection>(_ values: C, _ body: (inout BinaryWriter, C.Element) -> Void) {
    write(UInt64(values.count))
    for value in values { body(&self, value) }
  }
}
