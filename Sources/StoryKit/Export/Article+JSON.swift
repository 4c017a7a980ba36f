extension Article {
  /// The article as the `storyline articles` JSON contract prints it:
  /// `{"id","path","title","date","source","url","words","removedLines","repeatedParagraphs",
  /// "findings":[{"kind","message"}]}`, plus `"text"` (the clean text) and `"removed"` (every
  /// removal: `{"start","end","reason","detail","text"}`, offsets into the original text) when
  /// asked.
  ///
  /// - Parameters:
  ///   - includeText: Whether to add the clean text as `"text"`.
  ///   - includeRemoved: Whether to add the removals as `"removed"`.
  public func jsonValue(includeText: Bool = false, includeRemoved: Bool = false) -> JSONValue {
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
    if includeRemoved {
      fields.append(("removed", .array(removals.map(\.jsonValue))))
    }
    return .object(fields)
  }
}

extension Removal {
  /// `{"start","end","reason","detail","text"}`; offsets count Unicode scalars of the original.
  public var jsonValue: JSONValue {
    .object([
      ("start", .int(range.start)),
      ("end", .int(range.end)),
      ("reason", .string(reason.kind)),
      ("detail", .string(reason.detail)),
      ("text", .string(text)),
    ])
  }
}
