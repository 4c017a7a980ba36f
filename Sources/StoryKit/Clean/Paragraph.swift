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
    var splitter = LineSplitter()
    var offset = 0
    // NB: the table is read into a local once; a static's lazy initialiser is checked on
    // every access otherwise.
    let asciiKinds = LineSplitter.asciiKinds
    for scalar in scalars {
      splitter.consume(scalar, at: offset, asciiKinds: asciiKinds)
      offset += 1
    }
    splitter.finishLine()
    return splitter.paragraphs
  }

  /// Measures a paragraph over `range` (a range without line breaks), as `split` would.
  static func make(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Paragraph {
    guard var paragraph = split(scalars[range]).first else {
      return Paragraph(range: range, words: 0, fingerprint: FNV1a().value, hasQuoteMark: false)
    }
    let shift = range.lowerBound
    paragraph.range = (paragraph.range.lowerBound + shift)..<(paragraph.range.upperBound + shift)
    return paragraph
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

/// The state of `Paragraph.split`'s single pass: the paragraphs so far and the line being read.
///
/// NB: a struct with mutating methods rather than a nested function over local variables, which
/// the compiler may box on the heap.
struct LineSplitter {
  var paragraphs: [Paragraph] = []
  private var start = -1  // first kept scalar of the current line, -1 before it
  private var end = 0  // just past the last kept scalar of the current line
  private var hash = FNV1a()
  private var words = 0
  private var inWord = false
  private var hasQuoteMark = false
  private var letterWords = 0
  private var startsLowercase = false
  private var lineBreaks = 2  // line breaks since the last paragraph; the start counts as blank

  @inline(__always)
  mutating func consume(_ scalar: Unicode.Scalar, at offset: Int, asciiKinds: [Kind]) {
    let value = scalar.value
    if value < 0x80 {
      // ASCII: one table look-up classifies the byte.
      let kind = asciiKinds[Int(value)]
      switch kind {
      case .lineBreak:
        finishLine()
        lineBreaks += 1
      case .trimmable:
        inWord = false
      case .word:
        keep(at: offset)
        if !inWord { startWord(digit: value < 0x3A, lowercase: value >= 0x61) }
        inWord = true
        hash.combine(Scalars.asciiLowercased(scalar))
      case .quote:
        keep(at: offset)
        inWord = false
        hasQuoteMark = true
      case .other:
        keep(at: offset)
        inWord = false
      }
      return
    }
    if Scalars.isLineBreak(scalar) {
      finishLine()
      lineBreaks += 1
      return
    }
    if Scalars.isSpace(scalar) || Scalars.isInvisible(scalar) || Scalars.isControl(scalar) {
      inWord = false
      return
    }
    keep(at: offset)
    if Scalars.isWordScalar(scalar) {
      if !inWord {
        startWord(digit: Scalars.isDigit(scalar), lowercase: Scalars.isLowercase(scalar))
      }
      inWord = true
      hash.combine(scalar)
    } else {
      inWord = false
      if QuoteMarks.isQuoteMark(scalar) { hasQuoteMark = true }
    }
  }

  @inline(__always)
  private mutating func keep(at offset: Int) {
    if start < 0 { start = offset }
    end = offset + 1
  }

  @inline(__always)
  private mutating func startWord(digit: Bool, lowercase: Bool) {
    words += 1
    if words > 1 { hash.combine(" ") }
    if !digit {
      letterWords += 1
      if words == 1 && lowercase { startsLowercase = true }
    }
  }

  mutating func finishLine() {
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

  enum Kind: UInt8 {
    case other, word, trimmable, lineBreak, quote
  }

  /// The class of every ASCII scalar.
  static let asciiKinds: [Kind] = (0..<128).map { value in
    switch value {
    case 0x0A, 0x0D: .lineBreak
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: .word
    case 0x22: .quote
    case 0x00...0x20, 0x7F: .trimmable
    default: .other
    }
  }
}
