/// Text between a pair of quotation marks (or from an opening mark that never closes).
struct QuotedSpan: Hashable, Sendable {
  /// The opening mark's token index.
  var open: Int
  /// The closing mark's token index; `nil` when the quotation never closes in its paragraph.
  var close: Int?
  /// The last token inside the quotation (the token before `close`, or where an unclosed
  /// quotation was cut).
  var lastInside: Int
  /// The family of marks.
  var family: QuoteMark.Family
  /// Whether the quotation goes on in the next paragraph (its opening mark is repeated there,
  /// as news writing does for quotes of several paragraphs).
  var continuesInNextParagraph = false
  /// Whether this part continues a quotation from the previous paragraph.
  var continuesPrevious = false
  /// Whether the span stands inside another quotation (a quote within a quote).
  var isNested = false

  /// The tokens inside the marks.
  var inner: ClosedRange<Int>? {
    lastInside > open ? (open + 1)...lastInside : nil
  }

  var isClosed: Bool { close != nil }

  /// The last token of the span, closing mark included.
  var end: Int { close ?? lastInside }
}
