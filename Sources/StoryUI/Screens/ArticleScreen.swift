import StoryKit

/// One article: its clean text wrapped to the window, every quote highlighted and its speaker
/// named.
///
/// `]` and `[` go to the next and previous quote (marked `›` in the margin); opened from a
/// quote, the article starts at that quote. Opening an article marks it read. A resize keeps
/// the line at the top of the window in view (by its place in the text, not its line number).
///
/// `}` and `{` go to the next and previous quote by the speaker of the current quote (or of
/// the first quote from the window's top) anywhere in the corpus, in time order: in this
/// article the quote is marked in place; in another, that article opens on top at the quote
/// (`q` comes back). `*` lists all the speaker's quotes.
///
/// `u` marks the article unread (or read again) and `m` stars it, in the library's reading
/// state; a starred article's title bar starts with `*`, and the status line says what changed.
///
/// `b` shows the lines cleaning removed in place, dimmed and marked with their reason; `d` on a
/// syndicated copy shows what it changed against its original, like a diff (`d`, `q` or `Esc`
/// return to the text); on an article that is not a copy the status line says so.
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
  /// Where the search the article was opened from matched its clean text (Unicode-scalar
  /// ranges, in order); empty when it was not opened from a search.
  public let matches: [Range<Int>]
  /// The match last gone to with `n`/`N` (an index into ``matches``).
  public private(set) var currentMatch: Int?
  /// Whether the lines cleaning removed are shown in place (`b`).
  public private(set) var showsRemovals = false
  /// Whether the copy's changes against its original are shown instead of the text (`d`).
  public private(set) var showsDiff = false
  /// The article's reading state (read, starred), as last read or recorded.
  public private(set) var readingState = ReadingState(isRead: true)
  private var original: Article?
  private var notice: StatusMessage?
  private var layoutShowsRemovals = false
  private var layoutShowsDiff = false
  /// The clean offset at the window's top when the diff opened, to return to.
  private var textAnchor: Int?
  private let fromSearch: Bool
  private(set) var layout: ArticleLayout?
  private var textWidth = 0
  private var layoutIncludesTitle = true
  private var failure: String?

  /// Reads the article and marks it read.
  ///
  /// - Parameters:
  ///   - id: The article.
  ///   - quote: A quote to start at, if any.
  ///   - search: The search the article was opened from, if any: its matches are marked, the
  ///     article starts at the first, and `n`/`N` step through them.
  ///   - data: Where to read.
  public init(
    article id: ArticleID, quote: QuoteID? = nil, search: SearchQuery? = nil,
    data: any ReaderData
  ) {
    articleID = id
    do {
      detail = try data.article(id)
      if detail == nil { failure = "the article \(id) is no longer in the library" }
      // NB: failing to record reading state must not keep the article from showing.
      try? data.markRead(id)
      if let state = try? data.readingState(of: id) { readingState = state }
    } catch {
      detail = nil
      failure = "cannot read the article: \(error)"
    }
    let read = detail
    let found = search.flatMap { search in read.map { search.matchRanges(in: $0.article.cleanText) }
    }
    matches = found ?? []
    fromSearch = search != nil
    currentQuote = quote.flatMap { id in read?.quotes.firstIndex { $0.id == id } }
    if currentQuote == nil, !matches.isEmpty { currentMatch = 0 }
  }

  public var status: StatusMessage? {
    if let notice { return notice }
    if showsDiff { return StatusMessage("what this copy changed; d or q returns to the text") }
    if showsRemovals, !fromSearch {
      let count = detail?.article.removals.count ?? 0
      return StatusMessage(
        count == 0
          ? "cleaning removed nothing from this article"
          : Plural.count(count, "removed piece", "removed pieces") + " shown dimmed; b hides them")
    }
    guard fromSearch else { return nil }
    guard !matches.isEmpty else { return StatusMessage("the search matched no words of the text") }
    let shown = currentMatch.map { "match \($0 + 1) of \(matches.count)" }
    return StatusMessage(
      (shown ?? Plural.count(matches.count, "match", "matches")) + "; n/N go to the next/previous")
  }

  public var title: String {
    guard let article = detail?.article else { return articleID.rawValue }
    let title = article.title ?? article.id.rawValue
    return readingState.isStarred ? "* " + title : title
  }

  public var position: String? {
    guard pager.lineCount > 0 else { return nil }
    let visible = pager.visible
    let percent = pager.isAtEnd ? 100 : (visible.upperBound * 100) / max(1, pager.lineCount)
    return "\(visible.lowerBound + 1)–\(visible.upperBound)/\(pager.lineCount) \(percent)%"
  }

  public var actions: [Action] {
    ListCursor.movementActions + [
      .nextQuote, .previousQuote, .nextSpeakerQuote, .previousSpeakerQuote, .speakerQuotes,
      .nextMatch, .previousMatch, .removedLines, .diff,
      .toggleRead, .toggleStar, .openURL, .copyCitation, .speakers, .back, .quit, .help,
    ]
  }

  public var hintActions: [Action] {
    if showsDiff { return [.pageDown, .diff, .back, .help] }
    let copy: [Action] = detail?.copy == nil ? [] : [.diff]
    // NB: back and help first, so a narrow window cuts the new keys, not the way out.
    return (fromSearch ? [.pageDown, .nextMatch, .nextQuote] : [.pageDown, .nextQuote])
      + [.back, .help] + copy + [.removedLines, .nextSpeakerQuote, .speakerQuotes]
  }

  public mutating func layout(size: GridSize, data: any ReaderData) {
    guard let detail else { return }
    let width = max(1, min(size.columns - 2, Self.maximumTextWidth))
    // NB: the title bar shows the headline; repeat it above the text only when it is cut there.
    let includesTitle = TerminalText.columns(of: TerminalText.sanitized(title)) > size.columns - 2
    let diffOriginal = showsDiff ? original : nil
    if layout == nil || width != textWidth || includesTitle != layoutIncludesTitle
      || showsRemovals != layoutShowsRemovals || (diffOriginal != nil) != layoutShowsDiff
    {
      var anchor = layout.flatMap { layout in
        layout.lines.indices.contains(pager.top) ? layout.lines[pager.top].offset : nil
      }
      var previousTop = pager.top
      if (diffOriginal != nil) != layoutShowsDiff {
        // NB: the diff opens at its top; closing it returns to where the text was.
        if diffOriginal != nil { textAnchor = anchor } else { anchor = textAnchor }
        previousTop = 0
      }
      let fresh =
        if let diffOriginal {
          ArticleLayout(diffOf: detail, original: diffOriginal, width: width)
        } else {
          ArticleLayout(
            detail, width: width, includesTitle: includesTitle, matches: matches,
            showsRemovals: showsRemovals)
        }
      layoutIncludesTitle = includesTitle
      layoutShowsRemovals = showsRemovals
      layoutShowsDiff = diffOriginal != nil
      layout = fresh
      textWidth = width
      pager.resize(lineCount: fresh.lines.count, visibleRows: size.rows)
      if let anchor, let line = ArticleLayout.line(containing: anchor, in: fresh.lines) {
        pager.scroll(to: line)
      } else if let currentQuote, previousTop == 0, fresh.quoteLines.indices.contains(currentQuote)
      {
        pager.scroll(to: fresh.quoteLines[currentQuote] - 1)
      } else if let currentMatch, previousTop == 0,
        fresh.matchLines.indices.contains(currentMatch)
      {
        pager.scroll(to: fresh.matchLines[currentMatch] - 1)
      } else {
        pager.scroll(to: previousTop)
      }
    } else {
      pager.resize(lineCount: pager.lineCount, visibleRows: size.rows)
    }
  }

  public mutating func handle(_ command: Command, data: any ReaderData) -> EventResult {
    let hadNotice = notice != nil
    notice = nil
    let result = perform(command, data: data)
    if hadNotice, case .handled = result { return .redraw }
    return result
  }

  private mutating func perform(_ command: Command, data: any ReaderData) -> EventResult {
    if let moved = pager.perform(command) { return moved ? .redraw : .handled }
    let forward = command.action == .nextQuote || command.action == .nextMatch
    switch command.action {
    case .nextQuote, .previousQuote:
      guard
        let index = step(
          from: currentQuote, lines: layout?.quoteLines, forward: forward,
          times: command.repeats)
      else {
        notice = StatusMessage(Self.noMore("quote", forward: forward, of: layout?.quoteLines))
        return .redraw
      }
      currentQuote = index
      return .redraw
    case .nextMatch, .previousMatch:
      guard fromSearch else { return .notHandled }
      guard
        let index = step(
          from: currentMatch, lines: layout?.matchLines, forward: forward,
          times: command.repeats)
      else {
        notice = StatusMessage(Self.noMore("match", forward: forward, of: layout?.matchLines))
        return .redraw
      }
      currentMatch = index
      return .redraw
    case .nextSpeakerQuote, .previousSpeakerQuote:
      return stepBySpeaker(
        forward: command.action == .nextSpeakerQuote, times: command.repeats, data: data)
    case .speakerQuotes:
      return listSpeakerQuotes(data: data)
    case .removedLines:
      guard detail != nil else { return .notHandled }
      showsRemovals.toggle()
      showsDiff = false
      return .redraw
    case .diff:
      return toggleDiff(data: data)
    case .toggleRead:
      guard detail != nil else { return .notHandled }
      var state = readingState
      state.isRead.toggle()
      return record(state, saying: state.isRead ? "marked read" : "marked unread", data: data)
    case .toggleStar:
      guard detail != nil else { return .notHandled }
      var state = readingState
      state.isStarred.toggle()
      return record(state, saying: state.isStarred ? "starred" : "star removed", data: data)
    case .back where showsDiff:
      showsDiff = false
      return .redraw
    case .openURL:
      guard let article = detail?.article else { return .notHandled }
      return WebAddress.open(article)
    case .copyCitation:
      return copyCitation()
    default: return .notHandled
    }
  }

  /// The quote `}`, `{` and `*` start from: the current one, else the first from the window's
  /// top; `nil` (with a notice said) when there is none or its speaker is not known.
  private mutating func speakerQuote() -> Quote? {
    guard let detail, let layout else { return nil }
    let index =
      currentQuote
      ?? layout.quoteLines.firstIndex { $0 >= pager.top }
    guard let index, detail.quotes.indices.contains(index) else {
      notice = StatusMessage("there is no quote from here to the end of the article")
      return nil
    }
    guard detail.quotes[index].speaker != nil else {
      notice = StatusMessage("the speaker of this quote is not known")
      return nil
    }
    return detail.quotes[index]
  }

  /// Goes to the next or previous quote by the same speaker, in this article or another.
  private mutating func stepBySpeaker(forward: Bool, times: Int, data: any ReaderData)
    -> EventResult
  {
    guard let quote = speakerQuote(), let name = quote.speaker else { return .redraw }
    let trail: SpeakerTrail?
    do {
      trail = try SpeakerTrail(speakerNamed: name, data: data)
    } catch {
      notice = StatusMessage("cannot read the speaker's quotes: \(error)", isError: true)
      return .redraw
    }
    guard var trail else {
      notice = StatusMessage("\(name) is no longer in the library", isError: true)
      return .redraw
    }
    // NB: `a spokesman` in another article is someone else: an unnamed speaker is followed
    // through this article only.
    let scope = trail.speaker.isNamed ? "" : " in this article"
    if !trail.speaker.isNamed { trail = trail.within(articleID) }
    guard let target = trail.step(from: quote.id, forward: forward, times: times) else {
      let unnamed =
        trail.speaker.isNamed ? "" : " (unnamed: in other articles it is someone else)"
      notice = StatusMessage(
        "no \(forward ? "later" : "earlier") quote by \(name)\(scope)\(unnamed)")
      return .redraw
    }
    let next = trail.quotes[target]
    let day = trail.summaries[next.article]?.date.map { " · \($0)" } ?? ""
    let message = StatusMessage(
      "\(name): quote \(target + 1) of \(trail.quotes.count)\(scope)\(day); } / { go on")
    if next.article == articleID,
      let index = detail?.quotes.firstIndex(where: { $0.id == next.id }),
      let lines = layout?.quoteLines, lines.indices.contains(index)
    {
      currentQuote = index
      pager.scroll(to: lines[index] - 1)
      notice = message
      return .redraw
    }
    var screen = ArticleScreen(article: next.article, quote: next.id, data: data)
    screen.notice = message
    return .push(screen)
  }

  /// Copies the current quote (`]`/`[`), else the first quote in view, as a citation.
  private mutating func copyCitation() -> EventResult {
    guard let detail, let layout else { return .notHandled }
    let visible = pager.visible
    let index = currentQuote ?? layout.quoteLines.firstIndex { visible.contains($0) }
    guard let index, detail.quotes.indices.contains(index) else {
      notice = StatusMessage("no quote in view to copy; ] goes to the next quote")
      return .redraw
    }
    return .request(.copy(Citation(quote: detail.quotes[index], article: detail.article).text))
  }

  /// Opens the list of every quote by the current quote's speaker.
  private mutating func listSpeakerQuotes(data: any ReaderData) -> EventResult {
    guard let quote = speakerQuote(), let name = quote.speaker else { return .redraw }
    do {
      guard let speaker = try SpeakerTrail.speaker(named: name, data: data) else {
        notice = StatusMessage("\(name) is no longer in the library", isError: true)
        return .redraw
      }
      return .push(SpeakerQuotesScreen(speaker: speaker, selecting: quote.id, data: data))
    } catch {
      notice = StatusMessage("cannot read the speakers: \(error)", isError: true)
      return .redraw
    }
  }

  /// Records `state` as the article's reading state and says `message` on the status line.
  private mutating func record(_ state: ReadingState, saying message: String, data: any ReaderData)
    -> EventResult
  {
    do {
      try data.setReadingState(state, of: articleID)
    } catch {
      notice = StatusMessage("cannot record the reading state: \(error)", isError: true)
      return .redraw
    }
    readingState = state
    notice = StatusMessage(message)
    return .redraw
  }

  /// Shows or hides what the copy changed, reading its original the first time.
  private mutating func toggleDiff(data: any ReaderData) -> EventResult {
    guard let detail else { return .notHandled }
    if showsDiff {
      showsDiff = false
      return .redraw
    }
    guard let copy = detail.copy else {
      notice = StatusMessage("this article is not a copy: there is no original to compare with")
      return .redraw
    }
    if original == nil {
      do {
        original = try data.article(copy.original)?.article
      } catch {
        notice = StatusMessage("cannot read the original: \(error)", isError: true)
        return .redraw
      }
      guard original != nil else {
        notice = StatusMessage(
          "the original \(copy.original) is no longer in the library", isError: true)
        return .redraw
      }
    }
    showsDiff = true
    return .redraw
  }

  /// Goes `times` marks (quotes or matches, starting on `lines`) forward or back from
  /// `current` (from the window's top when there is none), showing a line of context above.
  ///
  /// - Returns: The mark gone to, or `nil` when there is none to go to.
  /// What the status line says when `]`, `[`, `n` or `N` finds nothing further: `no later
  /// quote in this article`, or `no quote in this article` when there is none at all.
  static func noMore(_ item: String, forward: Bool, of lines: [Int]?) -> String {
    guard let lines, !lines.isEmpty else { return "no \(item) in this article" }
    return "no \(forward ? "later" : "earlier") \(item) in this article"
  }

  private mutating func step(
    from current: Int?, lines: [Int]?, forward: Bool, times: Int
  ) -> Int? {
    guard let lines, !lines.isEmpty else { return nil }
    var index: Int
    if let current {
      index = current + (forward ? times : -times)
    } else if forward {
      index = (lines.firstIndex { $0 >= pager.top } ?? lines.count - 1) + times - 1
    } else {
      index = (lines.lastIndex { $0 < pager.top } ?? 0) - times + 1
    }
    index = min(max(0, index), lines.count - 1)
    guard index != current else { return nil }
    pager.scroll(to: lines[index] - 1)
    return index
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
    let matchLine = currentMatch.flatMap {
      layout.matchLines.indices.contains($0) ? layout.matchLines[$0] : nil
    }
    for (row, index) in pager.visible.enumerated() {
      if index == matchLine {
        grid.write("›", row: row, column: 0, role: .match)
      } else if index == currentLine {
        grid.write("›", row: row, column: 0, role: .quote)
      }
      grid.write(layout.lines[index].text, row: row, column: 1, width: textWidth)
    }
  }
}
