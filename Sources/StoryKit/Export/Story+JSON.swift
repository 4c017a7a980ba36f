extension Story {
  /// The story as the `storyline stories` JSON contract prints it:
  /// `{"story","title","firstDate","lastDate","articles":[ids, time order],"copies":N,
  /// "sources":[…],"speakers":[top names],"related":[story ids]}`, followed by the members with
  /// their dates (`"inferred"` when read from the text) and originals, and the quote ids.
  public var jsonValue: JSONValue {
    .object([
      ("story", .string(id.rawValue)),
      ("title", .string(title)),
      ("firstDate", .string(firstDate?.date.description)),
      ("lastDate", .string(lastDate?.date.description)),
      ("articles", .array(articles.map { .string($0.rawValue) })),
      ("copies", .int(copies)),
      ("sources", .array(sources.map { .string($0) })),
      ("speakers", .array(speakers.map { .string($0) })),
      ("related", .array(related.map { .string($0.rawValue) })),
      (
        "members",
        .array(
          members.map { member in
            .object([
              ("article", .string(member.article.rawValue)),
              ("date", .string(member.date?.date.description)),
              ("dateInferred", .bool(member.date?.isInferred ?? false)),
              ("copyOf", .string(member.copyOf?.rawValue)),
            ])
          })
      ),
      ("quotes", .array(quotes.map { .string($0.rawValue) })),
    ])
  }
}
