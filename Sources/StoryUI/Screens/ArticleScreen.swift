import StoryKit

/// One article: its clean text wrapped to the window, every quote highlighted and its speaker
/// named.
///
/// `]` and `[` go to the next and previous quote (marked `›` in the margin); opened from a
/// quote, the article starts at that quote. Opening an article marks it read. A resize keeps
/// the line at the top of the window in view (by its place in the text, not its line number).
public struct ArticleScreen: Screen {
  /// The longest a text line gets on a wide window, in columns.
  public static let maximumTextWidth = 100

  /// The article shown.
  public let articleID: ArticleID
  /// The article as read, or `nil` when it could not be.
  public let detail: ArticleDetail?
  /// The reading position.
  public private(set) var pager = PagerPosition(lineCount: 0)
  /// The quote last gone to with `]`/`[` (an index into `detail.quotes`).
  public private(set) var currentQuote: Int?
  private(set) var layout: ArticleLayout?
  private var textWidth = 0
  private var layoutIncludesTitle = true
  private var failure: String?

  /// Reads the article and marks it read.
  ///
  /// - Parameters:
  ///   - id: The article.
  ///   - quote: A quote to start at, if any.
  ///   - data: Where to read.
  public init(article id: ArticleID, quote: QuoteID? = nil, data: any ReaderData) {
    articleID = id
    do {
      detail = try data.article(id)
      if detail == nil { failure = "the article \(id) is no longer in the library" }
      // NB: failing to record reading state must not keep the article from showing.
      try? data.markRead(id)
    } catch {
      detail = nil
      failure = "cannot read the article: \(error)"
    }
    currentQuote = quote.flatMap { id in detail?.quotes.firstIndex { $0.id == id } }
  }

  public var title: String {
    guard let article = detail?.article else { return articleID.rawValue }
    return article.title ?? article.id.rawValue
  }

  public var position: String? {
    guard pager.lineCount > 0 else { return nil }
    let visible = pager.visible
    let percent = pager.isAtEnd ? 100 : (visible.upperBound * 100) / max(1, pager.lineCount)
    return "\(visible.lowerBound + 1)–\(visible.upperBound)/\(pager.lineCount) \(percent)%"
  }

  public var actions: [Action] {
    ListCursor.movementActions + [.nextQuote, .previousQuote, .speakers, .back, .quit, .help]
  }

  public var hintActions: [Action] { [.pageDown, .nextQuote, .back, .help] }

  public mutating func layout(size: GridSize, data: any ReaderData) {
    guard let detail else { return }
    let width = max(1, min(size.columns - 2, Self.maximumTextWidth))
    // NB: the title bar shows the headline; repeat it above the text only when it is cut there.
    let includesTitle = TerminalText.columns(of: TerminalText.sanitized(title)) > size.columns - 2
    if layout == nil || width != textWidth || includesTitle != layoutIncludesTitle {
      let anchor = layout.flatMap { layout in
        layout.lines.indices.contains(pager.top) ? layout.lines[pager.top].offset : nil
      }
      let previousTop = pager.top
      let fresh = ArticleLayout(detail, width: width, includesTitle: includesTitle)
      layoutIncludesTitle = includesTitle
      layout = fresh
      textWidth = width
      pager.resize(lineCount: fresh.lines.count, visibleRows: size.rows)
      if let anchor, let line = ArticleLayout.line(containing: anchor, in: fresh.lines) {
        pager.scroll(to: line)
      } else if let currentQuote, previousTop == 0, fresh.quoteLines.indices.contains(currentQuote)
      {
        pager.scroll(to: fresh.quoteLines[currentQuote] - 1)
      } else {
        pager.scroll(to: previousTop)
      }
    } else {
      pager.resize(lineCount: pager.lineCount, visibleRows: size.rows)
    }
  }

  public mutating func handle(_ command: Command, data: any ReaderData) -> EventResult {
    if let moved = pager.perform(command) { return moved ? .redraw : .handled }
    switch command.action {
    case .nextQuote: return goToQuote(forward: true, times: command.repeats)
    case .previousQuote: return goToQuote(forward: false, times: command.repeats)
    default: return .notHandled
    }
  }

  /// Goes `times` quotes forward or back from the current one (from the window's top when
  /// none is current), showing a line of context above it.
  private mutating func goToQuote(forward: Bool, times: Int) -> EventResult {
    guard let quoteLines = layout?.quoteLines, !quoteLines.isEmpty else { return .handled }
    var index: Int
    if let currentQuote {
      index = currentQuote + (forward ? times : -times)
    } else if forward {
      index = (quoteLines.firstIndex { $0 >= pager.top } ?? quoteLines.count - 1) + times - 1
    } else {
      index = (quoteLines.lastIndex { $0 < pager.top } ?? 0) - times + 1
    }
    index = min(max(0, index), quoteLines.count - 1)
    guard index != currentQuote else { return .handled }
    currentQuote = index
    pager.scroll(to: quoteLines[index] - 1)
    return .redraw
  }

  public func draw(into grid: inout ScreenGrid) {
    if let failure {
      grid.write(" " + failure, row: 0, column: 0, role: .error)
      return
    }
    guard let layout else { return }
    let currentLine = currentQuote.flatMap {
      layout.quoteLines.indices.contains($0) ? layout.quoteLines[$0] : nil
    }
    for (row, index) in pager.visible.enumerated() {
      if index == currentLine { grid.write("›", row: row, column: 0, role: .quote) }
      grid.write(layout.lines[index].text, row: row, column: 1, width: textWidth)
    }
  }
}
