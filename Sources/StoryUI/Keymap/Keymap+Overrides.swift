extension Keymap {
  /// Applies a user's bindings over this keymap; entries that cannot be read are skipped and
  /// reported, and never stop the reader.
  ///
  /// The configuration file's `[keys]` lines come here through
  /// ``replaceKeys(of:with:line:)``, as entries with their line numbers.
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

extension Keymap {
  /// Gives `action` exactly the keys named in `names`, as a configuration file's
  /// `open = ["Enter", "l"]` does: the action's other keys are unbound, and a named key bound
  /// to another action moves to this one. An empty list unbinds the action.
  ///
  /// All or nothing: when a name cannot be read, nothing changes and the problems say why.
  ///
  /// - Parameters:
  ///   - action: The action.
  ///   - names: Key names, as ``Key/init(name:)`` reads them.
  ///   - line: The configuration file's line, for the problems.
  /// - Returns: One problem per name that could not be bound (empty when applied).
  public mutating func replaceKeys(of action: Action, with names: [String], line: Int? = nil)
    -> [KeymapProblem]
  {
    var changed = self
    for key in keys(for: action) { changed.bind(key, to: nil) }
    let problems = changed.apply(
      names.map { KeymapEntry(key: $0, action: action.rawValue, line: line) })
    if problems.isEmpty { self = changed }
    return problems
  }
}
