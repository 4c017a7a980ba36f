/// Reads the scraper's header: a first line starting with ` date YYYY-MM-DD`.
///
/// The date becomes the article's date (unless the input gave one); the marker is removed and
/// the rest of the line stays, as body text or, when it stands alone, as a headline candidate.
struct ScraperHeaderStage: CleaningStage {
  func apply(to document: inout CleaningDocument) {
    guard let first = document.paragraphs.first else { return }
    let scalars = document.scalars
    let marker: [Unicode.Scalar] = ["d", "a", "t", "e", " "]
    let start = first.range.lowerBound
    guard first.range.count >= 15, Array(scalars[start..<(start + 5)]) == marker else { return }
    let dateText = String(String.UnicodeScalarView(scalars[(start + 5)..<(start + 15)]))
    let shape = dateText.unicodeScalars.enumerated().allSatisfy { offset, scalar in
      offset == 4 || offset == 7 ? scalar == "-" : (0x30...0x39).contains(scalar.value)
    }
    guard shape else { return }
    var end = start + 15
    guard end == first.range.upperBound || Scalars.isSpace(scalars[end]) else { return }
    while end < first.range.upperBound && Scalars.isSpace(scalars[end]) { end += 1 }
    if let date = ArticleDate(iso: dateText) {
      if document.date == nil { document.date = date }
    } else {
      document.findings.append(
        Finding(.invalidField, "scraper header date \(dateText) is not a calendar day; ignored"))
    }
    document.partialRemovals.append(
      Removal(range: TextRange(start: 0, end: end), reason: .header, text: document.text(0..<end)))
    if end == first.range.upperBound {
      document.paragraphs.removeFirst()
    } else {
      document.paragraphs[0] = Paragraph.make(scalars, end..<first.range.upperBound)
    }
  }
}
