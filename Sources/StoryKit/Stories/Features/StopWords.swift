/// Words left out of story features (`Resources/rules/stopwords.rules`): function words and the
/// reporting vocabulary every news article shares.
struct StopWords: Sendable {
  private let words: Set<TermKey>

  /// Parses a stop-word file: lowercase words separated by white space, `#` comments.
  init(parsing text: String) {
    var words: Set<TermKey> = []
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      for word in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
        words.insert(TermKey(String(word)))
      }
    }
    self.words = words
  }

  /// Whether `word` (lowercase) is a stop word.
  func contains(_ word: TermKey) -> Bool { words.contains(word) }

  /// The list shipped in `Resources/rules/stopwords.rules`.
  static func bundled() throws(StoryKitError) -> StopWords {
    StopWords(parsing: try BundledRuleFile.text(named: "stopwords.rules"))
  }
}
