import StoryKit

extension ArticleLayout {
  /// The lines cleaning removed from `article`, as styled text in ``Role/dim`` ending in their
  /// reason, keyed by the clean-text offset of the paragraph they stand before (the clean
  /// text's length for what stands after the last paragraph).
  ///
  /// A removal stands before the first paragraph starting at or after the clean offset where
  /// the clean text resumes; a multi-line removal gives a line per non-blank line, and a blank
  /// line separates the removed lines from the paragraph after them.
  static func removals(of article: Article) -> [Int: [StyledText]] {
    let starts = article.paragraphRanges.map(\.lowerBound)
    let end = article.cleanText.unicodeScalars.count
    var placed: [Int: [StyledText]] = [:]
    for removal in article.removals {
      let resumes = article.alignment.cleanOffset(ofOriginal: removal.range.start)
      let key = starts.first { $0 >= resumes } ?? end
      let label = " [" + removal.reason.label + "]"
      for line in removal.text.split(whereSeparator: \.isNewline) {
        let text = line.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()
        guard !text.isEmpty else { continue }
        placed[key, default: []].append(StyledText(String(text) + label, role: .dim))
      }
    }
    for key in placed.keys where key < end { placed[key]?.append(StyledText()) }
    return placed
  }
}

extension Removal.Reason {
  /// The short reason the reader shows after a removed line (`boilerplate`, `repeated`).
  var label: String {
    switch self {
    case .rule: "boilerplate"
    case .footer: "footer"
    case .corpusBoilerplate: "boilerplate"
    case .repeatedParagraph: "repeated"
    case .byline: "byline"
    case .header: "header"
    }
  }
}
