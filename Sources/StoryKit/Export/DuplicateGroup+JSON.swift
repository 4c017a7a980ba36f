extension DuplicateGroup {
  /// The group as the `storyline dups` JSON contract prints it:
  /// `{"group","original","copies":[{"id","similarity","containment"}]}`, with what differs per
  /// copy as `"differences"`.
  public var jsonValue: JSONValue {
    .object([
      ("group", .string(id.rawValue)),
      ("original", .string(original.rawValue)),
      (
        "copies",
        .array(
          copies.map { copy in
            .object([
              ("id", .string(copy.article.rawValue)),
              ("similarity", .double((copy.similarity * 1000).rounded() / 1000)),
              ("containment", .double((copy.containment * 1000).rounded() / 1000)),
              ("differences", .array(copy.differences.map { .string($0) })),
            ])
          })
      ),
    ])
  }
}
