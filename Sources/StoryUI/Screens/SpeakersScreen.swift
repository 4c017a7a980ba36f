import StoryKit

/// Everyone quoted, most quoted first, with their quote and article counts and roles; `Enter`
/// lists a speaker's quotes across the corpus.
///
/// ```
///   12   1  Marco Rubio               US Secretary of State
///   10   3  Sergei Lavrov             Russian Foreign Minister
/// ```
public struct SpeakersScreen: Screen {
  /// The speakers, most quoted first.
  public let speakers: [Speaker]
  /// The selected speaker and the speakers in view.
  public private(set) var cursor: ListCursor
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
    cursor = ListCursor(count: speakers.count)
  }

  public var title: String { "Speakers, most quoted first (quotes, articles, name, roles)" }

  public var position: String? {
    cursor.position
  }

  public var actions: [Action] { ListCursor.movementActions + [.open, .back, .quit, .help] }

  public var hintActions: [Action] { [.moveDown, .moveUp, .open, .back, .help] }

  public mutating func layout(size: GridSize, data: any ReaderData) {
    cursor.resize(visibleRows: size.rows)
  }

  public mutating func handle(_ command: Command, data: any ReaderData) -> EventResult {
    if let moved = cursor.perform(command) { return moved ? .redraw : .handled }
    switch command.action {
    case .open:
      guard speakers.indices.contains(cursor.selection) else { return .handled }
      return .push(SpeakerQuotesScreen(speaker: speakers[cursor.selection], data: data))
    case .speakers: return .handled
    default: return .notHandled
    }
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
    let nameWidth = min(
      max(12, grid.columns / 3),
      speakers.map { TerminalText.columns(of: TerminalText.sanitized($0.name)) }.max() ?? 0)
    for (line, index) in cursor.visible.enumerated() {
      let speaker = speakers[index]
      grid.writeRight("\(speaker.quoteCount)", row: line, endColumn: 5, width: 5, role: .normal)
      grid.writeRight("\(speaker.articleCount)", row: line, endColumn: 9, width: 4, role: .dim)
      grid.write(speaker.name, row: line, column: 11, width: nameWidth, role: .speaker)
      let roles = speaker.roles.joined(separator: ", ")
      let rolesStart = 11 + nameWidth + 2
      if rolesStart < grid.columns {
        grid.write(roles, row: line, column: rolesStart, role: .dim)
      }
      if index == cursor.selection { grid.setRole(.selected, row: line) }
    }
  }
}
