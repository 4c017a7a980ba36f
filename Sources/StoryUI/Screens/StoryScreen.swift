import StoryKit

/// One story: its articles in time order with day and outlet, syndicated copies folded under
/// their original, and the story's quotes grouped by speaker.
///
/// `Tab` on an original (or its folded line) shows or hides its copies, each with its
/// similarity and what differs; elsewhere it unfolds (or folds) them all. `Enter` opens an
/// article, a quote's article at the quote, or a related story. The related stories of the
/// same thread close the screen as a small timeline, in time order, with this story marked in
/// its place.
///
/// ```
///  2025-04-28 · 3 articles · MENAFN, TASS, IANS
///
///  Articles
///    2025-04-28  MENAFN  U.S., Russia Report Progress Toward Ukraine Peace Efforts
///
///  Quotes by speaker
///    Sergei Lavrov · 4
///      “…” — IANS 04-28
///
///  Related stories, in time order
///    ● 2025-04-28        3  U.S., Russia Report Progress Toward Ukraine Peace Efforts
///    │ ~2025-05-16       1  Moscow and Kiev are preparing plans…
/// ```
public struct StoryScreen: Screen {
  /// One line of the screen.
  enum Row: Hashable, Sendable {
    /// Blank space.
    case blank
    /// The summary line: date span, counts, outlets.
    case summary
    /// A section heading.
    case heading(String)
    /// An original article (or one with no copies): its index in `detail.members`.
    case member(Int)
    /// The folded copies of the original at this member index.
    case folded(Int, copies: Int)
    /// An unfolded copy: its index in `detail.members`.
    case copy(Int)
    /// A speaker's name heading their quotes.
    case speaker(String, quotes: Int)
    /// A quote: its index in `detail.quotes`.
    case quote(Int)
    /// A related story on the timeline: its index in `detail.related`.
    case related(Int)
    /// This story's own place on the timeline.
    case current

    /// Whether the row can be selected.
    var isSelectable: Bool {
      switch self {
      case .member, .folded, .copy, .quote, .related: true
      case .blank, .summary, .heading, .speaker, .current: false
      }
    }
  }

  /// The story as read, or `nil` when it could not be.
  public private(set) var detail: StoryDetail?
  /// The originals whose copies are shown.
  public private(set) var unfolded: Set<ArticleID> = []
  /// The selected row and the rows in view.
  public private(set) var cursor = ListCursor(count: 0)
  private(set) var rows: [Row] = []
  var failure: String?
  private var hasLayout = false
  /// Whether screens above were closed, so read marks may have changed there.
  private var readMarksStale = false

  /// Reads the story.
  public init(story id: StoryID, data: any ReaderData) {
    do {
      detail = try data.story(id)
      if detail == nil { failure = "the story \(id) is no longer in the library" }
    } catch {
      detail = nil
      failure = "cannot read the story: \(error)"
    }
    rebuild(keeping: nil)
  }

  public var title: String {
    guard let story = detail?.story else { return "Story" }
    return story.title.isEmpty ? story.id.rawValue : story.title
  }

  public var actions: [Action] {
    ListCursor.movementActions + [
      .open, .toggleCopies, .openURL, .copyCitation, .speakers, .back, .quit, .help,
    ]
  }

  public var hintActions: [Action] { [.moveDown, .moveUp, .open, .toggleCopies, .back, .help] }

  public mutating func uncovered() {
    // NB: an article opened from here, or from search above, marks itself read.
    readMarksStale = true
  }

  public mutating func layout(size: GridSize, data: any ReaderData) {
    if readMarksStale {
      readMarksStale = false
      refreshReadMarks(data: data)
    }
    cursor.resize(visibleRows: size.rows)
    if !hasLayout {
      // NB: the first selectable row lies below the summary and a heading; show those too.
      cursor.scrollToTop()
      hasLayout = true
    }
  }

  public mutating func handle(_ command: Command, data: any ReaderData) -> EventResult {
    let before = cursor
    if cursor.perform(command) != nil {
      skipUnselectable(forward: cursor.selection >= before.selection)
      return cursor == before ? .handled : .redraw
    }
    switch command.action {
    case .open: return open(data: data)
    case .toggleCopies: return toggleCopies()
    case .openURL, .copyCitation: return openOrCite(command.action, data: data)
    default: return .notHandled
    }
  }

  /// `o` on an article or quote opens its article's web address; `y` on a quote copies it as
  /// a citation.
  private func openOrCite(_ action: Action, data: any ReaderData) -> EventResult {
    guard let detail, rows.indices.contains(cursor.selection) else { return .handled }
    let articleID: ArticleID
    var quote: Quote?
    switch rows[cursor.selection] {
    case .member(let index), .copy(let index), .folded(let index, _):
      articleID = detail.members[index].article
    case .quote(let index):
      quote = detail.quotes[index]
      articleID = detail.quotes[index].article
    default: return .handled
    }
    if action == .copyCitation, quote == nil {
      return .message(StatusMessage("select a quote to copy it as a citation"))
    }
    let article: Article?
    do {
      article = try data.article(articleID)?.article
    } catch {
      return .message(StatusMessage("cannot read the article: \(error)", isError: true))
    }
    if let quote, action == .copyCitation {
      return .request(.copy(Citation(quote: quote, article: article).text))
    }
    guard let article else {
      return .message(
        StatusMessage("the article \(articleID) is no longer in the library", isError: true))
    }
    return WebAddress.open(article)
  }

  public mutating func selectLine(atBodyRow row: Int) -> Bool {
    guard let index = cursor.row(atVisibleLine: row), rows.indices.contains(index),
      rows[index].isSelectable
    else { return false }
    cursor.select(index)
    return true
  }

  // MARK: Actions

  private mutating func open(data: any ReaderData) -> EventResult {
    guard let detail, rows.indices.contains(cursor.selection) else { return .handled }
    switch rows[cursor.selection] {
    case .member(let index), .copy(let index):
      return .push(ArticleScreen(article: detail.members[index].article, data: data))
    case .quote(let index):
      let quote = detail.quotes[index]
      return .push(ArticleScreen(article: quote.article, quote: quote.id, data: data))
    case .folded(let index, _):
      unfolded.insert(detail.members[index].article)
      rebuild(keeping: cursor.selection)
      return .redraw
    case .related(let index):
      return .push(StoryScreen(story: detail.related[index].id, data: data))
    default: return .handled
    }
  }

  /// Reads every member's read mark again (an article opened from here may have changed it).
  private mutating func refreshReadMarks(data: any ReaderData) {
    guard var detail else { return }
    for index in detail.members.indices {
      if let state = try? data.readingState(of: detail.members[index].article) {
        detail.members[index].isRead = state.isRead
      }
    }
    self.detail = detail
  }

  private mutating func toggleCopies() -> EventResult {
    guard let detail else { return .handled }
    let originals = Set(detail.members.compactMap { $0.copy?.original })
    guard !originals.isEmpty else { return .handled }
    var target: ArticleID?
    if rows.indices.contains(cursor.selection) {
      switch rows[cursor.selection] {
      case .member(let index), .folded(let index, _):
        let id = detail.members[index].article
        if originals.contains(id) { target = id }
      case .copy(let index): target = detail.members[index].copy?.original
      default: break
      }
    }
    if let target {
      if unfolded.contains(target) { unfolded.remove(target) } else { unfolded.insert(target) }
    } else {
      unfolded = unfolded.isEmpty ? originals : []
    }
    rebuild(keeping: cursor.selection)
    return .redraw
  }

  // MARK: Rows

  /// Lays the rows out again, keeping the selected article or quote selected (a folded copy's
  /// original when the copy goes).
  private mutating func rebuild(keeping selection: Int?) {
    let previous = selection.flatMap { rows.indices.contains($0) ? rows[$0] : nil }
    rows = makeRows()
    cursor.setCount(rows.count)
    var target: Int?
    if let previous {
      target = rows.firstIndex(of: previous)
      if target == nil, case .copy(let index) = previous, let detail,
        let original = detail.members[index].copy?.original,
        let originalIndex = detail.members.firstIndex(where: { $0.article == original })
      {
        target = rows.firstIndex(of: .member(originalIndex))
      }
      if target == nil, case .folded(let index, _) = previous {
        target = rows.firstIndex(of: .member(index))
      }
    }
    cursor.select(target ?? rows.firstIndex(where: \.isSelectable) ?? 0)
  }

  private func makeRows() -> [Row] {
    guard let detail else { return [] }
    var rows: [Row] = [.summary, .blank, .heading("Articles")]
    let members = detail.members
    // NB: copies by original, once: a story of thousands of copies would take a scan apiece.
    var copiesOf: [ArticleID: [Int]] = [:]
    for (index, member) in members.enumerated() {
      if let original = member.copy?.original { copiesOf[original, default: []].append(index) }
    }
    for (index, member) in members.enumerated() where member.copy == nil {
      rows.append(.member(index))
      let copies = copiesOf[member.article] ?? []
      guard !copies.isEmpty else { continue }
      if unfolded.contains(member.article) {
        rows += copies.map(Row.copy)
      } else {
        rows.append(.folded(index, copies: copies.count))
      }
    }
    // NB: a copy whose original is in another story still gets a line.
    let present = Set(members.map(\.article))
    for (index, member) in members.enumerated() {
      if let original = member.copy?.original, !present.contains(original) {
        rows.append(.copy(index))
      }
    }
    let groups = quoteGroups(detail)
    if !groups.isEmpty {
      rows += [.blank, .heading("Quotes by speaker")]
      for group in groups {
        rows.append(.speaker(group.speaker, quotes: group.quotes.count))
        rows += group.quotes.map(Row.quote)
      }
    }
    if !detail.related.isEmpty {
      rows += [.blank, .heading("Related stories, in time order")]
      rows += Self.timeline(detail)
    }
    return rows
  }

  /// The related stories and this one in time order (by first day, then last; undated last;
  /// equal days keep the most similar first).
  static func timeline(_ detail: StoryDetail) -> [Row] {
    let entries: [(row: Row, story: Story)] =
      [(Row.current, detail.story)] + detail.related.enumerated().map { (Row.related($0), $1) }
    let sorted = entries.enumerated().sorted { a, b in
      let (x, y) = (a.element.story, b.element.story)
      let (xFirst, yFirst) = (x.firstDate?.date, y.firstDate?.date)
      if xFirst != yFirst {
        guard let xFirst else { return false }
        guard let yFirst else { return true }
        return xFirst < yFirst
      }
      let (xLast, yLast) = (x.lastDate?.date, y.lastDate?.date)
      if let xLast, let yLast, xLast != yLast { return xLast < yLast }
      return a.offset < b.offset
    }
    return sorted.map(\.element.row)
  }

  /// One speaker's quotes in the story.
  struct QuoteGroup: Hashable, Sendable {
    var speaker: String
    var quotes: [Int]
  }

  /// The story's quotes by speaker, most quoted first; copies' quotes are left out (they repeat
  /// their original's), unattributed quotes last.
  func quoteGroups(_ detail: StoryDetail) -> [QuoteGroup] {
    let copies = Set(detail.members.filter { $0.copy != nil }.map(\.article))
    var groups: [QuoteGroup] = []
    var groupOf: [String: Int] = [:]
    var unattributed: [Int] = []
    for (index, quote) in detail.quotes.enumerated() where !copies.contains(quote.article) {
      guard let speaker = quote.speaker else {
        unattributed.append(index)
        continue
      }
      if let group = groupOf[speaker] {
        groups[group].quotes.append(index)
      } else {
        groupOf[speaker] = groups.count
        groups.append(QuoteGroup(speaker: speaker, quotes: [index]))
      }
    }
    // NB: a stable sort keeps first appearance among equal counts.
    groups = groups.enumerated().sorted {
      $0.element.quotes.count != $1.element.quotes.count
        ? $0.element.quotes.count > $1.element.quotes.count : $0.offset < $1.offset
    }.map(\.element)
    if !unattributed.isEmpty {
      groups.append(QuoteGroup(speaker: "Unattributed", quotes: unattributed))
    }
    return groups
  }

  /// Moves off a heading or blank line in the direction of travel (or back, at an end).
  private mutating func skipUnselectable(forward: Bool) {
    guard rows.indices.contains(cursor.selection), !rows[cursor.selection].isSelectable else {
      return
    }
    let start = cursor.selection
    let ahead = forward ? Array((start + 1)..<rows.count) : Array((0..<start).reversed())
    let behind = forward ? Array((0..<start).reversed()) : Array((start + 1)..<rows.count)
    if let row = (ahead + behind).first(where: { rows[$0].isSelectable }) { cursor.select(row) }
  }
}
