/// Takes the fields the input gave (date, source) as they are, noting values it cannot use.
struct GivenFieldsStage: CleaningStage {
  func apply(to document: inout CleaningDocument) {
    if let given = document.raw.date {
      if let date = ArticleDate(iso: given) {
        document.date = date
      } else {
        document.findings.append(
          Finding(.invalidField, "date \"\(given)\" is not YYYY-MM-DD; ignored"))
      }
    }
    if let source = document.raw.source {
      document.source = source.trimmingSpaces
      document.sourceProvenance = .given
    }
  }
}

extension String {
  /// The string without white space at either end.
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard
      let first = scalars.firstIndex(where: { !Scalars.isSpace($0) && !Scalars.isLineBreak($0) })
    else { return "" }
    let last =
      scalars.lastIndex(where: { !Scalars.isSpace($0) && !Scalars.isLineBreak($0) }) ?? first
    return String(scalars[first...last])
  }
}
