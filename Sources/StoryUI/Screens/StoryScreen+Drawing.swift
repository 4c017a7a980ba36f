import StoryKit

extension StoryScreen {
  public func draw(into grid: inout ScreenGrid) {
    if let failure {
      grid.write(" " + failure, row: 0, column: 0, role: .error)
      return
    }
    guard let detail else { return }
    let sourceWidth = min(
      16,
      detail.members.map { TerminalText.columns(of: TerminalText.sanitized($0.source)) }.max() ?? 0)
    let spanWidth =
      ([detail.story] + detail.related).map {
        TerminalText.columns(of: DateText.span($0.firstDate, $0.lastDate))
      }.max() ?? 0
    for (line, index) in cursor.visible.enumerated() {
      if case .related(let number) = rows[index] {
        drawTimeline(
          detail.related[number], isCurrent: false, spanWidth: spanWidth, into: &grid, row: line)
      } else if case .current = rows[index] {
        drawTimeline(detail.story, isCurrent: true, spanWidth: spanWidth, into: &grid, row: line)
      } else {
        draw(rows[index], detail: detail, sourceWidth: sourceWidth, into: &grid, row: line)
      }
      if index == cursor.selection { grid.setRole(.selected, row: line) }
    }
  }

  private func draw(
    _ row: Row, detail: StoryDetail, sourceWidth: Int, into grid: inout ScreenGrid, row y: Int
  ) {
    switch row {
    case .blank: break
    case .summary:
      grid.write(" " + summary(detail), row: y, column: 0, role: .dim)
    case .heading(let text):
      grid.write(" " + text, row: y, column: 0, role: .title)
    case .member(let index):
      drawMember(detail.members[index], indent: 2, sourceWidth: sourceWidth, into: &grid, row: y)
    case .folded(_, let copies):
      grid.write(
        "      ↳ +" + Plural.count(copies, "copy", "copies") + " folded", row: y, column: 0,
        role: .copy)
    case .copy(let index):
      let member = detail.members[index]
      grid.write("    ↳", row: y, column: 0, role: .copy)
      var note = ""
      if let copy = member.copy {
        note = "\(Int((copy.similarity * 100).rounded()))%"
        if !copy.differences.isEmpty { note += " " + copy.differences.joined(separator: ", ") }
      }
      let noteStart = grid.writeRight(
        " " + note, row: y, width: max(0, grid.columns / 3), role: .copy)
      drawMember(
        member, indent: 6, sourceWidth: sourceWidth, into: &grid, row: y, end: noteStart)
    case .speaker(let name, let quotes):
      let end = grid.write("   " + name, row: y, column: 0, role: .speaker)
      grid.write(" · " + Plural.count(quotes, "quote", "quotes"), row: y, column: end, role: .dim)
    case .quote(let index):
      let quote = detail.quotes[index]
      let member = detail.members.first { $0.article == quote.article }
      let text = Self.oneLine(quote.text)
      let shown = quote.kind == .indirect ? text : "“" + text + "”"
      let origin = [member?.source ?? "", DateText.short(member?.date)]
        .filter { !$0.isEmpty && $0 != "-" }.joined(separator: " ")
      var line = StyledText("     ")
      line.append(shown, role: .quote)
      if !origin.isEmpty { line.append(" — " + origin, role: .dim) }
      grid.write(line, row: y, column: 0)
    case .related, .current: break
    }
  }

  /// One story on the related timeline: a mark (`●` this story, `│` another), its date span,
  /// its article count and its title.
  private func drawTimeline(
    _ story: Story, isCurrent: Bool, spanWidth: Int, into grid: inout ScreenGrid, row y: Int
  ) {
    grid.write(isCurrent ? "   ●" : "   │", row: y, column: 0, role: isCurrent ? .title : .dim)
    var x = 5
    grid.write(
      DateText.span(story.firstDate, story.lastDate), row: y, column: x, width: spanWidth,
      role: .dim)
    x += spanWidth + 1
    let count = "\(story.members.count)"
    grid.writeRight(count, row: y, endColumn: x + 3, width: 3, role: .dim)
    x += 5
    guard x < grid.columns else { return }
    let title = story.title.isEmpty ? story.id.rawValue : story.title
    let note = " ← this story"
    // NB: the note keeps its place when the title is cut, where the window has room for both.
    let reserve = isCurrent && grid.columns >= 60 ? TerminalText.columns(of: note) : 0
    let end = grid.write(
      title, row: y, column: x, width: grid.columns - x - 1 - reserve,
      role: isCurrent ? .title : .normal)
    if isCurrent, end < grid.columns - 1 {
      grid.write(note, row: y, column: end, width: grid.columns - end - 1, role: .dim)
    }
  }

  /// One article line: unread mark, day, outlet, headline.
  private func drawMember(
    _ member: StoryDetail.Member, indent: Int, sourceWidth: Int, into grid: inout ScreenGrid,
    row y: Int, end: Int? = nil
  ) {
    let end = end ?? grid.columns
    if !member.isRead { grid.write("•", row: y, column: indent, role: .unread) }
    var x = indent + 2
    let date = member.date?.description ?? "-"
    grid.write(date, row: y, column: x, width: min(11, end - x), role: .dim)
    x += 12
    if sourceWidth > 0, x < end {
      grid.write(member.source, row: y, column: x, width: min(sourceWidth, end - x), role: .dim)
      x += sourceWidth + 1
    }
    guard x < end else { return }
    let title = member.title.isEmpty ? member.article.rawValue : member.title
    grid.write(
      title, row: y, column: x, width: end - x - 1, role: member.isRead ? .normal : .unread)
  }

  /// `2025-04-28 · 3 articles · 1 copy · MENAFN, TASS, IANS`; `undated · …` when no member
  /// says when it was published.
  private func summary(_ detail: StoryDetail) -> String {
    let story = detail.story
    let isUndated = story.firstDate == nil && story.lastDate == nil
    var parts = [isUndated ? "undated" : DateText.span(story.firstDate, story.lastDate)]
    parts.append(Plural.count(story.members.count, "article", "articles"))
    if story.copies > 0 { parts.append(Plural.count(story.copies, "copy", "copies")) }
    let sources = story.sources.filter { !$0.isEmpty }
    if !sources.isEmpty { parts.append(sources.joined(separator: ", ")) }
    return parts.joined(separator: " · ")
  }

  /// `text` on one line: every run of whitespace, line breaks included, as one space.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
  }
}
