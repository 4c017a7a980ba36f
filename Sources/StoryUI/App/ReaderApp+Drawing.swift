extension ReaderApp {
  /// The frame for the current state, as a grid of the window's size.
  public func render() -> ScreenGrid {
    var grid = ScreenGrid(size: size)
    draw(into: &grid)
    return grid
  }

  /// Draws the frame into `grid` (of the window's size): title bar, body, status line, hint
  /// bar; below ``minimumSize``, a message asking for a larger window.
  public func draw(into grid: inout ScreenGrid) {
    grid.clear()
    guard !isTooSmall else {
      drawTooSmall(into: &grid)
      return
    }
    let screen = top
    grid.fill(row: 0, role: .title)
    grid.write(" " + screen.title, row: 0, column: 0, width: grid.columns - 1, role: .title)

    var body = ScreenGrid(size: bodySize)
    screen.draw(into: &body)
    grid.paste(body, row: 1, column: 0)

    let statusRow = grid.rows - 2
    grid.fill(row: statusRow, role: .status)
    var right = screen.position ?? ""
    // NB: in a narrow window the position keeps its numbers (`10004/10004`), not the words
    // before them (`newest · `).
    if TerminalText.columns(of: right) + 1 > grid.columns / 2,
      let numbers = right.components(separatedBy: " · ").last
    {
      right = numbers
    }
    if let pendingCount { right = "count \(pendingCount)" + (right.isEmpty ? "" : "  " + right) }
    let rightStart = grid.writeRight(
      right + " ", row: statusRow, width: grid.columns / 2, role: .status)
    if let message = message ?? screen.status {
      grid.write(
        " " + message.text, row: statusRow, column: 0, width: rightStart - 1,
        role: message.isError ? .error : .status)
    } else {
      grid.write(" " + statusText, row: statusRow, column: 0, width: rightStart - 1, role: .status)
    }

    let hintRow = grid.rows - 1
    grid.fill(row: hintRow, role: .hint)
    let hints =
      screen.acceptsText
      ? screen.textHints ?? ""
      : keymap.hints(
        for: screen.hintActions, backQuits: screen.isHome,
        verbs: screen.actionMeanings.mapValues(\.hint))
    grid.write(" " + hints, row: hintRow, column: 0, width: grid.columns - 1, role: .hint)
  }

  /// The corpus and its counts: `sample · 3 stories · 5 articles · 9 speakers`.
  private var statusText: String {
    guard let overview else { return "" }
    var parts = [overview.name]
    parts.append(Plural.count(overview.stories, "story", "stories"))
    parts.append(Plural.count(overview.articles, "article", "articles"))
    parts.append(Plural.count(overview.speakers, "speaker", "speakers"))
    let count = overview.problems + configurationProblems.count
    if count > 0 {
      var problems = Plural.count(count, "problem", "problems")
      if let key = keymap.keys(for: .problems).first { problems += " (\(key))" }
      parts.append(problems)
    }
    return parts.filter { !$0.isEmpty }.joined(separator: " · ")
  }

  /// The message shown when the window is below ``minimumSize``.
  private func drawTooSmall(into grid: inout ScreenGrid) {
    let text =
      "Storyline needs a window of at least \(Self.minimumSize); this one is \(size). "
      + "Enlarge it, or press Q to quit."
    let lines = StyledText(text, role: .error).wrapped(toColumns: grid.columns)
    let first = max(0, (grid.rows - lines.count) / 2)
    for (index, line) in lines.enumerated() where first + index < grid.rows {
      grid.write(line, row: first + index, column: 0)
    }
  }
}
