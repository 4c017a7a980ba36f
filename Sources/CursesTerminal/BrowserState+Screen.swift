import StoryUI

extension BrowserState {
  /// Lays the current state out as a screen of exactly `height` lines of `width` columns.
  ///
  /// Line 0 is the header, the last line the hint bar, and the lines between show the list or
  /// the pager. All text is sanitized and fitted by display columns. On screens under two
  /// lines tall, the header (then the hint bar) take precedence over content.
  ///
  /// - Returns: The screen, ready to draw.
  func screen() -> Screen {
    var lines: [Screen.Line] = []
    guard height > 0 else { return Screen(width: width, lines: lines) }
    lines.append(headerLine())
    if let open = pager {
      for index in open.viewport.visibleRange {
        lines.append(fitted(open.lines[index]))
      }
    } else if rows.isEmpty {
      if contentHeight > 0 { lines.append(fitted(Screen.Line("(no stories)", .placeholder))) }
    } else {
      let detailColumns = listDetailColumns()
      for index in list.visibleRange {
        lines.append(listLine(rows[index], selected: index == list.selection, detailColumns))
      }
    }
    let blank = Screen.Line(TerminalText.padded("", toColumns: width), .plain)
    while lines.count < 1 + contentHeight { lines.append(blank) }
    if height > 1 {
      let hints = BrowserKeymap.hints(for: bindings)
      lines.append(Screen.Line(TerminalText.padded(hints, toColumns: width), .hintBar))
    }
    return Screen(width: width, lines: lines)
  }

  /// The header: a title on the left, the position on the right when there is room.
  private func headerLine() -> Screen.Line {
    let left: String
    let right: String
    if let open = pager {
      left = TerminalText.sanitized(rows[open.row].title)
      let range = open.viewport.visibleRange
      right = range.isEmpty ? "" : "\(range.lowerBound + 1)-\(range.upperBound)/\(open.lines.count)"
    } else {
      left = title
      right = rows.isEmpty ? "" : "\(list.selection + 1)/\(rows.count)"
    }
    let rightColumns = TerminalText.columns(of: right)
    let leftColumns = width - rightColumns - 1  // NB: at least one space between the two.
    guard !right.isEmpty, leftColumns >= 1 else {
      return Screen.Line(TerminalText.padded(left, toColumns: width), .header)
    }
    return Screen.Line(TerminalText.padded(left, toColumns: leftColumns) + " " + right, .header)
  }

  /// The width of the detail column of the list: the widest visible detail, at most a third
  /// of the screen; 0 when no visible row has details or the screen is narrow.
  private func listDetailColumns() -> Int {
    guard width >= 24 else { return 0 }
    let widest =
      list.visibleRange.map { index in
        TerminalText.columns(of: TerminalText.sanitized(rows[index].detail))
      }.max() ?? 0
    return min(widest, width / 3)
  }

  /// One list line: the title, then the detail in a column of `detailColumns` on the right.
  private func listLine(_ row: BrowserRow, selected: Bool, _ detailColumns: Int) -> Screen.Line {
    let titleRole: TextRole = selected ? .selectedTitle : .rowTitle
    let detailRole: TextRole = selected ? .selectedDetail : .rowDetail
    let title = TerminalText.sanitized(row.title)
    guard detailColumns > 0 else {
      return Screen.Line(TerminalText.padded(title, toColumns: width), titleRole)
    }
    let gap = 2
    let titleColumns = width - detailColumns - gap
    let detail = TerminalText.sanitized(row.detail)
    return Screen.Line([
      Screen.Span(text: TerminalText.padded(title, toColumns: titleColumns), role: titleRole),
      Screen.Span(text: String(repeating: " ", count: gap), role: titleRole),
      Screen.Span(text: TerminalText.padded(detail, toColumns: detailColumns), role: detailRole),
    ])
  }

  /// `line` cut or padded to exactly the screen width; padding takes the last span's role.
  private func fitted(_ line: Screen.Line) -> Screen.Line {
    var spans: [Screen.Span] = []
    var remaining = width
    for span in line.spans where remaining > 0 {
      let text = TerminalText.truncated(span.text, toColumns: remaining)
      remaining -= TerminalText.columns(of: text)
      spans.append(Screen.Span(text: text, role: span.role))
    }
    if remaining > 0 {
      let role = spans.last?.role ?? .plain
      spans.append(Screen.Span(text: String(repeating: " ", count: remaining), role: role))
    }
    return Screen.Line(spans)
  }

  /// The article for the pager, wrapped to `width`: title, detail, a blank line, then the body.
  static func articleLines(for row: BrowserRow, width: Int) -> [Screen.Line] {
    var lines: [Screen.Line] = []
    for text in TerminalText.wrapped(row.title, toColumns: width) {
      lines.append(Screen.Line(text, .articleTitle))
    }
    if !row.detail.isEmpty {
      for text in TerminalText.wrapped(row.detail, toColumns: width) {
        lines.append(Screen.Line(text, .articleDetail))
      }
    }
    lines.append(Screen.Line("", .body))
    for text in TerminalText.wrapped(row.text, toColumns: width) {
      lines.append(Screen.Line(text, .body))
    }
    return lines
  }
}
