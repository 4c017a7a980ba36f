import StoryKit

/// The columns of a story line on the home screen, fitted to a width and to the stories read so
/// far.
///
/// From left: the unread mark (`•`), the star (`*`), the date span, the article count, the
/// folded copies, the title, and the top speakers and outlets. The date and copies columns are as wide as the widest of
/// the stories read (a page at a time, so columns stay put while scrolling through a page), and
/// the copies column goes when none has copies. Below 60 columns the date is the last day only
/// and copies join the count (`3+1`); below 80 the speakers and outlets go.
struct StoryRowColumns: Hashable, Sendable {
  /// The whole width.
  let width: Int
  private let dateWidth: Int
  private let countWidth: Int
  private let copiesWidth: Int

  /// Columns for `width` and the stories `items`.
  init(width: Int, items: [StoryListItem]) {
    self.width = width
    let narrow = width < 60
    let dates = items.map { item in
      narrow
        ? DateText.short(item.heading.lastDate)
        : DateText.span(item.heading.firstDate, item.heading.lastDate)
    }
    dateWidth = min(narrow ? 6 : 16, dates.map(TerminalText.columns(of:)).max() ?? 1)
    // NB: as wide as the widest count read (`527`, `1204`), so no count is ever cut.
    let counts = items.map { Self.countText($0.heading, narrow: narrow).count }
    countWidth = min(narrow ? 11 : 7, max(narrow ? 5 : 3, counts.max() ?? 0))
    copiesWidth =
      narrow ? 0 : min(14, items.map { Self.copiesText($0.heading).count }.max() ?? 0)
  }

  private var isNarrow: Bool { width < 60 }
  private var showsPeople: Bool { width >= 80 }

  /// The article count, with the copies joined when narrow (`3+1`).
  private static func countText(_ story: StoryHeading, narrow: Bool) -> String {
    narrow && story.copyCount > 0
      ? "\(story.articleCount)+\(story.copyCount)" : "\(story.articleCount)"
  }

  /// `+1 copy`, `+3 copies`, or nothing.
  private static func copiesText(_ story: StoryHeading) -> String {
    story.copyCount > 0 ? "+" + Plural.count(story.copyCount, "copy", "copies") : ""
  }

  /// Draws `item` on `row`.
  func draw(_ item: StoryListItem, into grid: inout ScreenGrid, row: Int) {
    let story = item.heading
    var x = 0
    if item.isUnread { grid.write("•", row: row, column: 0, role: .unread) }
    if item.isStarred { grid.write("*", row: row, column: 1, role: .match) }
    x = 2
    let date =
      isNarrow ? DateText.short(story.lastDate) : DateText.span(story.firstDate, story.lastDate)
    grid.write(date, row: row, column: x, width: dateWidth, role: .dim)
    x += dateWidth + 1
    let countText = Self.countText(story, narrow: isNarrow)
    grid.writeRight(
      countText, row: row, endColumn: x + countWidth, width: countWidth, role: .normal)
    x += countWidth + 1
    if copiesWidth > 0 {
      grid.write(Self.copiesText(story), row: row, column: x, width: copiesWidth, role: .copy)
      x += copiesWidth + 1
    }
    // NB: the people column is as wide on every row, so titles and names line up down the
    // screen whatever a story's names are (a row without speakers leaves it short, not its
    // title long).
    let rest = max(0, width - x)
    let peopleWidth = showsPeople ? rest * 2 / 5 : 0
    let titleWidth = peopleWidth > 0 ? rest - peopleWidth - 2 : rest
    let title = story.title.isEmpty ? story.id.rawValue : story.title
    grid.write(
      title, row: row, column: x, width: titleWidth, role: item.isUnread ? .unread : .normal)
    if peopleWidth > 0 {
      grid.write(
        Self.people(story, columns: peopleWidth), row: row, column: x + titleWidth + 2,
        width: peopleWidth, role: .dim)
    }
  }

  /// The top two speakers and outlets, `Sergei Lavrov, Dmitry Peskov · TASS, IANS`, in at most
  /// `columns`: when they do not fit, the second outlet goes, then the speakers are cut (to no
  /// less than half the room), so an outlet still shows.
  static func people(_ story: StoryHeading, columns: Int) -> String {
    let speakers = TerminalText.sanitized(story.speakers.prefix(2).joined(separator: ", "))
    let outlets = story.sources.filter { !$0.isEmpty }.prefix(2).map(TerminalText.sanitized)
    guard !speakers.isEmpty, !outlets.isEmpty else {
      return TerminalText.truncated(speakers + outlets.joined(separator: ", "), toColumns: columns)
    }
    let separator = " · "
    let speakerColumns = TerminalText.columns(of: speakers)
    let half = columns / 2
    let both = outlets.joined(separator: ", ")
    let sources =
      columns - separator.count - TerminalText.columns(of: both) >= min(half, speakerColumns)
      ? both : outlets[0]
    let speakerRoom = max(half, columns - separator.count - TerminalText.columns(of: sources))
    let shownSpeakers = TerminalText.truncated(speakers, toColumns: speakerRoom)
    return TerminalText.truncated(shownSpeakers + separator + sources, toColumns: columns)
  }
}
