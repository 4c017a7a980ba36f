/// Counted nouns in English: `1 story`, `3 stories`.
enum Plural {
  /// `count` and the noun in the right number.
  static func count(_ count: Int, _ one: String, _ many: String) -> String {
    "\(count) \(count == 1 ? one : many)"
  }
}
