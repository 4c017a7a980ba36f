import StoryKit

/// Search as you type: a prompt whose every keystroke runs the library's search session, and
/// the ranked hits below it, each with its day, outlet, headline and a snippet with the
/// matches marked.
///
/// `/` opens it from any screen. While the prompt is open, keys are text (``acceptsText``):
/// `Enter` keeps the results as a screen, `Esc` (or `Backspace` on an empty prompt) closes it
/// and shows the screen it was opened from as it was, `Ctrl-u` clears the prompt and `Ctrl-w`
/// deletes a word; arrows and page keys move through the hits. Once kept, the results are a
/// list like any other: `Enter` opens a hit's article with the matches marked, `n`/`N` step
/// through the hits, `/` edits the query again. A query that cannot be read (an unknown
/// qualifier, a bad date) shows why on the status line and keeps the last hits.
///
/// ```
///  / lavrov istanbul█
///  › 2025-04-28  IANS    Lavrov: Russia and US held talks in Istanbul
///      …the Russian and US delegations met in Istanbul on…
/// ```
public struct SearchScreen: Screen {
  /// The query typed so far.
  public private(set) var query: String
  /// Whether the prompt is open (keys are text) rather than the results kept as a list.
  public private(set) var isEditing = true
  /// The hits of the last query that could be read.
  public private(set) var results: SearchResults?
  /// Why the query typed cannot be read, if it cannot.
  public private(set) var queryError: String?
  /// The selected hit and the hits in view.
  public private(set) var cursor = ListCursor(count: 0)
  /// Outlets and snippets of the hits shown so far, by article.
  private(set) var previews: [ArticleID: SearchHitPreview] = [:]
  private var failure: String?

  /// Lines a hit takes: headline, snippet.
  static let rowsPerHit = 2

  /// Opens the prompt with `query` typed (and searched).
  public init(data: any ReaderData, query: String = "") {
    self.query = query
    if !query.isEmpty { search(data: data) }
  }

  /// The hits shown, best first.
  public var hits: [SearchHit] { results?.hits ?? [] }

  public var title: String {
    isEditing || query.isEmpty ? "Search" : "Search: " + query
  }

  public var position: String? {
    cursor.position
  }

  public var status: StatusMessage? {
    if let failure { return StatusMessage(failure, isError: true) }
    if let queryError { return StatusMessage(queryError, isError: true) }
    guard let results, !results.query.isEmpty else { return nil }
    if results.hits.isEmpty { return StatusMessage("no article matches") }
    var text = Plural.count(results.hits.count, "hit", "hits") + ", best first"
    if !results.isExhaustive { text += ", among the most recent matches" }
    return StatusMessage(text)
  }

  public var acceptsText: Bool { isEditing }

  public var textHints: String? {
    "type to search  Enter keep  Esc cancel  ↑/↓ select  Ctrl-u clear"
  }

  public var actions: [Action] {
    ListCursor.movementActions + [.open, .nextMatch, .previousMatch, .search, .back, .quit, .help]
  }

  public var hintActions: [Action] {
    [.moveDown, .moveUp, .open, .nextMatch, .previousMatch, .search, .back, .help]
  }

  public mutating func layout(size: GridSize, data: any ReaderData) {
    cursor.resize(visibleRows: max(1, (size.rows - 1) / Self.rowsPerHit))
    guard let results else { return }
    for index in cursor.visible where previews[hits[index].article] == nil {
      let hit = hits[index]
      do {
        if let preview = try data.preview(of: hit, query: results.query) {
          previews[hit.article] = preview
        }
      } catch {
        failure = "cannot read the article: \(error)"
      }
    }
  }

  public mutating func selectLine(atBodyRow row: Int) -> Bool {
    // NB: the prompt is the first line; each hit takes two (headline, snippet).
    guard row >= 1, let index = cursor.row(atVisibleLine: (row - 1) / Self.rowsPerHit) else {
      return false
    }
    cursor.select(index)
    return true
  }

  public mutating func handleText(_ key: Key, data: any ReaderData) -> EventResult {
    switch key {
    case .character(let character):
      query.append(character)
    case .backspace:
      guard !query.isEmpty else { return .pop }
      query.removeLast()
    case .control("u"):
      query = ""
    case .control("w"):
      while query.last == " " { query.removeLast() }
      while let last = query.last, last != " " { query.removeLast() }
    case .escape:
      return .pop
    case .enter:
      guard !query.trimmingCharacters(in: " ").isEmpty else { return .pop }
      isEditing = false
      return .redraw
    default:
      return .notHandled
    }
    search(data: data)
    return .redraw
  }

  public mutating func handle(_ command: Command, data: any ReaderData) -> EventResult {
    if let moved = cursor.perform(command) { return moved ? .redraw : .handled }
    switch command.action {
    case .nextMatch: return cursor.move(by: command.repeats) ? .redraw : .handled
    case .previousMatch: return cursor.move(by: -command.repeats) ? .redraw : .handled
    case .search:
      isEditing = true
      return .redraw
    case .open:
      guard let results, hits.indices.contains(cursor.selection) else { return .handled }
      let hit = hits[cursor.selection]
      return .push(ArticleScreen(article: hit.article, search: results.query, data: data))
    default: return .notHandled
    }
  }

  /// Runs the query typed so far; a query that cannot be read keeps the last hits.
  private mutating func search(data: any ReaderData) {
    failure = nil
    do {
      switch try data.search(query) {
      case .results(let found):
        queryError = nil
        if found != results {
          results = found
          previews = [:]
          cursor = ListCursor(count: found.hits.count, visibleRows: cursor.visibleRows)
        }
      case .invalid(let error):
        queryError = error.message
      case .superseded:
        break
      }
    } catch {
      failure = "cannot search: \(error)"
    }
  }
}

extension String {
  /// This string without `character` at either end.
  fileprivate func trimmingCharacters(in character: Character) -> Substring {
    var text = Substring(self)
    while text.first == character { text.removeFirst() }
    while text.last == character { text.removeLast() }
    return text
  }
}
