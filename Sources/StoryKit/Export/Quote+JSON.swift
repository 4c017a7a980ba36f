extension Quote {
  /// The quote as the `storyline quotes` JSON contract prints it:
  /// `{"id","article","text","start","end","speaker","speakerMention","cue","kind"}`; `start`
  /// and `end` are Unicode-scalar offsets into the article's original text.
  public var jsonValue: JSONValue {
    .object([
      ("id", .string(id.rawValue)),
      ("article", .string(article.rawValue)),
      ("text", .string(text)),
      ("start", .int(range.start)),
      ("end", .int(range.end)),
      ("speaker", .string(speaker)),
      ("speakerMention", .string(speakerMention?.text)),
      ("cue", .string(cue?.text)),
      ("kind", .string(kind.rawValue)),
    ])
  }
}

extension Speaker {
  /// The speaker as the `storyline speakers` JSON contract prints it:
  /// `{"name","aliases":[…],"roles":[…],"quotes":N,"articles":N,"kind"}`; `kind` is
  /// `person`, `organisation` or `described` (a speaker without a name: `the analysts`).
  public var jsonValue: JSONValue {
    .object([
      ("name", .string(name)),
      ("aliases", .array(aliases.map { .string($0) })),
      ("roles", .array(roles.map { .string($0) })),
      ("quotes", .int(quoteCount)),
      ("articles", .int(articleCount)),
      ("kind", .string(kind.rawValue)),
    ])
  }
}
