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
    // NB: most strings need no escape at all; checking their UTF-8 bytes is much faster
    // than appending them scalar by scalar.
    let plain = text.utf8.allSatisfy { byte in
      byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0x7F && byte != 0xC2 && byte != 0xE2
    }
    if plain {
      output += "\""
      output += text
      output += "\""
      return
    }
    output.unicodeScalars.append("\"")
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      default:
        let value = scalar.value
        if value < 0x20 || (value >= 0x7F && value <= 0x9F) || value == 0x2028 || value == 0x2029
          || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
        {
          output += "\\u"
          let hex = String(value, radix: 16)
          output += String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output.unicodeScalars.append("\"")
  }

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.serialized() == rhs.serialized()
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }
}
