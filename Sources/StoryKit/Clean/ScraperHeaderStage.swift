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
    guard first.range.count >= 15, Array(scalars[start..<(start + 5)]) == marker,
      let date = ArticleDate(iso: String(String.UnicodeScalarView(scalars[(start + 5)..<(start + 15)])))
    else { return }
    var end = start + 15
    guard end == first.range.upperBound || Scalars.isSpace(scalars[end]) else { return }
    while end < first.range.upperBound && Scalars.isSpace(scalars[end]) { end += 1 }
    if document.date == nil { document.date = date }
    document.partialRemovals.append(
      Removal(range: TextRange(start: 0, end: end), reason: .header, text: document.text(0..<end)))
    if end == first.range.upperBound {
      document.paragraphs.removeFirst()
    } else {
      document.paragraphs[0] = Paragraph.make(scalars, end..<first.range.upperBound)
    }
  }
}
