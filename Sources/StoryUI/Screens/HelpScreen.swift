/// The keys of one screen, generated from the keymap and the screen's actions, so help always
/// says what the keys do.
///
/// ```
///  j ↓            Move down (a count moves that many lines)
///  Enter l →      Open the selected line
/// ```
public struct HelpScreen: Screen {
  /// One line of help: the keys bound to an action and what it does.
  public struct Entry: Hashable, Sendable {
    /// The action.
    public var action: Action
    /// Its keys, main key first; empty when unbound.
    public var keys: [Key]
    /// What it does here.
    public var help: String
  }

  /// The title of the screen the help is for.
  public let screenTitle: String
  /// The entries, in the screen's order.
  public let entries: [Entry]
  /// Lines after the keys: the screen's notes (a prompt's own keys).
  public let notes: [String]
  /// The reading position.
  public private(set) var pager = PagerPosition(lineCount: 0)

  /// Help for `screen` with the keys of `keymap`.
  public init(for screen: any Screen, keymap: Keymap) {
    screenTitle = screen.title
    var actions = screen.actions
    // NB: these work from every screen (the app carries them out when the screen does not).
    for action in [Action.search, .speakers, .problems, .back, .quit, .help]
    where !actions.contains(action) {
      actions.append(action)
    }
    let meanings = screen.actionMeanings
    entries = actions.map { action in
      let help =
        action == .back && screen.isHome
        ? "Quit (this is the home screen)" : meanings[action]?.help ?? action.help
      return Entry(action: action, keys: keymap.keys(for: action), help: help)
    }
    notes = screen.helpNotes
  }

  public var title: String { "Help: " + screenTitle }

  public var actions: [Action] { ListCursor.movementActions + [.back, .quit, .help] }

  public var hintActions: [Action] { [.moveDown, .moveUp, .back] }

  /// The help's lines, before clipping: entries, then a note on counts.
  var lines: [StyledText] {
    let keyWidth = min(16, entries.map { keysText($0.keys).count }.max() ?? 0)
    var lines: [StyledText] = entries.map { entry in
      var line = StyledText()
      let keys = keysText(entry.keys)
      line.append(" " + keys, role: entry.keys.isEmpty ? .dim : .title)
      line.append(String(repeating: " ", count: max(1, keyWidth + 2 - keys.count)), role: .normal)
      line.append(entry.help, role: .normal)
      return line
    }
    lines.append(StyledText())
    for note in notes { lines.append(StyledText(" " + note, role: .dim)) }
    lines.append(StyledText(" A count before a key repeats it: 5j moves five lines.", role: .dim))
    return lines
  }

  private func keysText(_ keys: [Key]) -> String {
    keys.isEmpty ? "(unbound)" : keys.map(\.description).joined(separator: " ")
  }

  public mutating func layout(size: GridSize, data: any ReaderData) {
    pager.resize(lineCount: lines.count, visibleRows: size.rows)
  }

  public mutating func handle(_ command: Command, data: any ReaderData) -> EventResult {
    if let moved = pager.perform(command) { return moved ? .redraw : .handled }
    return .notHandled
  }

  public func draw(into grid: inout ScreenGrid) {
    let lines = self.lines
    for (row, index) in pager.visible.enumerated() {
      grid.write(lines[index], row: row, column: 0)
    }
  }
}
