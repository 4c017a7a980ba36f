/// A stable 64-bit hash of any `Encodable` value: everything its `encode(to:)` writes (keys,
/// values, the shape of containers) is fed to `FNV1a`, without building JSON.
///
/// What a library uses to tell which stored rows changed (`StoredRows`): the same value gives
/// the same hash in every process, and a new field of a model type is hashed without anyone
/// having to list it.
///
/// ```swift
/// StableHash.of(story) == StableHash.of(storedStory)   // same story, same row
/// ```
enum StableHash {
  /// The hash of `value`.
  static func of<T: Encodable>(_ value: T) -> UInt64 {
    let sink = HashSink()
    // NB: the encoder only hashes; nothing it is given can make it fail.
    try? value.encode(to: HashingEncoder(sink: sink))
    return sink.hash.value
  }
}

/// Where the encoder's containers feed their bytes.
private final class HashSink {
  var hash = FNV1a()

  func tag(_ tag: UInt8) { hash.combine(byte: tag) }

  /// A key: tagged apart from every value, so a container's end shows.
  func key(_ key: any CodingKey) {
    hash.combine(byte: 10)
    text(key.stringValue)
  }

  func text(_ text: String) {
    for byte in text.utf8 { hash.combine(byte: byte) }
    hash.combine(byte: 0xFF)
  }

  func string(_ value: String) {
    tag(3)
    text(value)
  }

  func bool(_ value: Bool) { tag(value ? 4 : 5) }

  func int(_ value: Int64) {
    tag(6)
    number(UInt64(bitPattern: value))
  }

  func double(_ value: Double) {
    tag(8)
    number(value.bitPattern)
  }

  func number(_ value: UInt64) {
    var remaining = value
    for _ in 0..<8 {
      hash.combine(byte: UInt8(truncatingIfNeeded: remaining))
      remaining >>= 8
    }
  }
}

private struct HashingEncoder: Encoder {
  let sink: HashSink
  var codingPath: [any CodingKey] = []
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    sink.tag(1)
    return KeyedEncodingContainer(KeyedHasher<Key>(sink: sink))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    sink.tag(2)
    return UnkeyedHasher(sink: sink)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleHasher(sink: sink)
  }
}

private struct KeyedHasher<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let sink: HashSink
  var codingPath: [any CodingKey] = []

  mutating func encodeNil(forKey key: Key) throws {
    sink.key(key)
    sink.tag(9)
  }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    sink.key(key)
    try value.encode(to: HashingEncoder(sink: sink))
  }

  mutating func encode(_ value: String, forKey key: Key) throws {
    sink.key(key)
    sink.string(value)
  }

  mutating func encode(_ value: Bool, forKey key: Key) throws {
    sink.key(key)
    sink.bool(value)
  }

  mutating func encode(_ value: Int, forKey key: Key) throws {
    sink.key(key)
    sink.int(Int64(value))
  }

  mutating func encode(_ value: Double, forKey key: Key) throws {
    sink.key(key)
    sink.double(value)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    sink.key(key)
    sink.tag(1)
    return KeyedEncodingContainer(KeyedHasher<NestedKey>(sink: sink))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    sink.key(key)
    sink.tag(2)
    return UnkeyedHasher(sink: sink)
  }

  mutating func superEncoder() -> any Encoder { HashingEncoder(sink: sink) }
  mutating func superEncoder(forKey key: Key) -> any Encoder {
    sink.key(key)
    return HashingEncoder(sink: sink)
  }
}

private struct UnkeyedHasher: UnkeyedEncodingContainer {
  let sink: HashSink
  var codingPath: [any CodingKey] = []
  var count = 0

  mutating func encodeNil() throws {
    count += 1
    sink.tag(9)
  }

  mutating func encode<T: Encodable>(_ value: T) throws {
    count += 1
    try value.encode(to: HashingEncoder(sink: sink))
  }

  mutating func encode(_ value: String) throws {
    count += 1
    sink.string(value)
  }

  mutating func encode(_ value: Int) throws {
    count += 1
    sink.int(Int64(value))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    count += 1
    sink.tag(1)
    return KeyedEncodingContainer(KeyedHasher<NestedKey>(sink: sink))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    count += 1
    sink.tag(2)
    return UnkeyedHasher(sink: sink)
  }

  mutating func superEncoder() -> any Encoder { HashingEncoder(sink: sink) }
}

private struct SingleHasher: SingleValueEncodingContainer {
  let sink: HashSink
  var codingPath: [any CodingKey] = []

  mutating func encodeNil() throws { sink.tag(9) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    try value.encode(to: HashingEncoder(sink: sink))
  }

  mutating func encode(_ value: String) throws { sink.string(value) }
  mutating func encode(_ value: Bool) throws { sink.bool(value) }
  mutating func encode(_ value: Int) throws { sink.int(Int64(value)) }
  mutating func encode(_ value: Int64) throws { sink.int(value) }
  mutating func encode(_ value: UInt64) throws { sink.int(Int64(bitPattern: value)) }
  mutating func encode(_ value: Double) throws { sink.double(value) }
  mutating func encode(_ value: Float) throws { sink.double(Double(value)) }
}
