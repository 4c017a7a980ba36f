import StoryKit

/// One speaker's quotes across the corpus, in time order (`SpeakerTrail`, the order `}` and
/// `{` follow), each with its day and outlet; `Enter` opens the article at the quote.
public struct SpeakerQuotesScreen: Screen {
  /// The speaker.
  public let speaker: Speaker
  /// Where the quotes stand, oldest first; undated ones last.
  public let quotes: [QuoteReference]
  /// The quotes read so far: those shown (a speaker quoted thousands of times is read a
  /// screenful at a time).
  private var loaded: [QuoteID: Quote] = [:]
  /// The widest outlet name among the quotes' articles, in columns (measured once).
  private let widestSource: Int
  /// What lists show of the quotes' articles, by id.
  public let articles: [ArticleID: ArticleSummary]
  /// The selected quote and the quotes in view.
  public private(set) var cursor: ListCursor
  private var failure: String?

  /// Reads the speaker's quotes.
  ///
  /// - Parameters:
  ///   - speaker: The speaker.
  ///   - quote: A quote to select (`*` in an article selects the quote it was pressed on).
  ///   - data: Where to read.
  public init(speaker: Speaker, selecting quote: QuoteID? = nil, data: any ReaderData) {
    self.speaker = speaker
    var quotes: [QuoteReference] = []
    var articles: [ArticleID: ArticleSummary] = [:]
    do {
      let trail = try SpeakerTrail(speaker: speaker, data: data)
      quotes = trail.quotes
      articles = trail.summaries
    } catch {
      failure = "cannot read the quotes: \(error)"
    }
    self.quotes = quotes
    self.articles = articles
    // NB: measured once per outlet, not once per article: thousands of articles, a few outlets.
    widestSource =
      Set(articles.values.map(\.source))
      .map { TerminalText.columns(of: TerminalText.sanitized($0)) }.max() ?? 0
    cursor = ListCursor(count: quotes.count)
    if let quote, let index = quotes.firstIndex(where: { $0.id == quote }) {
      cursor.select(index)
    }
  }

  public var title: String {
    speaker.name + ": " + Plural.count(quotes.count, "quote", "quotes")
  }

  public var position: String? {
    cursor.position
  }

  public var actions: [Action] {
    ListCursor.movementActions + [.open, .openURL, .copyCitation, .back, .quit, .help]
  }

  public var hintActions: [Action] { [.moveDown, .moveUp, .open, .back, .help] }

  public mutating func layout(size: GridSize, data: any ReaderData) {
    cursor.resize(visibleRows: size.rows)
    load(cursor.visible.map { quotes[$0].id }, data: data)
  }

  /// Reads the quotes of `ids` not read yet.
  private mutating func load(_ ids: [QuoteID], data: any ReaderData) {
    let missing = ids.filter { loaded[$0] == nil }
    guard !missing.isEmpty else { return }
    do {
      for quote in try data.quotes(missing) { loaded[quote.id] = quote }
    } catch {
      failure = "cannot read the quotes: \(error)"
    }
  }

  public mutating func handle(_ command: Command, data: any ReaderData) -> EventResult {
    if let moved = cursor.perform(command) { return moved ? .redraw : .handled }
    switch command.action {
    case .open:
      guard quotes.indices.contains(cursor.selection) else { return .handled }
      let quote = quotes[cursor.selection]
      return .push(ArticleScreen(article: quote.article, quote: quote.id, data: data))
    case .openURL, .copyCitation:
      guard quotes.indices.contains(cursor.selection) else { return .handled }
      load([quotes[cursor.selection].id], data: data)
      guard let quote = loaded[quotes[cursor.selection].id] else { return .handled }
      let article: Article?
      do {
        article = try data.article(quote.article)?.article
      } catch {
        return .message(StatusMessage("cannot read the article: \(error)", isError: true))
      }
      if command.action == .copyCitation {
        return .request(.copy(Citation(quote: quote, article: article).text))
      }
      guard let article else {
        return .message(
          StatusMessage("the article \(quote.article) is no longer in the library", isError: true))
      }
      return WebAddress.open(article)
    default: return .notHandled
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
    let narrow = grid.columns < 60
    let sourceWidth = narrow ? 0 : min(12, widestSource)
    for (line, index) in cursor.visible.enumerated() {
      let reference = quotes[index]
      let summary = articles[reference.article]
      let date = summary?.date.map { StoryDate(date: $0, isInferred: false) }
      var x = grid.write(
        narrow ? DateText.short(date) : date?.description ?? "-", row: line, column: 1,
        role: .dim)
      x = max(x, narrow ? 7 : 12)
      if sourceWidth > 0 {
        grid.write(summary?.source ?? "", row: line, column: x, width: sourceWidth, role: .dim)
        x += sourceWidth + 1
      }
      if let quote = loaded[reference.id] {
        let text = StoryScreen.oneLine(quote.text)
        grid.write(
          quote.kind == .indirect ? text : "“" + text + "”", row: line, column: x, role: .quote)
      }
      if index == cursor.selection { grid.setRole(.selected, row: line) }
    }
  }
}
