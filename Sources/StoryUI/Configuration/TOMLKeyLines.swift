/// The line each key of a TOML document stands on, by table, so a message about a value can
/// name its line.
///
/// NB: TOMLKit gives values without their place in the file (only parse errors carry one), so
/// the lines are found again in the text: a `[table]` header starts a table, and `key = …`
/// (bare, quoted or dotted) names a key in it. Lines inside multi-line strings or arrays may
/// be misread; a key not found gives `nil`, and its table's header line is used instead.
///
/// ```swift
/// let lines = TOMLKeyLines("mouse = true\n\n[keys]\nopen = [\"l\"]\n")
/// lines.line(of: "open", in: "keys")  // 4
/// lines.line(of: "mouse")             // 1
/// ```
struct TOMLKeyLines: Sendable {
  /// Lines by table name (`""` is the top level), then key.
  private var keys: [String: [String: Int]] = [:]
  /// The header line of each table.
  private var headers: [String: Int] = [:]

  /// Indexes the keys of `text`.
  init(_ text: String) {
    var table = ""
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = Self.trimmed(Substring(raw))
      let number = index + 1
      if line.hasPrefix("[["), let end = line.firstIndex(of: "]") {
        table = Self.unquoted(line[line.index(line.startIndex, offsetBy: 2)..<end])
        if headers[table] == nil { headers[table] = number }
      } else if line.hasPrefix("["), let end = line.firstIndex(of: "]") {
        table = Self.unquoted(line[line.index(after: line.startIndex)..<end])
        if headers[table] == nil { headers[table] = number }
      } else if !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") {
        var key = Self.trimmed(line[..<equals])
        var owner = table
        // NB: a dotted key (`keys.open = …`) at the top level names a key in another table.
        if !key.hasPrefix("\""), !key.hasPrefix("'"), let dot = key.lastIndex(of: ".") {
          let prefix = Self.unquoted(key[..<dot])
          owner = owner.isEmpty ? prefix : owner + "." + prefix
          key = key[key.index(after: dot)...]
        }
        let name = Self.unquoted(key)
        if keys[owner, default: [:]][name] == nil { keys[owner, default: [:]][name] = number }
      }
    }
  }

  /// The line of `key` in `table` (`""`: the top level), else of the table's header.
  func line(of key: String, in table: String = "") -> Int? {
    keys[table]?[key] ?? headers[table]
  }

  /// The line of the header of `table`.
  func header(of table: String) -> Int? {
    headers[table]
  }

  private static func trimmed(_ text: Substring) -> Substring {
    var text = text.drop(while: \.isWhitespace)
    while let last = text.last, last.isWhitespace { text = text.dropLast() }
    return text
  }

  private static func unquoted(_ text: Substring) -> String {
    let text = trimmed(text)
    if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
      return String(text.dropFirst().dropLast())
    }
    return String(text)
  }
}
