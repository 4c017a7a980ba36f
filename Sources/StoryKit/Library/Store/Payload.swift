import Foundation

/// How values too rich for columns are stored: JSON, in a BLOB column.
///
/// JSON keeps the library readable with the `sqlite3` shell and tolerant of added fields;
/// the columns beside each payload carry what queries filter and sort on.
enum Payload {
  /// The JSON of `value`, keys sorted: the same value always gives the same bytes, so an
  /// update can tell a changed row by its payload's hash (`StoredRows`).
  static func encode<T: Encodable>(_ value: T) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return try encoder.encode(value)
  }

  /// The value stored as `data`.
  static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
    try JSONDecoder().decode(type, from: data)
  }
}
