import StoryKit
import TOMLKit

extension ReaderConfiguration {
  /// The settings a file may have at its top level.
  static let settingNames = ["mouse", "sort", "keys", "colors"]

  /// The orders `sort` may name, as the status line names them.
  static let orderNames: [(name: String, order: StoryOrder)] = [
    ("newest", .newest), ("largest", .size), ("title", .title),
  ]

  /// How many syntax errors are skipped, a line each, before the rest of the file is given up.
  static let maximumSyntaxErrors = 10

  /// Reads a configuration file (TOML); what cannot be used is reported in ``problems``, with
  /// its line, and the default is kept for it. A missing file gives ``default``.
  ///
  /// ```toml
  /// mouse = false          # leave the mouse to the terminal (selecting text)
  /// sort = "largest"       # newest | largest | title
  ///
  /// [keys]                 # action = key or [keys]; replaces the action's keys
  /// move-down = ["j", "Down", "Ctrl-n"]
  /// open-url = "o"
  /// diff = []              # no key
  ///
  /// [colors]               # role = "colours and attributes"
  /// quote = "green"
  /// speaker = "bold yellow"
  /// match = "black on 220"
  /// ```
  ///
  /// - A line TOML cannot read is reported with the parser's reason and skipped (a table header,
  ///   with its table); the rest of
  ///   the file is read again without it (after ``maximumSyntaxErrors`` such lines, the file
  ///   is given up and the defaults are used).
  /// - A bad value names its key (`sort: …`, `keys.open: …`, `colors.quote: …`), and that
  ///   setting keeps its default; an unknown action, role or setting is reported the same way.
  ///
  /// - Parameter file: The file, as the caller found it.
  public init(file: ConfigurationFile) {
    self.init()
    switch file.contents {
    case .missing: return
    case .unreadable(let reason):
      problems.append(
        ConfigurationProblem(
          path: file.path, line: nil,
          message: "cannot read the file (\(TerminalText.sanitized(reason))); "
            + "the defaults are used"))
    case .text(let text):
      defer {
        // NB: in file order, whatever order the parser met them in (it may report a later
        // line first); problems of the whole file (no line, such as giving up) last.
        problems = problems.enumerated().sorted {
          ($0.element.line ?? Int.max, $0.offset) < ($1.element.line ?? Int.max, $1.offset)
        }.map(\.element)
      }
      guard let table = parse(text, path: file.path) else { return }
      read(table, lines: TOMLKeyLines(text), path: file.path)
    }
  }

  /// Parses `text`, skipping each line the parser stops on (reported) and trying again.
  private mutating func parse(_ text: String, path: String) -> TOMLTable? {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for _ in 0..<Self.maximumSyntaxErrors {
      do {
        return try TOMLTable(string: lines.joined(separator: "\n"))
      } catch let error as TOMLParseError {
        let line = error.source.begin.line
        let reason = TerminalText.sanitized(Self.sentence(error.description))
        guard lines.indices.contains(line - 1), !lines[line - 1].isEmpty else {
          problems.append(
            ConfigurationProblem(
              path: path, line: line,
              message: "\(reason); the rest of the file cannot be read, the defaults are used"))
          return nil
        }
        let isHeader = lines[line - 1].drop(while: \.isWhitespace).hasPrefix("[")
        // NB: the parser's reason does not name the key; the line does (`sort = largest`).
        let key = isHeader ? nil : Self.key(onLine: lines[line - 1])
        problems.append(
          ConfigurationProblem(
            path: path, line: line,
            message: (key.map { $0 + ": " } ?? "") + reason
              + (isHeader ? "; the table is skipped" : "; the line is skipped")))
        lines[line - 1] = ""
        // NB: without its header, a table's lines would land in the table above it.
        var next = line
        while isHeader, next < lines.count, !lines[next].drop(while: \.isWhitespace).hasPrefix("[")
        {
          lines[next] = ""
          next += 1
        }
      } catch {
        problems.append(
          ConfigurationProblem(
            path: path, line: nil,
            message: "cannot read the file (\(error)); the defaults are used"))
        return nil
      }
    }
    problems.append(
      ConfigurationProblem(
        path: path, line: nil,
        message: "more than \(Self.maximumSyntaxErrors) lines cannot be read; "
          + "the file is not used, the defaults are"))
    return nil
  }

  /// The key a `key = value` line sets, when the line reads as one.
  static func key(onLine line: String) -> String? {
    guard let equals = line.firstIndex(of: "=") else { return nil }
    var key = line[..<equals].drop(while: \.isWhitespace)
    while key.last?.isWhitespace == true { key = key.dropLast() }
    guard !key.isEmpty, !key.hasPrefix("#") else { return nil }
    return TerminalText.sanitized(String(key))
  }

  /// Applies the settings of a parsed file, in file order.
  private mutating func read(_ table: TOMLTable, lines: TOMLKeyLines, path: String) {
    let keys = table.keys.sorted { (lines.line(of: $0) ?? 0) < (lines.line(of: $1) ?? 0) }
    for key in keys {
      guard let value = table[key] else { continue }
      let line = lines.line(of: key)
      func report(_ message: String) {
        problems.append(ConfigurationProblem(path: path, line: line, message: message))
      }
      switch key {
      case "mouse":
        guard let flag = value.bool else {
          report("mouse: expected true or false, found \(Self.shown(value)); the mouse stays on")
          continue
        }
        mouse = flag
      case "sort":
        let names = Self.orderNames.map(\.name)
        guard let name = value.string,
          let order = Self.orderNames.first(where: { $0.name == name.lowercased() })?.order
        else {
          report(
            "sort: expected one of \(names.joined(separator: ", ")), found \(Self.shown(value)); "
              + "newest is used")
          continue
        }
        self.order = order
      case "keys":
        guard let bindings = value.table else {
          report("keys: expected a table ([keys] with lines such as open = [\"Enter\", \"l\"])")
          continue
        }
        readKeys(bindings, lines: lines, path: path)
      case "colors", "colours":
        guard let colours = value.table else {
          report("\(key): expected a table ([colors] with lines such as quote = \"green\")")
          continue
        }
        readColours(colours, table: key, lines: lines, path: path)
      default:
        report(
          "unknown setting \"\(TerminalText.sanitized(key))\"; the file may set "
            + Self.settingNames.joined(separator: ", "))
      }
    }
  }

  /// Applies `[keys]`: each action gets the keys listed (see ``Keymap/replaceKeys(of:with:line:)``).
  private mutating func readKeys(_ table: TOMLTable, lines: TOMLKeyLines, path: String) {
    for (name, value, line) in Self.entries(of: table, named: "keys", lines: lines) {
      func report(_ message: String) {
        problems.append(Self.problem(message, path: path, table: "keys", key: name, line: line))
      }
      guard let action = Action(rawValue: name.lowercased()) else {
        let known = Action.allCases.map(\.rawValue).joined(separator: ", ")
        report("unknown action; use one of \(known)")
        continue
      }
      let keyNames: [String]
      if let single = value.string {
        keyNames = [single]
      } else if let array = value.array, array.allSatisfy({ $0.string != nil }) {
        keyNames = array.compactMap(\.string)
      } else {
        report(
          "expected a key name or a list of them, such as [\"Enter\", \"l\"], found "
            + "\(Self.shown(value)); its keys stay as they were")
        continue
      }
      for problem in keymap.replaceKeys(of: action, with: keyNames, line: line) {
        report(problem.message + "; the action's keys stay as they were")
      }
    }
  }

  /// Applies `[colors]`: a style per role (see ``RoleStyle/init(spec:)``).
  private mutating func readColours(
    _ table: TOMLTable, table name: String, lines: TOMLKeyLines, path: String
  ) {
    for (roleName, value, line) in Self.entries(of: table, named: name, lines: lines) {
      func report(_ message: String) {
        problems.append(Self.problem(message, path: path, table: name, key: roleName, line: line))
      }
      guard let role = Role(rawValue: roleName.lowercased()) else {
        let known = Role.allCases.map(\.rawValue).joined(separator: ", ")
        report("unknown role; use one of \(known)")
        continue
      }
      guard let spec = value.string else {
        report(
          "expected a string such as \"bold yellow\", found \(Self.shown(value)); "
            + "the default look is kept")
        continue
      }
      do throws(StyleSpecError) {
        styles[role] = try RoleStyle(spec: spec)
      } catch {
        report("\(error); the default look is kept")
      }
    }
  }

  /// The entries of a table in the order the file gives them, each with its line.
  private static func entries(of table: TOMLTable, named name: String, lines: TOMLKeyLines)
    -> [(key: String, value: any TOMLValueConvertible, line: Int?)]
  {
    table.keys.compactMap { key in table[key].map { (key, $0, lines.line(of: key, in: name)) } }
      .sorted { ($0.line ?? 0) < ($1.line ?? 0) }
  }

  /// A problem with the entry `key` of `table`, named as the file names it (`keys.open`).
  private static func problem(
    _ message: String, path: String, table: String, key: String, line: Int?
  ) -> ConfigurationProblem {
    ConfigurationProblem(
      path: path, line: line, message: "\(table).\(TerminalText.sanitized(key)): " + message)
  }

  /// A value as a message shows it: short, and safe for the terminal.
  static func shown(_ value: any TOMLValueConvertible) -> String {
    let text: String
    if let string = value.string {
      text = "\"" + string + "\""
    } else {
      var described = value.debugDescription
      if let newline = described.firstIndex(of: "\n") { described = String(described[..<newline]) }
      text = "\(value.type) \(described)"
    }
    return TerminalText.truncated(TerminalText.sanitized(text), toColumns: 40)
  }

  /// The parser's message as a sentence of ours: lowercase first letter, no final stop.
  static func sentence(_ message: String) -> String {
    var text = message
    while text.last == "." || text.last == " " { text.removeLast() }
    guard let first = text.first else { return "cannot read this line" }
    return first.lowercased() + text.dropFirst()
  }
}
