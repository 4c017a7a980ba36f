import Foundation

/// How values too rich for columns are stored: JSON, in a BLOB column.
///
/// JSON keeps the library readable with the `sqlite3` shell and tolerant of added fields;
/// the columns beside each payload carry what queries filter and sort on.
enum Payload {
  /// The JSON of `value`: the same value always gives the same bytes. Written in one pass
  /// (`PayloadEncoder`), or by `JSONEncoder` with sorted keys for what that cannot write.
  static func encode<T: Encodable>(_ value: T) throws -> Data {
    if let data = PayloadEncoder.encode(value) { return data }
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return try encoder.encode(value)
  }

  /// The value stored as `data`.
  static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
    try JSONDecoder().decode(type, from: data)
  }
}
