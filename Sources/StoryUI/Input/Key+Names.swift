extension Key: CustomStringConvertible {
  /// The key as help and the hint bar name it: `j`, `G`, `Space`, `Ctrl-d`, `Enter`, `PgDn`,
  /// `↑`.
  public var description: String {
    switch self {
    case .character(" "): "Space"
    case .character(let character): String(character)
    case .control(let letter): "Ctrl-" + String(letter)
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .home: "Home"
    case .end: "End"
    case .enter: "Enter"
    case .escape: "Esc"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .backspace: "Backspace"
    case .delete: "Del"
    case .resize: "Resize"
    case .mouse(let event):
      switch event.kind {
      case .wheelUp: "Wheel-up"
      case .wheelDown: "Wheel-down"
      case .click: "Click"
      case .doubleClick: "Double-click"
      }
    }
  }

  /// Reads a key from its name, as a configuration file or a test script spells it.
  ///
  /// One character is that character (`j`, `G`, `/`, `?`); named keys are matched in any case
  /// (`Enter`, `Esc`/`Escape`, `Tab`, `Shift-Tab`, `Space`, `Backspace`, `Del`/`Delete`,
  /// `Up`/`Down`/`Left`/`Right` or the arrows `↑`/`↓`/`←`/`→`, `PgUp`/`PageUp`, `PgDn`/`PageDown`,
  /// `Home`, `End`); a letter with Control is `Ctrl-d`, `C-d` or `^d`.
  ///
  /// ```swift
  /// Key(name: "C-d")    // .control("d")
  /// Key(name: "PgDn")   // .pageDown
  /// Key(name: "space")  // .character(" ")
  /// ```
  ///
  /// - Parameter name: The key's name.
  /// - Returns: `nil` when the name is not a key.
  public init?(name: String) {
    if name.count == 1, let character = name.first {
      if character.unicodeScalars.contains(where: TerminalText.isUnsafe) { return nil }
      switch character {
      case "↑": self = .up
      case "↓": self = .down
      case "←": self = .left
      case "→": self = .right
      default: self = .character(character)
      }
      return
    }
    let lower = name.lowercased()
    for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
      let rest = lower.dropFirst(prefix.count)
      guard rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter else {
        return nil
      }
      self = .control(letter)
      return
    }
    guard let key = Self.named[lower] else { return nil }
    self = key
  }

  /// Named keys, by lowercase name.
  private static let named: [String: Key] = [
    "space": .character(" "), "enter": .enter, "return": .enter, "esc": .escape,
    "escape": .escape, "tab": .tab, "shift-tab": .backTab, "s-tab": .backTab,
    "backtab": .backTab, "backspace": .backspace, "bs": .backspace, "del": .delete,
    "delete": .delete, "up": .up, "down": .down, "left": .left, "right": .right,
    "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
    "home": .home, "end": .end, "resize": .resize,
  ]

  /// Keys from a script of names separated by spaces, as tests feed them: `"j j Enter"`.
  ///
  /// - Returns: `nil` when a name is not a key.
  public static func script(_ names: String) -> [Key]? {
    var keys: [Key] = []
    for name in names.split(separator: " ") {
      guard let key = Key(name: String(name)) else { return nil }
      keys.append(key)
    }
    return keys
  }
}
