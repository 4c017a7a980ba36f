/// Applies the boilerplate line rules (`BoilerplateRules`) to every short kept paragraph.
///
/// A `drop` rule removes its paragraph. A `footer` rule removes its paragraph and every
/// paragraph after it when they add up to at most `maxFooterWords` words (a disclaimer, a tag
/// list); otherwise only its own paragraph, so article text after it is never lost.
struct RuleStage: CleaningStage {
  let rules: BoilerplateRules
  /// The most words a closing block may hold to be removed as a whole.
  static let maxFooterWords = 150
  /// How many lines from the top `top` rules apply to.
  static let topLines = 3

  func apply(to document: inout CleaningDocument) {
    for index in document.paragraphs.indices where document.paragraphs[index].isKept {
      let paragraph = document.paragraphs[index]
      guard paragraph.words <= ParagraphKey.maxWords,
        paragraph.range.count <= ParagraphKey.maxScalars,
        rules.mayMatch(
          head: ParagraphKey.make(
            document.scalars[paragraph.range], limit: BoilerplateRules.headLength),
          words: paragraph.words),
        let key = document.key(ofParagraph: index), let rule = rules.firstMatch(for: key)
      else { continue }
      let pattern = rule.pattern.description
      switch rule.action {
      case .drop:
        document.paragraphs[index].status = .removed(.rule(family: rule.family, pattern: pattern))
      case .top:
        if index < Self.topLines {
          document.paragraphs[index].status = .removed(.rule(family: rule.family, pattern: pattern))
        }
      case .footer:
        let rest = document.paragraphs[index...].filter(\.isKept).reduce(0) { $0 + $1.words }
        if rest - document.paragraphs[index].words <= Self.maxFooterWords {
          for later in index..<document.paragraphs.count where document.paragraphs[later].isKept {
            document.paragraphs[later].status = .removed(
              .footer(family: rule.family, pattern: pattern))
          }
          return
        }
        document.paragraphs[index].status = .removed(.rule(family: rule.family, pattern: pattern))
      }
    }
  }
}
