/// The key bindings, as data: which ``Action`` each ``Key`` asks for.
///
/// One table serves every screen: a screen handles the actions it knows and ignores the rest
/// (``EventResult/notHandled``). The defaults are in `Keymap+Default.swift`; a user's overrides
/// are applied with ``apply(_:)`` and ``replaceKeys(of:with:line:)`` (see
/// `Keymap+Overrides.swift`), and help and the hint bar read the same table (``keys(for:)``,
/// ``hints(for:)``), so they cannot drift from what keys do.
///
/// ```swift
/// var keymap = Keymap.default
/// keymap.action(for: .character("j"))  // .moveDown
/// keymap.bind(.control("n"), to: .moveDown)
/// keymap.hints(for: [.moveDown, .open, .help])  // "j/k move  Enter open  ? help"
/// ```
public struct Keymap: Hashable, Sendable {
  /// One key bound to one action.
  public struct Binding: Hashable, Sendable {
    /// The key.
    public var key: Key
    /// What it asks for.
    public var action: Action

    /// Creates a binding.
    public init(_ key: Key, _ action: Action) {
      self.key = key
      self.action = action
    }
  }

  /// The bindings in the order help lists keys (the first key of an action is its main one).
  public private(set) var bindings: [Binding]

  /// Creates a keymap from bindings; a key bound twice keeps its last action.
  public init(_ bindings: [Binding]) {
    self.bindings = []
    for binding in bindings { bind(binding.key, to: binding.action) }
  }

  /// The action bound to `key`, if any.
  public func action(for key: Key) -> Action? {
    bindings.first { $0.key == key }?.action
  }

  /// Every key bound to `action`, main key first.
  public func keys(for action: Action) -> [Key] {
    bindings.filter { $0.action == action }.map(\.key)
  }

  /// Binds `key` to `action`, replacing what it was bound to; `nil` unbinds it.
  public mutating func bind(_ key: Key, to action: Action?) {
    if let index = bindings.firstIndex(where: { $0.key == key }) {
      if let action {
        bindings[index].action = action
      } else {
        bindings.remove(at: index)
      }
    } else if let action {
      bindings.append(Binding(key, action))
    }
  }

  /// The hint bar for `actions`: each action's main key and verb, an action and its
  /// ``Action/partner`` shown together (`j/k move`); actions without a key are left out.
  ///
  /// - Parameters:
  ///   - actions: The actions to show, most useful first.
  ///   - backQuits: Whether `back` quits here (the home screen), so its verb is `quit`.
  ///   - verbs: Verbs that differ on this screen (``Screen/actionMeanings``), by action.
  public func hints(
    for actions: [Action], backQuits: Bool = false, verbs: [Action: String] = [:]
  ) -> String {
    var parts: [String] = []
    var shown: Set<Action> = []
    for action in actions where !shown.contains(action) {
      guard let key = keys(for: action).first else { continue }
      shown.insert(action)
      if let partner = action.partner, actions.contains(partner),
        let other = keys(for: partner).first
      {
        shown.insert(partner)
        parts.append("\(key)/\(other) \(verbs[action] ?? action.hint)")
      } else {
        let verb = action == .back && backQuits ? "quit" : verbs[action] ?? action.hint
        parts.append("\(key) \(verb)")
      }
    }
    return parts.joined(separator: "  ")
  }
}
