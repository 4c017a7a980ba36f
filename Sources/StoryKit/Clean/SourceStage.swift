import Foundation

/// Detects the publishing agency from the text when the input doesn't name the source.
///
/// Only clear evidence counts, strongest first:
/// 1. a dateline credit in the lead: `Moscow, April 28 (IANS)`, `(MENAFN) Russia and …`;
/// 2. a credit sentence in the first paragraphs: `…, TASS said.`, `according to Reuters`;
/// 3. a credit link or sign-off in the last lines: `Read More @ www.reuters.com`, `REUTER`.
/// A name merely mentioned in the body (`as reported by Reuters`) is not evidence: unknown
/// stays unknown.
struct SourceStage: CleaningStage {
  let agencies: AgencyCatalog
  static let leadParagraphs = 3
  static let closingParagraphs = 4
  /// How far into a lead paragraph a credit sentence is looked for, in scalars.
  static let leadScalars = 1_000
  static let creditVerbs: Set<Substring> = [
    "said", "reported", "reports", "says", "writes", "wrote", "informed", "quoted",
  ]

  func apply(to document: inout CleaningDocument) {
    guard document.source == nil else { return }
    if let name = fromDateline(document) ?? fromCreditSentence(document)
      ?? fromClosingLines(document)
    {
      document.source = name
      document.sourceProvenance = .detected
    }
  }

  private func leadIndices(_ document: CleaningDocument) -> [Int] {
    Array(
      document.paragraphs.indices.filter { document.paragraphs[$0].isKept }.prefix(
        Self.leadParagraphs))
  }

  private func fromDateline(_ document: CleaningDocument) -> String? {
    for index in leadIndices(document) {
      guard let dateline = Dateline.parse(document.scalars, in: document.paragraphs[index].range),
        let credit = dateline.credit
      else { continue }
      if let agency = agencies.agency(named: credit) { return agency.name }
      let isAcronym =
        credit.count <= 8 && credit.unicodeScalars.allSatisfy { Scalars.isUppercase($0) }
      if dateline.hasDate && isAcronym { return credit }
    }
    return nil
  }

  private func fromCreditSentence(_ document: CleaningDocument) -> String? {
    for index in leadIndices(document) {
      // A credit stands in the lead's first sentences: look at the paragraph's start only.
      let range = document.paragraphs[index].range
      let words = Self.words(
        document.text(range.lowerBound..<min(range.upperBound, range.lowerBound + Self.leadScalars))
      )
      for match in agencies.matches(inWords: words) {
        let next = match.words.upperBound < words.count ? words[match.words.upperBound] : nil
        let before =
          match.words.lowerBound >= 2
          ? words[(match.words.lowerBound - 2)..<match.words.lowerBound].joined(separator: " ") : ""
        if let next, Self.creditVerbs.contains(next) { return match.agency.name }
        if before == "according to" { return match.agency.name }
      }
    }
    return nil
  }

  private func fromClosingLines(_ document: CleaningDocument) -> String? {
    for paragraph in document.paragraphs.suffix(Self.closingParagraphs) where paragraph.words <= 12
    {
      let text = document.text(paragraph.range)
      for token in text.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "@" })
      where token.contains(".") {
        let host =
          token.drop(while: { !$0.isLetter }).split(separator: ":").last.map(String.init) ?? ""
        if let agency = agencies.agency(
          forHost: host.trimmingCharacters(in: .punctuationCharacters))
        {
          return agency.name
        }
      }
      let words = Self.words(text)
      if words.count <= 2, let match = agencies.matches(inWords: words).first,
        match.words.count == words.count
      {
        return match.agency.name
      }
    }
    return nil
  }

  /// Words of `text`: runs of letters, digits, hyphens and inner dots.
  static func words(_ text: String) -> [Substring] {
    text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") })
  }
}
