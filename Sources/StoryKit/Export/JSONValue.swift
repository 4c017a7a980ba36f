/// A JSON value with ordered object keys, for output whose field order is a contract.
///
/// Serialisation escapes every control character (C0, DEL and C1), the line separators
/// U+2028/U+2029 and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069),
/// so article text can never reach a terminal as raw control bytes or reorder what follows it.
///
/// ```swift
/// let value: JSONValue = .object([("id", .string("a1")), ("words", .int(42))])
/// value.serialized()  // {"id":"a1","words":42}
/// ```
public enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  /// An object; keys keep the order given.
  case object([(String, JSONValue)])

  /// A string value, or `null` when `text` is `nil`.
  public static func string(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }

  /// The compact JSON text of the value.
  public func serialized() -> String {
    var output: [UInt8] = []
    write(to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// Appends the compact JSON text of the value to `output`.
  public func write(to output: inout String) {
    output += serialized()
  }

  /// Appends the compact JSON text of the value to `output`, as UTF-8.
  func write(to output: inout [UInt8]) {
    switch self {
    case .null: output += "null".utf8
    case .bool(let value): output += (value ? "true" : "false").utf8
    case .int(let value): output += String(value).utf8
    case .double(let value):
      if value.isFinite {
        output +=
          (value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)).utf8
      } else {
        output += "null".utf8
      }
    case .string(let value): Self.writeString(value, to: &output)
    case .array(let values):
      output.append(UInt8(ascii: "["))
      for (index, value) in values.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        value.write(to: &output)
      }
      output.append(UInt8(ascii: "]"))
    case .object(let fields):
      output.append(UInt8(ascii: "{"))
      for (index, (key, value)) in fields.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        Self.writeString(key, to: &output)
        output.append(UInt8(ascii: ":"))
        value.write(to: &output)
      }
      output.append(UInt8(ascii: "}"))
    }
  }

  /// Appends `text` as a JSON string, in UTF-8, escaped as the type's comment says.
  static func writeString(_ text: String, to output: inout [UInt8]) {
    // NB: the bytes are copied a run at a time between the few places that need an escape;
    // scalar by scalar, a library's first analysis spent a tenth of its time here (news text
    // is full of curly quotes, which start with the byte 0xE2), and walking `String.Index`es
    // byte by byte, a twentieth.
    output.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      var runStart = 0
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x5C {
          index += 1
          continue
        }
        let (escape, length) = Self.escape(at: index, in: bytes)
        guard let escape else {
          index += length
          continue
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        output += escape.utf8
        index += length
        runStart = index
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
    output.append(UInt8(ascii: "\""))
  }

  /// The escape for the scalar starting at `index` (`nil` when it is written as it is), and
  /// how many bytes to move on: escaped are `"`, `\`, C0, DEL and C1 controls, U+2028, U+2029,
  /// U+202A–U+202E and U+2066–U+2069.
  private static func escape(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (
    String?, Int
  ) {
    let byte = bytes[index]
    switch byte {
    case 0x22: return ("\\\"", 1)
    case 0x5C: return ("\\\\", 1)
    case 0x0A: return ("\\n", 1)
    case 0x0D: return ("\\r", 1)
    case 0x09: return ("\\t", 1)
    case 0..<0x20, 0x7F: return (unicodeEscape(UInt32(byte)), 1)
    case 0xC2, 0xE2:
      guard index + 1 < bytes.count else { return (nil, 1) }
      let next = bytes[index + 1]
      if byte == 0xC2 {
        // C1 controls: U+0080–U+009F.
        return (0x80...0x9F).contains(next) ? (unicodeEscape(UInt32(next)), 2) : (nil, 2)
      }
      guard index + 2 < bytes.count, next == 0x80 || next == 0x81 else { return (nil, 1) }
      let scalar = 0x2000 | UInt32(next & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
      let escaped =
        (0x2028...0x202E).contains(scalar) || (0x2066...0x2069).contains(scalar)
      return (escaped ? unicodeEscape(scalar) : nil, 3)
    default:
      return (nil, 1)
    }
  }

  /// `\u001b` for U+001B.
  private static func unicodeEscape(_ value: UInt32) -> String {
    let hex = String(value, radix: 16)
    return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
  }

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.serialized() == rhs.serialized()
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }
}
