extension Article {
  /// The article as the `storyline articles` JSON contract prints it:
  /// `{"id","path","title","date","source","url","words","removedLines","repeatedParagraphs",
  /// "findings":[{"kind","message"}]}`, plus `"text"` (the clean text) when asked.
  ///
  /// - Parameter includeText: Whether to add the clean text as `"text"`.
  public func jsonValue(includeText: Bool = false) -> JSONValue {
    var fields: [(String, JSONValue)] = [
      ("id", .string(id.rawValue)),
      ("path", .string(location.path)),
      ("title", .string(title)),
      ("date", .string(date?.description)),
      ("source", .string(source)),
      ("url", .string(url)),
      ("words", .int(wordCount)),
      ("removedLines", .int(removedLines)),
      ("repeatedParagraphs", .int(repeatedParagraphs)),
      (
        "findings",
        .array(
          findings.map {
            .object([("kind", .string($0.kind.rawValue)), ("message", .string($0.message))])
          })
      ),
    ]
    if includeText { fields.append(("text", .string(cleanText))) }
    return .object(fields)
  }
}
