/// Chooses the article's headline.
///
/// 1. The input's `title`, when given. If the text itself starts with that headline, the line
///    is taken out of the body.
/// 2. Else the first remaining line, when it reads as a headline (`HeadlineShape`) and more text
///    follows: it becomes the title and leaves the body.
/// 3. Else a headline derived from the lead: its first sentence without the dateline, cut at a
///    clause boundary or after `maxDerivedWords` words (with `…`).
struct TitleStage: CleaningStage {
  static let maxDerivedWords = 20

  func apply(to document: inout CleaningDocument) {
    let kept = document.keptIndices
    if let given = document.raw.title {
      document.title = InlineNormalizer.normalized(given)
      document.titleProvenance = .given
      if let first = kept.first, kept.count > 1 {
        let paragraph = document.paragraphs[first]
        let titleFingerprint = Paragraph.make(
          Array(given.unicodeScalars), 0..<given.unicodeScalars.count
        ).fingerprint
        if paragraph.fingerprint == titleFingerprint
          && HeadlineShape.reads(document.scalars, paragraph)
        {
          document.paragraphs[first].status = .title
          document.titleRange = TextRange(
            start: paragraph.range.lowerBound, end: paragraph.range.upperBound)
        }
      }
      return
    }
    guard let first = kept.first else { return }
    let paragraph = document.paragraphs[first]
    if kept.count > 1 && HeadlineShape.reads(document.scalars, paragraph)
      && Dateline.parse(document.scalars, in: paragraph.range)?.end != paragraph.range.upperBound
    {
      document.paragraphs[first].status = .title
      document.title = InlineNormalizer.normalized(document.text(paragraph.range))
      document.titleProvenance = .detected
      document.titleRange = TextRange(
        start: paragraph.range.lowerBound, end: paragraph.range.upperBound)
      return
    }
    document.title = Self.derive(document.scalars, from: paragraph.range)
    document.titleProvenance = .derived
  }

  /// A headline made from a lead paragraph.
  static func derive(_ scalars: [Unicode.Scalar], from range: Range<Int>) -> String {
    var start = range.lowerBound
    if let dateline = Dateline.parse(scalars, in: range), dateline.end < range.upperBound {
      start = dateline.end
    }
    // The first sentence is all a headline needs: don't normalise a whole long paragraph.
    let range = start..<min(range.upperBound, start + 2_000)
    let lead = InlineNormalizer.normalized(
      String(String.UnicodeScalarView(scalars[start..<range.upperBound])))
    let sentence = firstSentence(of: lead)
    let words = sentence.split(separator: " ")
    if words.count <= maxDerivedWords {
      return String(sentence.trimmingSpaces.trimmingTrailing(".:;,"))
    }
    // Prefer a clause boundary (a comma) after at least six words.
    var count = 0
    for (index, word) in words.enumerated() {
      count += 1
      if count >= 6 && count <= maxDerivedWords && word.hasSuffix(",") {
        return words[...index].joined(separator: " ").trimmingTrailing(",")
      }
    }
    return words.prefix(14).joined(separator: " ").trimmingTrailing(",;:") + "…"
  }

  /// The text up to the first sentence end (`. ` after a word longer than an abbreviation).
  static func firstSentence(of text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var wordLength = 0
    for (index, scalar) in scalars.enumerated() {
      if scalar == "." || scalar == "!" || scalar == "?" {
        let atEnd = index + 1 == scalars.count || scalars[index + 1] == " "
        if atEnd && (wordLength > 2 || scalar != ".") {
          return String(String.UnicodeScalarView(scalars[...index]))
        }
      }
      wordLength = Scalars.isWordScalar(scalar) ? wordLength + 1 : 0
    }
    return text
  }
}

/// Whether a line reads as a headline: 2 to 25 words, one sentence, starting with a capital,
/// a digit or a quotation mark, not ending like running text (`.`, `,`, `;`, `:`).
enum HeadlineShape {
  static func reads(_ scalars: [Unicode.Scalar], _ paragraph: Paragraph) -> Bool {
    guard (2...25).contains(paragraph.words) else { return false }
    let text = scalars[paragraph.range].filter { $0 != "*" }
    guard let first = text.first(where: { !Scalars.isSpace($0) }),
      let last = text.last(where: { !Scalars.isSpace($0) && !QuoteMarks.isQuoteMark($0) })
    else { return false }
    guard
      Scalars.isUppercase(first) || first.properties.numericType != nil
        || QuoteMarks.isQuoteMark(first) || first == "‘" || first == "'"
    else { return false }
    guard !".,;:".unicodeScalars.contains(last) else { return false }
    // One sentence: no `. X` after a word longer than an abbreviation.
    var wordLength = 0
    for (index, scalar) in text.enumerated() {
      if scalar == ".", wordLength > 3, index + 2 < text.count, text[index + 1] == " ",
        Scalars.isUppercase(text[index + 2])
      {
        return false
      }
      wordLength = Scalars.isWordScalar(scalar) ? wordLength + 1 : 0
    }
    return true
  }
}

extension StringProtocol {
  /// The string without any of `characters` at its end.
  func trimmingTrailing(_ characters: String) -> String {
    var text = String(self)
    while let last = text.last, characters.contains(last) { text.removeLast() }
    return text
  }
}
