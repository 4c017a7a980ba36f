import StoryKit

/// The home screen: one line per story, newest first (`S` cycles newest, largest, by title).
///
/// Each line shows whether the story has unread articles (`•`, drawn as ``Role/unread``),
/// whether it is starred (`*`), its date span, its article count and folded copies (`+2 copies`), its title, and its top
/// speakers and outlets; narrower windows drop the speakers and shorten the date. Stories are
/// read from ``ReaderData`` a page at a time, as they come into view. `u` marks the selected
/// story read or unread, `m` stars it; both are kept in the library's reading state. The status
/// line's right end names the order (`newest · 1/3`).
///
/// ```
///  Stories, newest first
/// • ~2025-06-02        1            Foreign ministry: Lavrov informs Rubio…  Russian …
/// ```
public struct StoriesScreen: Screen {
  /// How many stories are read at a time.
  public static let pageSize = 100

  /// The list order.
  public private(set) var order: StoryOrder
  /// The selected story and the stories in view.
  public private(set) var cursor: ListCursor
  /// Pages of stories read so far, by page number.
  private var pages: [Int: [StoryListItem]] = [:]
  /// The body size of the last layout.
  private var size = GridSize(rows: 0, columns: 0)
  /// Why the list cannot be read, if it cannot.
  private var failure: String?
  /// Why the last key failed, for the status line, if it did.
  private var notice: StatusMessage?
  /// The rows whose read marks were read again since screens above were closed (where
  /// stories may have been read or marked); `nil` when every loaded row is current.
  private var rowsMarkedSinceUncovered: Set<Int>?

  /// Creates the list, reading how many stories there are.
  public init(data: any ReaderData, order: StoryOrder = .newest) {
    self.order = order
    var count = 0
    do {
      count = try data.storyCount()
    } catch {
      failure = "cannot read the stories: \(error)"
    }
    cursor = ListCursor(count: count)
  }

  public var title: String {
    switch order {
    case .newest: "Stories, newest first"
    case .size: "Stories, largest first"
    case .title: "Stories, by title"
    case .corpus: "Stories, in corpus order"
    }
  }

  public var position: String? {
    cursor.position.map { Self.orderName(order) + " · " + $0 }
  }

  public var isHome: Bool { true }

  public var status: StatusMessage? { notice }

  public var actions: [Action] {
    ListCursor.movementActions + [
      .open, .toggleRead, .toggleStar, .sort, .speakers, .back, .quit, .help,
    ]
  }

  public var hintActions: [Action] {
    [.moveDown, .moveUp, .open, .speakers, .help, .back, .sort, .toggleRead, .toggleStar]
  }

  /// What the status line calls `order`.
  static func orderName(_ order: StoryOrder) -> String {
    switch order {
    case .newest: "newest"
    case .size: "largest"
    case .title: "by title"
    case .corpus: "corpus"
    }
  }

  /// The order `S` goes to from `order`: newest, largest, by title, newest again.
  static func nextOrder(after order: StoryOrder) -> StoryOrder {
    switch order {
    case .newest: .size
    case .size: .title
    case .title, .corpus: .newest
    }
  }

  /// The story at `index` of the list, if it has been read.
  public func item(at index: Int) -> StoryListItem? {
    let page = pages[index / Self.pageSize]
    let offset = index % Self.pageSize
    guard let page, offset < page.count else { return nil }
    return page[offset]
  }

  /// The selected story, if any.
  public var selected: StoryListItem? { item(at: cursor.selection) }

  public mutating func layout(size: GridSize, data: any ReaderData) {
    self.size = size
    cursor.resize(visibleRows: size.rows)
    let visible = cursor.visible
    guard !visible.isEmpty else { return }
    if var marked = rowsMarkedSinceUncovered {
      // NB: read marks are read again row by row as rows come into view (a query each); the
      // pages out of view are dropped and read whole when they come into view.
      if marked.isEmpty {
        let inView = (visible.lowerBound / Self.pageSize)...((visible.upperBound - 1) / Self.pageSize)
        for page in pages.keys where !inView.contains(page) { pages[page] = nil }
      }
      let stale = visible.filter { !marked.contains($0) }
      refreshReadingStates(at: stale, data: data)
      marked.formUnion(stale)
      rowsMarkedSinceUncovered = marked
    }
    for page in (visible.lowerBound / Self.pageSize)...((visible.upperBound - 1) / Self.pageSize)
    where pages[page] == nil {
      load(page: page, data: data)
    }
  }

  public mutating func uncovered() {
    rowsMarkedSinceUncovered = []
  }

  /// Reads page `page` of the list in the current order.
  private mutating func load(page: Int, data: any ReaderData) {
    do {
      pages[page] = try data.stories(
        order: order, offset: page * Self.pageSize, limit: Self.pageSize)
      let rows = page * Self.pageSize..<(page + 1) * Self.pageSize
      rowsMarkedSinceUncovered?.formUnion(rows)
    } catch {
      failure = "cannot read the stories: \(error)"
    }
  }

  /// Goes to the next order, reading again the pages read so far and keeping the selection on
  /// the same story when it is among them (else on the first story).
  private mutating func cycleOrder(data: any ReaderData) {
    let selectedID = selected?.heading.id
    order = Self.nextOrder(after: order)
    pages = [:]
    rowsMarkedSinceUncovered = nil
    var index = 0
    if let selectedID {
      do {
        index = try data.storyPosition(of: selectedID, order: order) ?? 0
      } catch {
        notice = StatusMessage("cannot find the story in the new order: \(error)", isError: true)
      }
    }
    cursor.select(index)
  }

  /// Applies `change` to the selected story's reading state, records it, reads its page
  /// again to show it and says what it did (`message` of the new state).
  private mutating func setState(
    _ change: (inout ReadingState) -> Void, saying message: (ReadingState) -> String,
    data: any ReaderData
  ) -> EventResult {
    guard let item = selected else { return .handled }
    var state = ReadingState(isRead: !item.isUnread, isStarred: item.isStarred)
    change(&state)
    do {
      try data.setReadingState(state, of: item.heading.id)
    } catch {
      notice = StatusMessage("cannot record the reading state: \(error)", isError: true)
      return .redraw
    }
    refreshReadingState(at: cursor.selection, data: data)
    notice = StatusMessage("story " + message(state))
    return .redraw
  }

  /// Reads the reading state of the story at `index` again, when its page is loaded.
  private mutating func refreshReadingState(at index: Int, data: any ReaderData) {
    refreshReadingStates(at: [index], data: data)
  }

  /// Reads the reading states of the stories at `indices` again (those whose page is loaded),
  /// together.
  private mutating func refreshReadingStates(at indices: [Int], data: any ReaderData) {
    let loaded = indices.filter { index in
      pages[index / Self.pageSize]?.indices.contains(index % Self.pageSize) ?? false
    }
    let ids = loaded.compactMap { item(at: $0)?.heading.id }
    guard !ids.isEmpty, let states = try? data.readingStates(of: ids) else { return }
    for index in loaded {
      let (page, offset) = (index / Self.pageSize, index % Self.pageSize)
      guard var items = pages[page], let state = states[items[offset].heading.id] else {
        continue
      }
      items[offset].isUnread = !state.isRead
      items[offset].isStarred = state.isStarred
      pages[page] = items
    }
  }

  public mutating func handle(_ command: Command, data: any ReaderData) -> EventResult {
    let hadNotice = notice != nil
    notice = nil
    if let moved = cursor.perform(command) { return moved || hadNotice ? .redraw : .handled }
    switch command.action {
    case .toggleRead:
      return setState(
        { $0.isRead.toggle() }, saying: { $0.isRead ? "marked read" : "marked unread" },
        data: data)
    case .toggleStar:
      return setState(
        { $0.isStarred.toggle() }, saying: { $0.isStarred ? "starred" : "star removed" },
        data: data)
    case .sort:
      cycleOrder(data: data)
      return .redraw
    case .open:
      guard let item = selected else { return .handled }
      return .push(StoryScreen(story: item.heading.id, data: data))
    default:
      return .notHandled
    }
  }

  public mutating func selectLine(atBodyRow row: Int) -> Bool {
    guard let index = cursor.row(atVisibleLine: row) else { return false }
    cursor.select(index)
    return true
  }

  public func draw(into grid: inout ScreenGrid) {
    if let failure {
      grid.write(" " + failure, row: 0, column: 0, role: .error)
      return
    }
    guard cursor.count > 0 else {
      grid.write("  (no stories)", row: 0, column: 0, role: .dim)
      return
    }
    let columns = StoryRowColumns(
      width: grid.columns, items: pages.keys.sorted().flatMap { pages[$0] ?? [] })
    for (line, index) in cursor.visible.enumerated() {
      let isSelected = index == cursor.selection
      guard let item = item(at: index) else { continue }
      columns.draw(item, into: &grid, row: line)
      if isSelected { grid.setRole(.selected, row: line) }
    }
  }
}
