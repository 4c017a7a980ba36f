import StoryKit

/// Everyone quoted, most quoted first, with their quote and article counts and roles; `Enter`
/// lists a speaker's quotes across the corpus.
///
/// `/` filters the list as you type (on this screen it filters rather than searching the
/// corpus, as `/` searches the current view in `less` and `tig`): a prompt line opens above the
/// list, each key narrows it to the speakers whose name or an alias contains what is typed,
/// ignoring case and accents (``SpeakerFilter``). While typing, `Backspace` deletes (on an
/// empty prompt it closes it), `Ctrl-u` clears, arrows and page keys move, `Enter` keeps the
/// filter and gives `j`/`k` and `Enter` back to the list, `Esc` clears the filter. With a
/// filter kept, `/` edits it, `Esc` (any back key) clears it, and a second one goes back. The
/// title says what is matched and how many of how many.
///
/// ```
///  / lav█
///   10   3  Sergei Lavrov             Russian Foreign Minister
/// ```
public struct SpeakersScreen: Screen {
  /// The speakers, most quoted first.
  public let speakers: [Speaker]
  /// What is typed to filter the list (empty: every speaker is shown).
  public private(set) var filter = ""
  /// Whether the filter prompt is open (keys are text).
  public private(set) var isFiltering = false
  /// The indices into ``speakers`` shown, in order.
  public private(set) var shown: [Int]
  /// The selected line and the lines in view, over ``shown``.
  public private(set) var cursor: ListCursor
  /// The filter, asked of the data on the first `/` (folding every name takes a while on a
  /// large corpus, and most visits never filter; the library adapter keeps one prepared).
  private var matcher: SpeakerFilter?
  /// The columns of the widest name, measured once.
  private let widestName: Int
  private var failure: String?

  /// Reads the speakers.
  public init(data: any ReaderData) {
    var speakers: [Speaker] = []
    do {
      speakers = try data.speakers()
    } catch {
      failure = "cannot read the speakers: \(error)"
    }
    self.speakers = speakers
    widestName = speakers.reduce(0) { max($0, Self.columns(of: $1.name)) }
    shown = Array(speakers.indices)
    cursor = ListCursor(count: speakers.count)
  }

  /// The selected speaker, if any is shown.
  public var selected: Speaker? {
    shown.indices.contains(cursor.selection) ? speakers[shown[cursor.selection]] : nil
  }

  /// Whether the prompt line is drawn above the list.
  private var showsPrompt: Bool { isFiltering || !filter.isEmpty }

  public var title: String {
    guard !filter.isEmpty else {
      return "Speakers, most quoted first (quotes, articles, name, roles)"
    }
    return "Speakers, \(shown.count) of \(speakers.count) matching “\(filter)”"
  }

  public var position: String? {
    cursor.position
  }

  public var acceptsText: Bool { isFiltering }

  public var textHints: String? {
    "type to filter  Enter keep  Esc clear  ↑/↓ move  Backspace delete"
  }

  public var actions: [Action] {
    ListCursor.movementActions + [.open, .search, .back, .quit, .help]
  }

  public var hintActions: [Action] { [.moveDown, .moveUp, .open, .search, .back, .help] }

  public var actionMeanings: [Action: ActionMeaning] {
    [
      .search: ActionMeaning(
        help: "Filter the speakers as you type (name or alias, any case or accents)",
        hint: "filter"),
      .back: ActionMeaning(
        help: "Clear the filter; without one, go back", hint: filter.isEmpty ? "back" : "clear"),
    ]
  }

  public var helpNotes: [String] {
    [
      "In the filter prompt: Enter keeps the filter, Esc clears it,",
      "Backspace deletes, Ctrl-u clears, ↑/↓ move.",
    ]
  }

  public mutating func layout(size: GridSize, data: any ReaderData) {
    cursor.resize(visibleRows: max(1, size.rows - (showsPrompt ? 1 : 0)))
  }

  public mutating func handleText(_ key: Key, data: any ReaderData) -> EventResult {
    switch key {
    case .character(let character):
      setFilter(filter + String(character))
    case .backspace:
      guard !filter.isEmpty else {
        isFiltering = false
        return .redraw
      }
      setFilter(String(filter.dropLast()))
    case .control("u"):
      setFilter("")
    case .escape:
      isFiltering = false
      setFilter("")
    case .enter:
      isFiltering = false
    default:
      return .notHandled
    }
    return .redraw
  }

  public mutating func handle(_ command: Command, data: any ReaderData) -> EventResult {
    if let moved = cursor.perform(command) { return moved ? .redraw : .handled }
    switch command.action {
    case .open:
      guard let speaker = selected else { return .handled }
      return .push(SpeakerQuotesScreen(speaker: speaker, data: data))
    case .search:
      if matcher == nil { matcher = data.speakerFilter(for: speakers) }
      isFiltering = true
      return .redraw
    case .back where !filter.isEmpty:
      setFilter("")
      return .redraw
    case .speakers: return .handled
    default: return .notHandled
    }
  }

  /// Filters the list by `text`, keeping the selected speaker selected when it is still shown.
  private mutating func setFilter(_ text: String) {
    let selectedIndex = shown.indices.contains(cursor.selection) ? shown[cursor.selection] : nil
    filter = text
    let matcher = self.matcher ?? SpeakerFilter(speakers)
    self.matcher = matcher
    shown = matcher.matches(text)
    cursor.setCount(shown.count)
    cursor.select(selectedIndex.flatMap { shown.firstIndex(of: $0) } ?? 0)
  }

  /// The columns `name` takes on screen; printable ASCII is counted without measuring.
  private static func columns(of name: String) -> Int {
    if name.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) { return name.utf8.count }
    return TerminalText.columns(of: TerminalText.sanitized(name))
  }

  public mutating func selectLine(atBodyRow row: Int) -> Bool {
    guard let index = cursor.row(atVisibleLine: row - (showsPrompt ? 1 : 0)) else {
      return false
    }
    cursor.select(index)
    return true
  }

  public func draw(into grid: inout ScreenGrid) {
    if let failure {
      grid.write(" " + failure, row: 0, column: 0, role: .error)
      return
    }
    guard !speakers.isEmpty else {
      grid.write("  (nobody is quoted)", row: 0, column: 0, role: .dim)
      return
    }
    var top = 0
    if showsPrompt {
      grid.writePrompt(filter, isEditing: isFiltering, row: 0)
      top = 1
    }
    guard !shown.isEmpty else {
      grid.write(
        "  (no speaker matches “\(filter)”; Backspace or Esc)", row: top, column: 0, role: .dim)
      return
    }
    let nameWidth = min(max(12, grid.columns / 3), widestName)
    for (line, index) in cursor.visible.enumerated() {
      let row = top + line
      let speaker = speakers[shown[index]]
      grid.writeRight("\(speaker.quoteCount)", row: row, endColumn: 5, width: 5, role: .normal)
      grid.writeRight("\(speaker.articleCount)", row: row, endColumn: 9, width: 4, role: .dim)
      grid.write(speaker.name, row: row, column: 11, width: nameWidth, role: .speaker)
      // NB: a group (`analysts`, `police`) or a described speaker (`a spokesman`) is marked
      // as one, where a person shows roles.
      let roles = speaker.unnamedMark ?? speaker.roles.joined(separator: ", ")
      let rolesStart = 11 + nameWidth + 2
      if rolesStart < grid.columns {
        grid.write(roles, row: row, column: rolesStart, role: .dim)
      }
      if index == cursor.selection { grid.setRole(.selected, row: row) }
    }
  }
}
