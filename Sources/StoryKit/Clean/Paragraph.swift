/// One line of an article's original text, as cleaning sees it: a candidate paragraph.
///
/// Articles in the wild put one paragraph on a line (separated by blank lines or not), so a
/// non-blank line is the unit of cleaning: rules, repeats and corpus evidence all work on it.
struct Paragraph: Sendable {
  /// What cleaning decided about the paragraph.
  enum Status: Hashable, Sendable {
    /// Part of the article text.
    case kept
    /// The article's headline (shown as its title, not in the body).
    case title
    /// Left out of the clean text.
    case removed(Removal.Reason)
  }

  /// The paragraph's original range, white space at both ends excluded (Unicode scalars).
  var range: Range<Int>
  /// The number of words.
  var words: Int
  /// A hash of the paragraph's words, lower-cased, punctuation ignored: equal paragraphs that
  /// differ only in spacing, case or punctuation share it.
  var fingerprint: UInt64
  /// Whether the paragraph holds a quotation mark (then it is never corpus boilerplate).
  var hasQuoteMark: Bool
  /// The number of words that start with a letter (not a digit): prose has many, tables few.
  var letterWords = 0
  /// Whether the paragraph starts with a lowercase letter: the continuation of a sentence
  /// wrapped over several lines, never a line of its own.
  var startsLowercase = false
  /// Whether the next line goes on with the same sentence (it starts in lower case, with no
  /// blank line between): this line is then the first part of a wrapped sentence.
  var continuesOnNextLine = false
  /// Whether a blank line stands before this one.
  var followsBlankLine = false
  /// The decision so far.
  var status: Status = .kept

  var isKept: Bool { status == .kept }
}

extension Paragraph {
  /// Splits original text into paragraphs: non-blank lines, trimmed of white space and
  /// invisible characters at both ends.
  ///
  /// One forward pass over the scalars, so it also runs straight on a `String`'s
  /// `unicodeScalars` without copying them into an array. Each paragraph is measured as
  /// `make(_:_:)` would measure its range.
  static func split(_ scalars: some Sequence<Unicode.Scalar>) -> [Paragraph] {
    var paragraphs: [Paragraph] = []
    var offset = 0
    var start = -1  // first kept scalar of the current line, -1 before it
    var end = 0  // just past the last kept scalar of the current line
    var hash = FNV1a()
    var words = 0
    var inWord = false
    var hasQuoteMark = false
    var letterWords = 0
    var startsLowercase = false
    var lineBreaks = 2  // line breaks since the last paragraph; the text's start counts as blank
    func finishLine() {
      if start >= 0 {
        let paragraph = Paragraph(
          range: start..<end, words: words, fingerprint: hash.value, hasQuoteMark: hasQuoteMark,
          letterWords: letterWords, startsLowercase: startsLowercase,
          followsBlankLine: lineBreaks >= 2)
        if startsLowercase && lineBreaks < 2, let last = paragraphs.indices.last {
          paragraphs[last].continuesOnNextLine = true
        }
        paragraphs.append(paragraph)
        lineBreaks = 0
      }
      start = -1
      hash = FNV1a()
      words = 0
      inWord = false
      hasQuoteMark = false
      letterWords = 0
      startsLowercase = false
    }
    for scalar in scalars {
      defer { offset += 1 }
      if Scalars.isLineBreak(scalar) {
        finishLine()
        lineBreaks += 1
        continue
      }
      if isTrimmable(scalar) {
        inWord = false
        continue
      }
      if start < 0 { start = offset }
      end = offset + 1
      if Scalars.isWordScalar(scalar) {
        if !inWord {
          words += 1
          if words > 1 { hash.combine(" ") }
          if !Scalars.isDigit(scalar) {
            letterWords += 1
            if words == 1 && Scalars.isLowercase(scalar) { startsLowercase = true }
          }
        }
        inWord = true
        hash.combine(Scalars.asciiLowercased(scalar))
      } else {
        inWord = false
        if QuoteMarks.isQuoteMark(scalar) { hasQuoteMark = true }
      }
    }
    finishLine()
    return paragraphs
  }

  /// Measures a paragraph over `range` (a range without line breaks), as `split` would.
  static func make(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Paragraph {
    guard var paragraph = split(scalars[range]).first else {
      return Paragraph(range: range, words: 0, fingerprint: FNV1a().value, hasQuoteMark: false)
    }
    paragraph.range =
      (paragraph.range.lowerBound + range.lowerBound)
      ..<(paragraph.range.upperBound + range.lowerBound)
    return paragraph
  }

  @inline(__always)
  private static func isTrimmable(_ scalar: Unicode.Scalar) -> Bool {
    Scalars.isSpace(scalar) || Scalars.isInvisible(scalar) || Scalars.isControl(scalar)
  }
}

/// Quotation marks of every style seen in news text.
enum QuoteMarks {
  /// Whether `scalar` is a double or guillemet quotation mark (not the apostrophe).
  @inline(__always)
  static func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2039, 0x203A, 0x300C, 0x300D: true
    default: false
    }
  }
}
