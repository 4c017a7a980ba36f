/// Finds bylines near the top or bottom (`By Jane Doe`, `Written by AI`, `Author: …`), records
/// the author, and removes the byline together with the name standing alone just above it
/// (pages often show the author's name, then "By" and the name again).
struct BylineStage: CleaningStage {
  /// How many paragraphs from the top, and from the bottom, may hold a byline.
  static let topZone = 6
  static let bottomZone = 3
  static let prefixes: [[Unicode.Scalar]] = [
    "written by ", "posted by ", "reported by ", "author: ", "by ",
  ]
  .map { Array($0.unicodeScalars) }

  func apply(to document: inout CleaningDocument) {
    let count = document.paragraphs.count
    for index in 0..<count where index < Self.topZone || index >= count - Self.bottomZone {
      guard document.paragraphs[index].isKept, document.paragraphs[index].words <= 8,
        let key = document.key(ofParagraph: index),
        let prefix = Self.prefixes.first(where: { key.starts(with: $0) })
      else { continue }
      let range = document.paragraphs[index].range
      let nameStart = range.lowerBound + prefix.count
      guard nameStart < range.upperBound,
        let name = Self.personName(document.scalars[nameStart..<range.upperBound])
      else { continue }
      document.paragraphs[index].status = .removed(.byline)
      if document.author == nil { document.author = name }
      // The name alone on the line above is the same byline shown twice.
      if index > 0, document.paragraphs[index - 1].isKept,
        let above = document.key(ofParagraph: index - 1),
        above == ParagraphKey.make(ArraySlice(name.unicodeScalars))
      {
        document.paragraphs[index - 1].status = .removed(.byline)
      }
    }
  }

  /// The name in a byline's tail (`Jane Doe, Reuters` → `Jane Doe`), if it reads as names:
  /// one to five capitalised words, joined by connectors such as `and`, `de`, `van`.
  static func personName(_ tail: ArraySlice<Unicode.Scalar>) -> String? {
    var text = String(String.UnicodeScalarView(tail)).trimmingSpaces
    if let cut = text.firstIndex(where: { $0 == "," || $0 == "|" || $0 == "(" }) {
      text = String(text[..<cut]).trimmingSpaces
    }
    let words = text.split(separator: " ")
    guard (1...5).contains(words.count) else { return nil }
    let connectors: Set<Substring> = [
      "and", "&", "de", "da", "van", "von", "der", "bin", "al", "la", "le", "du",
    ]
    for word in words {
      if connectors.contains(word) { continue }
      guard let first = word.unicodeScalars.first, Scalars.isUppercase(first),
        word.unicodeScalars.allSatisfy({
          Scalars.isWordScalar($0) || "-'.’".unicodeScalars.contains($0)
        })
      else { return nil }
    }
    guard let last = words.last, !connectors.contains(last) else { return nil }
    return text
  }
}
