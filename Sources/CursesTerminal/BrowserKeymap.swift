/// The key bindings of the browser, as data: one table per mode.
///
/// The hint bar shows the bindings whose ``KeyBinding/hint`` is set, in table order, so the
/// bar and the behaviour cannot drift apart.
enum BrowserKeymap {
  /// One key bound to one action, with the words for the hint bar.
  struct KeyBinding: Sendable {
    /// The key.
    var key: BrowserKey
    /// What the key does.
    var action: BrowserAction
    /// How the hint bar names this binding, or `nil` to leave it out.
    var hint: KeyHint?
  }

  /// The words for one binding in the hint bar: `"\(keys) \(verb)"`.
  struct KeyHint: Sendable {
    /// The keys as the user knows them, e.g. `"Enter"`.
    var keys: String
    /// What they do, e.g. `"open"`.
    var verb: String

    init(_ keys: String, _ verb: String) {
      self.keys = keys
      self.verb = verb
    }
  }

  /// The bindings while the list is shown.
  static let list: [KeyBinding] = [
    KeyBinding(key: .up, action: .moveUp, hint: KeyHint("↑/↓", "move")),
    KeyBinding(key: .down, action: .moveDown),
    KeyBinding(key: .character("k"), action: .moveUp),
    KeyBinding(key: .character("j"), action: .moveDown),
    KeyBinding(key: .pageUp, action: .pageUp),
    KeyBinding(key: .pageDown, action: .pageDown),
    KeyBinding(key: .character(" "), action: .pageDown),
    KeyBinding(key: .home, action: .moveToFirst),
    KeyBinding(key: .end, action: .moveToEnd),
    KeyBinding(key: .enter, action: .open, hint: KeyHint("Enter", "open")),
    KeyBinding(key: .character("q"), action: .quit, hint: KeyHint("q", "quit")),
  ]

  /// The bindings while the pager is shown.
  static let pager: [KeyBinding] = [
    KeyBinding(key: .up, action: .moveUp, hint: KeyHint("↑/↓", "scroll")),
    KeyBinding(key: .down, action: .moveDown),
    KeyBinding(key: .character("k"), action: .moveUp),
    KeyBinding(key: .character("j"), action: .moveDown),
    KeyBinding(key: .pageUp, action: .pageUp),
    KeyBinding(key: .pageDown, action: .pageDown),
    KeyBinding(key: .character(" "), action: .pageDown, hint: KeyHint("Space", "page")),
    KeyBinding(key: .character("b"), action: .pageUp),
    KeyBinding(key: .home, action: .moveToFirst),
    KeyBinding(key: .end, action: .moveToEnd),
    KeyBinding(key: .character("q"), action: .back, hint: KeyHint("q/Esc", "back")),
    KeyBinding(key: .escape, action: .back),
  ]

  /// The action bound to `key` in `bindings`, if any.
  static func action(for key: BrowserKey, in bindings: [KeyBinding]) -> BrowserAction? {
    bindings.first { $0.key == key }?.action
  }

  /// The hint bar text for `bindings`, e.g. `"↑/↓ move  Enter open  q quit"`.
  static func hints(for bindings: [KeyBinding]) -> String {
    bindings.compactMap { binding in
      binding.hint.map { "\($0.keys) \($0.verb)" }
    }.joined(separator: "  ")
  }
}
