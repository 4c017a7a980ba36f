/// Turns a cleaned `CleaningDocument` into an `Article`: writes the kept paragraphs as the clean
/// text (separated by a blank line, each normalised by `InlineNormalizer`), with the alignment
/// to the original, and lists every removal. Lines that continue a sentence wrapped onto them
/// (they start in lower case right below the line before) are joined to it with a space.
struct ArticleRenderer {
  static func render(_ document: CleaningDocument) -> Article {
    var document = document
    var builder = AlignedTextBuilder(original: document.scalars)
    var repairs = InlineNormalizer.Repairs()
    var previousEnd = 0
    var words = 0
    var previousIndex = -1
    for index in document.paragraphs.indices where document.paragraphs[index].isKept {
      let paragraph = document.paragraphs[index]
      if paragraph.words == 0 && isSeparatorLine(document.scalars[paragraph.range]) {
        document.paragraphs[index].status = .removed(.rule(family: "separator", pattern: ""))
        continue
      }
      if builder.count > 0 {
        // A line that goes on with the sentence of the line just above is one paragraph with
        // it (text wrapped by a scraper or by links); other lines start a new paragraph.
        let continues =
          previousIndex == index - 1 && document.paragraphs[previousIndex].continuesOnNextLine
        builder.replace(previousEnd..<paragraph.range.lowerBound, with: continues ? " " : "\n\n")
      }
      InlineNormalizer.write(document.scalars, paragraph.range, into: &builder, repairs: &repairs)
      words += paragraph.words
      previousEnd = paragraph.range.upperBound
      previousIndex = index
    }
    let (cleanText, alignment) = builder.finish()

    var removals = document.partialRemovals
    var repeated = 0
    for paragraph in document.paragraphs {
      guard case .removed(let reason) = paragraph.status else { continue }
      if reason == .repeatedParagraph { repeated += 1 }
      removals.append(
        Removal(
          range: TextRange(start: paragraph.range.lowerBound, end: paragraph.range.upperBound),
          reason: reason, text: document.text(paragraph.range)))
    }
    removals.sort { $0.range.start < $1.range.start }

    var findings = document.findings
    if repairs.mojibake > 0 {
      findings.append(
        Finding(.mojibakeRepaired, "repaired \(repairs.mojibake) mis-decoded characters (mojibake)")
      )
    }
    if repairs.controls > 0 {
      findings.append(Finding(.controlCharacters, "removed \(repairs.controls) control characters"))
    }
    if words == 0 {
      findings.append(Finding(.noArticleText, "no article text left after removing boilerplate"))
    }
    return Article(
      id: document.raw.id, location: document.raw.location, title: document.title,
      titleProvenance: document.titleProvenance, titleRange: document.titleRange,
      date: document.date, source: document.source, sourceProvenance: document.sourceProvenance,
      url: document.raw.url, author: document.author, originalText: document.raw.text,
      cleanText: cleanText, alignment: alignment, removals: removals, repeatedParagraphs: repeated,
      findings: findings, wordCount: words)
  }

  /// Whether a line without words is only a drawn separator (`***`, `---`, `• • •`).
  static func isSeparatorLine(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    scalars.allSatisfy { "*-_=~#•·—–.".unicodeScalars.contains($0) || Scalars.isSpace($0) }
  }
}
