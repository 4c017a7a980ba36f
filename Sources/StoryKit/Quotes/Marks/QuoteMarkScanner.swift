/// Pairs quotation marks into `QuotedSpan`s, paragraph by paragraph.
///
/// - Any double mark closes any open double mark (`"…”`, `„…“`, `„…"`), so mixed ASCII and
///   curly pairs work. Double quotations don't nest in news text: a second opening double mark
///   while one is open means the first was never closed; it ends there.
/// - Single marks pair only inside a double quotation or when both ends stand in quoting
///   positions; apostrophes inside words (`Lavrov's`, `it's`) and before digits (`'90s`)
///   never reach here (see `Tokenizer`).
/// - A quotation still open at a paragraph's end continues when the next paragraph opens
///   with a mark of the same family (quotes over several paragraphs); otherwise it is
///   unclosed, and `QuoteExtractor` ends it at an attribution or the paragraph's end.
enum QuoteMarkScanner {
  static func scan(_ tokens: [TextToken]) -> [QuotedSpan] {
    var spans: [QuotedSpan] = []
    // Each paragraph's first token, for linking below.
    var firstToken: [Int: Int] = [:]
    var index = 0
    while index < tokens.count {
      let paragraph = tokens[index].paragraph
      if firstToken[paragraph] == nil { firstToken[paragraph] = index }
      var end = index
      while end < tokens.count && tokens[end].paragraph == paragraph { end += 1 }
      spans += scanParagraph(tokens, index..<end)
      index = end
    }
    // Link quotations that run over several paragraphs.
    // NB: the spans are in paragraph order; each paragraph's first token and first
    // non-nested span are looked up, not searched for, so this is linear.
    var firstSpan: [Int: Int] = [:]
    for position in spans.indices where !spans[position].isNested {
      let paragraph = tokens[spans[position].open].paragraph
      if firstSpan[paragraph] == nil { firstSpan[paragraph] = position }
    }
    for position in spans.indices where !spans[position].isClosed && !spans[position].isNested {
      let paragraph = tokens[spans[position].open].paragraph
      guard let next = firstSpan[paragraph + 1], next > position else { continue }
      if spans[next].open == firstToken[paragraph + 1],
        spans[next].family == spans[position].family
      {
        spans[position].continuesInNextParagraph = true
        spans[next].continuesPrevious = true
      }
    }
    return spans
  }

  private static func scanParagraph(_ tokens: [TextToken], _ range: Range<Int>) -> [QuotedSpan] {
    var spans: [QuotedSpan] = []
    var stack: [(index: Int, family: QuoteMark.Family)] = []
    // NB: how many marks of each family are open, so a mark with none to close is known at
    // once rather than by searching the whole stack (a paragraph of 100,000 stray marks).
    var openCount: [QuoteMark.Family: Int] = [:]
    func push(_ index: Int, _ family: QuoteMark.Family) {
      stack.append((index, family))
      openCount[family, default: 0] += 1
    }
    func pop() -> (index: Int, family: QuoteMark.Family)? {
      guard let top = stack.popLast() else { return nil }
      openCount[top.family, default: 1] -= 1
      return top
    }
    func closeUnclosed(at position: Int) {
      // Everything still open on the stack above a double mark is cut before `position`.
      if let top = pop() {
        if top.family == .single {
          // An opening single mark that never closed was an apostrophe or a stray mark.
          return
        }
        spans.append(
          QuotedSpan(
            open: top.index, close: nil, lastInside: max(top.index, position - 1),
            family: top.family,
            isNested: !stack.isEmpty))
      }
    }
    // A single mark after `s` and before a lower-case word may be a plural possessive
    // (`the ministers' meeting`): it closes a single quotation only if no later single mark can.
    let lastSingleCloser = range.last {
      tokens[$0].quoteMark.map { $0.family == .single && $0.canClose } ?? false
    }
    func isWeakSingleCloser(_ index: Int) -> Bool {
      guard index > range.lowerBound, index + 1 < range.upperBound else { return false }
      let before = tokens[index - 1]
      let after = tokens[index + 1]
      return before.isWord && before.lower.hasSuffix("s") && after.isWord && !after.startsUppercase
        && (lastSingleCloser ?? index) > index
    }
    for index in range {
      guard let mark = tokens[index].quoteMark else { continue }
      if mark.family == .single && mark.canClose && isWeakSingleCloser(index) { continue }
      // NB: searched only when one is open; the marks searched past are then closed, so the
      // search costs no more than the pushes before it.
      let openIndex =
        (openCount[mark.family] ?? 0) > 0
        ? stack.lastIndex { compatible($0.family, mark.family) } : nil
      if mark.canClose, let openIndex, !(mark.canOpen && tokens[index].spaceBefore) {
        // Marks opened inside the quotation and never closed are dropped (apostrophes).
        while stack.count > openIndex + 1 { closeUnclosed(at: index) }
        guard let open = pop() else { continue }
        if index > open.index + 1 {
          spans.append(
            QuotedSpan(
              open: open.index, close: index, lastInside: index - 1, family: open.family,
              isNested: !stack.isEmpty))
        }
        continue
      }
      if mark.canOpen {
        if mark.family == .double, (openCount[.double] ?? 0) > 0,
          let existing = stack.lastIndex(where: { $0.family == .double })
        {
          // Double quotations don't nest: the earlier one was never closed.
          while stack.count > existing { closeUnclosed(at: index) }
        }
        push(index, mark.family)
      }
    }
    while !stack.isEmpty { closeUnclosed(at: range.upperBound) }
    return spans.sorted { $0.open < $1.open }
  }

  private static func compatible(_ open: QuoteMark.Family, _ close: QuoteMark.Family) -> Bool {
    open == close
  }
}
