import Foundation

/// Reads what `BinaryWriter` wrote, checking every length against the bytes left, so damaged
/// or truncated state is an error, never a crash.
struct BinaryReader {
  /// The state could not be read: cut short or not written by this layout.
  struct Damaged: Error, CustomStringConvertible {
    var description: String { "the saved analysis state is damaged" }
  }

  private let bytes: [UInt8]
  private var position = 0

  /// A reader over `data`.
  init(_ data: Data) {
    bytes = [UInt8](data)
  }

  /// A reader over `bytes`, sharing their storage.
  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// A reader over a copy of `bytes` (a part of a state, `bytes(count:)`).
  init(_ bytes: ArraySlice<UInt8>) {
    self.bytes = Array(bytes)
  }

  /// Reads `count` bytes as they are, sharing the reader's storage (a part to read later).
  mutating func bytes(count: Int) throws(Damaged) -> ArraySlice<UInt8> {
    guard count >= 0, bytes.count - position >= count else { throw Damaged() }
    defer { position += count }
    return bytes[position..<position + count]
  }

  /// Whether every byte has been read.
  var isAtEnd: Bool { position == bytes.count }

  /// Reads a varint.
  mutating func uint64() throws(Damaged) -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard position < bytes.count, shift < 64 else { throw Damaged() }
      let byte = bytes[position]
      position += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
  }

  /// Reads a signed integer.
  mutating func int() throws(Damaged) -> Int {
    let raw = try uint64()
    let value = Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    guard let result = Int(exactly: value) else { throw Damaged() }
    return result
  }

  /// Reads a count, refusing one larger than the bytes left could hold (each element takes at
  /// least `minimumSize` bytes).
  mutating func count(minimumSize: Int = 1) throws(Damaged) -> Int {
    let value = try uint64()
    guard value <= UInt64(bytes.count - position) / UInt64(max(1, minimumSize)) else {
      throw Damaged()
    }
    return Int(value)
  }

  /// Reads eight bytes as a 64-bit value.
  mutating func fixed() throws(Damaged) -> UInt64 {
    guard bytes.count - position >= 8 else { throw Damaged() }
    var value: UInt64 = 0
    for offset in 0..<8 { value |= UInt64(bytes[position + offset]) << (8 * UInt64(offset)) }
    position += 8
    return value
  }

  /// Reads integers that `BinaryWriter.writeFixedWidth(_:)` wrote, in one copy.
  mutating func fixedWidth<Integer: FixedWidthInteger>(
    _ type: Integer.Type
  ) throws(Damaged) -> [Integer] {
    let size = MemoryLayout<Integer>.size
    let count = try count(minimumSize: size)
    var values = [Integer](repeating: 0, count: count)
    values.withUnsafeMutableBytes { target in
      bytes.withUnsafeBytes { source in
        target.copyMemory(
          from: UnsafeRawBufferPointer(rebasing: source[position..<position + count * size]))
      }
    }
    position += count * size
    #if _endian(big)
      for index in values.indices { values[index] = Integer(littleEndian: values[index]) }
    #endif
    return values
  }

  /// Reads a float.
  mutating func float() throws(Damaged) -> Float {
    guard bytes.count - position >= 4 else { throw Damaged() }
    var bits: UInt32 = 0
    for offset in 0..<4 { bits |= UInt32(bytes[position + offset]) << (8 * UInt32(offset)) }
    position += 4
    return Float(bitPattern: bits)
  }

  /// Reads a double.
  mutating func double() throws(Damaged) -> Double {
    Double(bitPattern: try fixed())
  }

  /// Reads a flag.
  mutating func bool() throws(Damaged) -> Bool {
    guard position < bytes.count, bytes[position] <= 1 else { throw Damaged() }
    position += 1
    return bytes[position - 1] == 1
  }

  /// Reads a string.
  mutating func string() throws(Damaged) -> String {
    let length = try count()
    let text = String(decoding: bytes[position..<position + length], as: UTF8.self)
    position += length
    return text
  }

  /// Reads an optional written with `BinaryWriter.write(_:_:)`.
  mutating func optional<T>(_ body: (inout BinaryReader) throws(Damaged) -> T) throws(Damaged)
    -> T?
  {
    try bool() ? try body(&self) : nil
  }

  /// Reads a collection written with `BinaryWriter.write(_:_:)`.
  mutating func array<T>(_ body: (inout BinaryReader) throws(Damaged) -> T) throws(Damaged)
    -> [T]
  {
    let count = try count()
    var values: [T] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try body(&self)) }
    return values
  }
}
