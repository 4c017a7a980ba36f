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
    var index = 0
    while index < tokens.count {
      let paragraph = tokens[index].paragraph
      var end = index
      while end < tokens.count && tokens[end].paragraph == paragraph { end += 1 }
      spans += scanParagraph(tokens, index..<end)
      index = end
    }
    // Link quotations that run over several paragraphs.
    for position in spans.indices where !spans[position].isClosed && !spans[position].isNested {
      let paragraph = tokens[spans[position].open].paragraph
      guard
        let next = spans.indices.first(where: { other in
          other > position && tokens[spans[other].open].paragraph == paragraph + 1
            && !spans[other].isNested
        })
      else { continue }
      let firstOfNext = tokens.firstIndex { $0.paragraph == paragraph + 1 }
      if spans[next].open == firstOfNext, spans[next].family == spans[position].family {
        spans[position].continuesInNextParagraph = true
        spans[next].continuesPrevious = true
      }
    }
    return spans
  }

  private static func scanParagraph(_ tokens: [TextToken], _ range: Range<Int>) -> [QuotedSpan] {
    var spans: [QuotedSpan] = []
    var stack: [(index: Int, family: QuoteMark.Family)] = []
    func closeUnclosed(at position: Int) {
      // Everything still open on the stack above a double mark is cut before `position`.
      if let top = stack.popLast() {
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
    let singleClosers = range.filter {
      tokens[$0].quoteMark.map { $0.family == .single && $0.canClose } ?? false
    }
    func isWeakSingleCloser(_ index: Int) -> Bool {
      guard index > range.lowerBound, index + 1 < range.upperBound else { return false }
      let before = tokens[index - 1]
      let after = tokens[index + 1]
      return before.isWord && before.lower.hasSuffix("s") && after.isWord && !after.startsUppercase
        && singleClosers.contains { $0 > index }
    }
    for index in range {
      guard let mark = tokens[index].quoteMark else { continue }
      if mark.family == .single && mark.canClose && isWeakSingleCloser(index) { continue }
      let openIndex = stack.lastIndex { compatible($0.family, mark.family) }
      if mark.canClose, let openIndex, !(mark.canOpen && tokens[index].spaceBefore) {
        // Marks opened inside the quotation and never closed are dropped (apostrophes).
        while stack.count > openIndex + 1 { closeUnclosed(at: index) }
        let open = stack.removeLast()
        if index > open.index + 1 {
          spans.append(
            QuotedSpan(
              open: open.index, close: index, lastInside: index - 1, family: open.family,
              isNested: !stack.isEmpty))
        }
        continue
      }
      if mark.canOpen {
        if mark.family == .double, let existing = stack.lastIndex(where: { $0.family == .double }) {
          // Double quotations don't nest: the earlier one was never closed.
          while stack.count > existing { closeUnclosed(at: index) }
        }
        stack.append((index, mark.family))
      }
    }
    while !stack.isEmpty { closeUnclosed(at: range.upperBound) }
    return spans.sorted { $0.open < $1.open }
  }

  private static func compatible(_ open: QuoteMark.Family, _ close: QuoteMark.Family) -> Bool {
    open == close
  }
}
