import Foundation

/// Writes an `Encodable` value as compact JSON in one pass, in the order its `encode(to:)`
/// writes (declaration order, for synthesised conformances): what a library stores as a row's
/// payload (`Payload`).
///
/// Foundation's `JSONEncoder` builds a tree of every value, checks each one for its special
/// types and sorts keys; a first analysis of 100k articles spent a quarter of its writing time
/// there. This encoder appends to the output as values arrive and closes containers when a
/// value goes to an outer one, so it handles what synthesised conformances do (and every
/// conformance in StoryKit). Anything else gives `nil`, for the caller to use `JSONEncoder`:
/// a value written to a container already closed, a value that writes nothing, a non-finite
/// number, or a type `JSONEncoder` writes its own way (`Date`, `Data`, `URL`, `Decimal`).
///
/// Strings are escaped as every JSON output of Storyline escapes them
/// (`JSONValue.writeString`).
///
/// ```swift
/// PayloadEncoder.encode(quote)   // {"id":"a#1f2e","article":"a",…}
/// ```
enum PayloadEncoder {
  /// The JSON of `value`, or `nil` when it must be written by `JSONEncoder`.
  static func encode<T: Encodable>(_ value: T) -> Data? {
    guard !PayloadWriter.isSpecial(T.self) else { return nil }
    let writer = PayloadWriter()
    do {
      try value.encode(to: PayloadValueEncoder(writer: writer))
    } catch {
      return nil
    }
    return writer.finish()
  }
}

/// The output and its open containers.
private final class PayloadWriter {
  /// An open container: its number, and how many values it holds so far.
  struct Frame {
    var id: Int
    var isObject: Bool
    var count: Int
  }

  var output: [UInt8] = []
  var stack: [Frame] = []
  var nextID = 0
  /// A key or the top level waits for its value.
  var pendingValue = true
  var failed = false

  init() { output.reserveCapacity(1024) }

  static func isSpecial(_ type: Any.Type) -> Bool {
    type == Date.self || type == Data.self || type == URL.self || type == Decimal.self
  }

  /// Closes every container above `id`; fails when `id` is not open.
  func reach(_ id: Int) -> Bool {
    guard stack.contains(where: { $0.id == id }) else {
      failed = true
      return false
    }
    while let top = stack.last, top.id != id { close() }
    return true
  }

  private func close() {
    guard let top = stack.popLast() else { return }
    output.append(UInt8(ascii: top.isObject ? "}" : "]"))
  }

  /// Starts a value in container `id`: a comma after the one before, and its key.
  func startValue(in id: Int, key: String?) -> Bool {
    guard reach(id), var top = stack.popLast() else { return false }
    if top.count > 0 { output.append(UInt8(ascii: ",")) }
    top.count += 1
    stack.append(top)
    if let key {
      JSONValue.writeString(key, to: &output)
      output.append(UInt8(ascii: ":"))
    }
    pendingValue = true
    return true
  }

  /// Opens a container at the pending value position; returns its number.
  func open(object: Bool) -> Int {
    if !pendingValue { failed = true }
    pendingValue = false
    output.append(UInt8(ascii: object ? "{" : "["))
    nextID += 1
    stack.append(Frame(id: nextID, isObject: object, count: 0))
    return nextID
  }

  /// Writes a plain value (number, `true`, `null`…) at the pending position.
  func scalar(_ text: String) {
    if !pendingValue { failed = true }
    pendingValue = false
    output += text.utf8
  }

  func string(_ text: String) {
    if !pendingValue { failed = true }
    pendingValue = false
    JSONValue.writeString(text, to: &output)
  }

  func number<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F) {
    guard value.isFinite else {
      failed = true
      return
    }
    scalar(value.description)
  }

  /// Encodes `value` at the pending position, through its own `encode(to:)`.
  func encode<T: Encodable>(_ value: T) throws {
    if Self.isSpecial(T.self) { failed = true }
    let stackDepth = stack.count
    try value.encode(to: PayloadValueEncoder(writer: self))
    // NB: a value that wrote nothing (an empty custom conformance) is `{}`, as JSONEncoder
    // writes it.
    if pendingValue && stack.count == stackDepth {
      output += "{}".utf8
      pendingValue = false
    }
  }

  func finish() -> Data? {
    while !stack.isEmpty { close() }
    guard !failed, !pendingValue else { return nil }
    return Data(output)
  }
}

/// The encoder handed to a value's `encode(to:)`: its container opens at the pending position.
private struct PayloadValueEncoder: Encoder {
  let writer: PayloadWriter
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(
      PayloadKeyedContainer<Key>(writer: writer, id: writer.open(object: true)))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    PayloadUnkeyedContainer(writer: writer, id: writer.open(object: false))
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    PayloadSingleValueContainer(writer: writer)
  }
}

private struct PayloadKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let writer: PayloadWriter
  let id: Int
  var codingPath: [any CodingKey] { [] }

  private func start(_ key: Key) -> Bool { writer.startValue(in: id, key: key.stringValue) }

  mutating func encodeNil(forKey key: Key) throws {
    if start(key) { writer.scalar("null") }
  }
  mutating func encode(_ value: Bool, forKey key: Key) throws {
    if start(key) { writer.scalar(value ? "true" : "false") }
  }
  mutating func encode(_ value: String, forKey key: Key) throws {
    if start(key) { writer.string(value) }
  }
  mutating func encode(_ value: Int, forKey key: Key) throws {
    if start(key) { writer.scalar(String(value)) }
  }
  mutating func encode(_ value: Int64, forKey key: Key) throws {
    if start(key) { writer.scalar(String(value)) }
  }
  mutating func encode(_ value: UInt64, forKey key: Key) throws {
    if start(key) { writer.scalar(String(value)) }
  }
  mutating func encode(_ value: Double, forKey key: Key) throws {
    if start(key) { writer.number(value) }
  }
  mutating func encode(_ value: Float, forKey key: Key) throws {
    if start(key) { writer.number(value) }
  }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    if start(key) { try writer.encode(value) }
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    _ = start(key)
    return KeyedEncodingContainer(
      PayloadKeyedContainer<NestedKey>(writer: writer, id: writer.open(object: true)))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    _ = start(key)
    return PayloadUnkeyedContainer(writer: writer, id: writer.open(object: false))
  }

  mutating func superEncoder() -> any Encoder {
    _ = writer.startValue(in: id, key: "super")
    return PayloadValueEncoder(writer: writer)
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    _ = start(key)
    return PayloadValueEncoder(writer: writer)
  }
}

private struct PayloadUnkeyedContainer: UnkeyedEncodingContainer {
  let writer: PayloadWriter
  let id: Int
  var codingPath: [any CodingKey] { [] }
  var count = 0

  private mutating func start() -> Bool {
    count += 1
    return writer.startValue(in: id, key: nil)
  }

  mutating func encodeNil() throws {
    if start() { writer.scalar("null") }
  }
  mutating func encode(_ value: Bool) throws {
    if start() { writer.scalar(value ? "true" : "false") }
  }
  mutating func encode(_ value: String) throws {
    if start() { writer.string(value) }
  }
  mutating func encode(_ value: Int) throws {
    if start() { writer.scalar(String(value)) }
  }
  mutating func encode(_ value: Int64) throws {
    if start() { writer.scalar(String(value)) }
  }
  mutating func encode(_ value: UInt64) throws {
    if start() { writer.scalar(String(value)) }
  }
  mutating func encode(_ value: Double) throws {
    if start() { writer.number(value) }
  }
  mutating func encode(_ value: Float) throws {
    if start() { writer.number(value) }
  }
  mutating func encode<T: Encodable>(_ value: T) throws {
    if start() { try writer.encode(value) }
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    _ = start()
    return KeyedEncodingContainer(
      PayloadKeyedContainer<NestedKey>(writer: writer, id: writer.open(object: true)))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    _ = start()
    return PayloadUnkeyedContainer(writer: writer, id: writer.open(object: false))
  }

  mutating func superEncoder() -> any Encoder {
    _ = start()
    return PayloadValueEncoder(writer: writer)
  }
}

private struct PayloadSingleValueContainer: SingleValueEncodingContainer {
  let writer: PayloadWriter
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil() throws { writer.scalar("null") }
  mutating func encode(_ value: Bool) throws { writer.scalar(value ? "true" : "false") }
  mutating func encode(_ value: String) throws { writer.string(value) }
  mutating func encode(_ value: Int) throws { writer.scalar(String(value)) }
  mutating func encode(_ value: Int8) throws { writer.scalar(String(value)) }
  mutating func encode(_ value: Int16) throws { writer.scalar(String(value)) }
  mutating func encode(_ value: Int32) throws { writer.scalar(String(value)) }
  mutating func encode(_ value: Int64) throws { writer.scalar(String(value)) }
  mutating func encode(_ value: UInt) throws { writer.scalar(String(value)) }
  mutating func encode(_ value: UInt8) throws { writer.scalar(String(value)) }
  mutating func encode(_ value: UInt16) throws { writer.scalar(String(value)) }
  mutating func encode(_ value: UInt32) throws { writer.scalar(String(value)) }
  mutating func encode(_ value: UInt64) throws { writer.scalar(String(value)) }
  mutating func encode(_ value: Double) throws { writer.number(value) }
  mutating func encode(_ value: Float) throws { writer.number(value) }
  mutating func encode<T: Encodable>(_ value: T) throws { try writer.encode(value) }
}
