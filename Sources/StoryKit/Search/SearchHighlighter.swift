import Foundation

/// Finds a query's words in an article, with the same tokenizer the index used
/// (`WordScanner`), and maps them to the original text.
///
/// Linear in the article's length.
struct SearchHighlighter: Sendable {
  let terms: [SearchQuery.Term]

  init(query: SearchQuery) {
    terms = query.positiveTerms + query.speakers
  }

  /// The matches in the headline (when it stands in the original text) and the body, and a
  /// snippet of the body around the first body match.
  func highlight(_ article: Article) -> SearchHighlight {
    var matches: [TextRange] = []
    if let titleRange = article.titleRange {
      let scalars = Array(article.originalText.unicodeScalars)
      let upper = min(titleRange.end, scalars.count)
      if titleRange.start < upper {
        let title = String(String.UnicodeScalarView(scalars[titleRange.start..<upper]))
        for range in ranges(in: title) {
          matches.append(
            TextRange(
              start: titleRange.start + range.lowerBound, end: titleRange.start + range.upperBound))
        }
      }
    }
    let body = ranges(in: article.cleanText)
    for range in body {
      matches.append(article.alignment.originalRange(ofClean: range))
    }
    matches.sort { $0.start < $1.start }
    return SearchHighlight(
      matches: matches, snippet: Self.snippet(article.cleanText, around: body.first))
  }

  /// The scalar ranges of `text` where a term matches (a phrase as one range).
  func ranges(in text: String) -> [Range<Int>] {
    guard !terms.isEmpty else { return [] }
    let words = WordScanner.words(in: text)
    var found: [Range<Int>] = []
    var index = 0
    while index < words.count {
      var matched = 0
      for term in terms where term.words.count > matched {
        if matches(term, words, at: index) { matched = term.words.count }
      }
      if matched > 0 {
        found.append(words[index].range.lowerBound..<words[index + matched - 1].range.upperBound)
        index += matched
      } else {
        index += 1
      }
    }
    return found
  }

  private func matches(_ term: SearchQuery.Term, _ words: [WordScanner.Word], at index: Int)
    -> Bool
  {
    guard index + term.words.count <= words.count else { return false }
    for (offset, key) in term.words.enumerated() {
      let word = words[index + offset].key
      let isLast = offset == term.words.count - 1
      if isLast && term.isPrefix ? !word.hasPrefix(key) : word != key { return false }
    }
    return true
  }

  /// About 160 scalars of `text` around `match` (the start when `nil`), on one line, with `…`
  /// where it was cut.
  static func snippet(_ text: String, around match: Range<Int>?) -> String {
    let scalars = Array(text.unicodeScalars)
    let center = match?.lowerBound ?? 0
    var start = max(0, center - 60)
    var end = min(scalars.count, start + 160)
    // NB: cut at spaces so no word is halved.
    while start > 0, start < center, !Scalars.isSpace(scalars[start - 1]),
      scalars[start - 1] != "\n"
    { start += 1 }
    while end < scalars.count, end > center, !Scalars.isSpace(scalars[end]), scalars[end] != "\n" {
      end -= 1
    }
    var line = String.UnicodeScalarView()
    var lastWasSpace = false
    for scalar in scalars[start..<end] {
      let isSpace = Scalars.isSpace(scalar) || scalar == "\n"
      if isSpace && lastWasSpace { continue }
      line.append(isSpace ? " " : scalar)
      lastWasSpace = isSpace
    }
    let trimmed = String(line).trimmingCharacters(in: .whitespaces)
    return (start > 0 ? "…" : "") + trimmed + (end < scalars.count ? "…" : "")
  }
}
