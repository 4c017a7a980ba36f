extension Keymap {
  /// Applies a user's bindings over this keymap; entries that cannot be read are skipped and
  /// reported, and never stop the reader.
  ///
  /// This is the entry point for the configuration file: its `[keys]` table becomes
  /// ``KeymapEntry`` values (with their line numbers), applied in order over ``default``.
  ///
  /// ```swift
  /// var keymap = Keymap.default
  /// let problems = keymap.apply([
  ///   KeymapEntry(key: "Ctrl-n", action: "move-down"),
  ///   KeymapEntry(key: "d", action: "none"),
  /// ])
  /// ```
  ///
  /// - Parameter entries: The user's bindings, in file order; a later one wins.
  /// - Returns: One problem per entry skipped: an unknown key or action name, or a digit
  ///   (digits give counts).
  public mutating func apply(_ entries: [KeymapEntry]) -> [KeymapProblem] {
    var problems: [KeymapProblem] = []
    for entry in entries {
      guard let key = Key(name: entry.key) else {
        problems.append(
          KeymapProblem(
            line: entry.line,
            message: "unknown key \"\(TerminalText.sanitized(entry.key))\"; "
              + "write one character, a name such as Enter or PgDn, or Ctrl-x"))
        continue
      }
      if case .character(let character) = key, character.isASCII, character.isNumber {
        problems.append(
          KeymapProblem(
            line: entry.line, message: "digits give a count (5j) and cannot be bound"))
        continue
      }
      let name = entry.action.lowercased()
      if name == "none" {
        bind(key, to: nil)
      } else if let action = Action(rawValue: name) {
        bind(key, to: action)
      } else {
        let names = Action.allCases.map(\.rawValue).joined(separator: ", ")
        problems.append(
          KeymapProblem(
            line: entry.line,
            message: "unknown action \"\(TerminalText.sanitized(entry.action))\"; "
              + "use one of \(names), or none"))
      }
    }
    return problems
  }
}
