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
    var output = ""
    write(to: &output)
    return output
  }

  /// Appends the compact JSON text of the value to `output`.
  public func write(to output: inout String) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .int(let value): output += String(value)
    case .double(let value):
      if value.isFinite {
        output += value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
      } else {
        output += "null"
      }
    case .string(let value): Self.writeString(value, to: &output)
    case .array(let values):
      output += "["
      for (index, value) in values.enumerated() {
        if index > 0 { output += "," }
        value.write(to: &output)
      }
      output += "]"
    case .object(let fields):
      output += "{"
      for (index, (key, value)) in fields.enumerated() {
        if index > 0 { output += "," }
        Self.writeString(key, to: &output)
        output += ":"
        value.write(to: &output)
      }
      output += "}"
    }
  }

  static func writeString(_ text: String, to output: inout String) {
    // NB: text is copied a run at a time between the few places that need an escape, found
    // on its UTF-8 bytes: scalar by scalar, a library's first analysis spent a tenth of its
    // time here (news text is full of curly quotes, which start with the byte 0xE2).
    output += "\""
    let utf8 = text.utf8
    var runStart = utf8.startIndex
    var index = utf8.startIndex
    while index != utf8.endIndex {
      let (escape, length) = Self.escape(at: index, in: utf8)
      guard let escape else {
        index = utf8.index(index, offsetBy: length)
        continue
      }
      output += text[runStart..<index]
      output += escape
      index = utf8.index(index, offsetBy: length)
      runStart = index
    }
    output += text[runStart..<utf8.endIndex]
    output += "\""
  }

  /// The escape for the scalar starting at `index` (`nil` when it is written as it is), and
  /// how many bytes to move on: escaped are `"`, `\`, C0, DEL and C1 controls, U+2028, U+2029,
  /// U+202A–U+202E and U+2066–U+2069.
  private static func escape(at index: String.Index, in utf8: String.UTF8View) -> (String?, Int) {
    let byte = utf8[index]
    switch byte {
    case 0x22: return ("\\\"", 1)
    case 0x5C: return ("\\\\", 1)
    case 0x0A: return ("\\n", 1)
    case 0x0D: return ("\\r", 1)
    case 0x09: return ("\\t", 1)
    case 0..<0x20, 0x7F: return (unicodeEscape(UInt32(byte)), 1)
    case 0xC2, 0xE2:
      let second = utf8.index(after: index)
      guard second != utf8.endIndex else { return (nil, 1) }
      let next = utf8[second]
      if byte == 0xC2 {
        // C1 controls: U+0080–U+009F.
        return (0x80...0x9F).contains(next) ? (unicodeEscape(UInt32(next)), 2) : (nil, 2)
      }
      let third = utf8.index(after: second)
      guard third != utf8.endIndex, next == 0x80 || next == 0x81 else { return (nil, 1) }
      let scalar = 0x2000 | UInt32(next & 0x3F) << 6 | UInt32(utf8[third] & 0x3F)
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
