import StoryKit

extension ArticleLayout {
  /// Lays out what the copy `detail` changed against its original, for text `width` columns
  /// wide: a banner with the group's similarity and differences, a count of changed
  /// paragraphs, then the paragraphs of both clean texts as a line diff (a paragraph a line),
  /// paragraphs only in the copy marked `+` in ``Role/added``, paragraphs only in the original
  /// marked `-` in ``Role/removed``, and shared ones indented in plain text.
  ///
  /// No line has a clean-text offset: the diff is not the copy's text, so quotes, matches and
  /// the reading position of the text do not apply to it.
  ///
  /// - Parameters:
  ///   - detail: The copy, with its ``CopyInfo``.
  ///   - original: The copy's original article.
  ///   - width: The text width, in columns.
  init(diffOf detail: ArticleDetail, original: Article, width: Int) {
    var lines: [Line] = []
    func add(_ text: StyledText) {
      for line in text.wrapped(toColumns: width) { lines.append(Line(text: line, offset: nil)) }
    }
    let name = (original.title ?? "").isEmpty ? original.id.rawValue : original.title ?? ""
    var banner = "Changes against “\(name)”"
    if let copy = detail.copy {
      banner += " · \(Int((copy.similarity * 100).rounded()))% similar"
      if !copy.differences.isEmpty { banner += " · " + copy.differences.joined(separator: ", ") }
    }
    add(StyledText(banner, role: .copy))
    let diff = LineDiff(
      old: Self.paragraphs(of: original.cleanText),
      new: Self.paragraphs(of: detail.article.cleanText))
    var summary =
      diff.addedCount + diff.removedCount == 0
      ? "no differences in the clean text"
      : "+ \(Plural.count(diff.addedCount, "paragraph", "paragraphs")) only in this copy · "
        + "- \(diff.removedCount) only in the original"
    if diff.isPlainListing { summary += " · too long to compare: listed in full" }
    add(StyledText(summary, role: .dim))

    let body = max(1, width - 2)
    for entry in diff.lines {
      lines.append(Line(text: StyledText(), offset: nil))
      let (marker, text, role): (String, String, Role) =
        switch entry {
        case .same(let text): ("  ", text, .normal)
        case .added(let text): ("+ ", text, .added)
        case .removed(let text): ("- ", text, .removed)
        }
      for line in StyledText(text, role: role).wrapped(toColumns: body) {
        var marked = StyledText(marker, role: role)
        marked.append(line)
        lines.append(Line(text: marked, offset: nil))
      }
    }
    self.lines = lines
    self.quoteLines = []
    self.matchLines = []
  }

  /// The non-blank lines of a clean text: its paragraphs, one a line.
  static func paragraphs(of text: String) -> [String] {
    text.split(whereSeparator: \.isNewline).map(String.init).filter {
      !$0.allSatisfy(\.isWhitespace)
    }
  }
}
