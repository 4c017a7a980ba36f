import StoryKit

/// The home screen: one line per story, newest first.
///
/// Each line shows whether the story has unread articles (`•`, drawn as ``Role/unread``), its
/// date span, its article count and folded copies (`+2 copies`), its title, and its top
/// speakers and outlets; narrower windows drop the speakers and shorten the date. Stories are
/// read from ``ReaderData`` a page at a time, as they come into view.
///
/// ```
///  Stories, newest first
/// • ~2025-06-02        1            Foreign ministry: Lavrov informs Rubio…  Russian …
/// ```
public struct StoriesScreen: Screen {
  /// How many stories are read at a time.
  public static let pageSize = 100

  /// The list order.
  public let order: StoryOrder
  /// The selected story and the stories in view.
  public private(set) var cursor: ListCursor
  /// Pages of stories read so far, by page number.
  private var pages: [Int: [StoryListItem]] = [:]
  /// The body size of the last layout.
  private var size = GridSize(rows: 0, columns: 0)
  /// Why the list cannot be read, if it cannot.
  private var failure: String?

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
    cursor.count == 0 ? nil : "\(cursor.selection + 1)/\(cursor.count)"
  }

  public var isHome: Bool { true }

  public var actions: [Action] {
    ListCursor.movementActions + [.open, .speakers, .back, .quit, .help]
  }

  public var hintActions: [Action] { [.moveDown, .moveUp, .open, .speakers, .help, .back] }

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
    for page in (visible.lowerBound / Self.pageSize)...((visible.upperBound - 1) / Self.pageSize)
    where pages[page] == nil {
      do {
        pages[page] = try data.stories(
          order: order, offset: page * Self.pageSize, limit: Self.pageSize)
      } catch {
        failure = "cannot read the stories: \(error)"
      }
    }
  }

  public mutating func handle(_ command: Command, data: any ReaderData) -> EventResult {
    if let moved = cursor.perform(command) { return moved ? .redraw : .handled }
    switch command.action {
    case .open:
      guard let item = selected else { return .handled }
      // NB: the story's articles may be read there; read the list again on return.
      pages = [:]
      return .push(StoryScreen(story: item.story.id, data: data))
    default:
      return .notHandled
    }
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
