/// One word of an article as the story stages read it: lowercased, with its position and the
/// little context the features and the date reader need.
struct StoryWord: Hashable, Sendable {
  /// The word, lowercased (`lavrov`, `2011-11-11`, `16th`), with its hash.
  var key: TermKey
  /// The word, lowercased.
  var text: String { key.text }
  /// Where the word stands, in Unicode scalars of the scanned text.
  var range: Range<Int>
  /// Whether the word starts with an uppercase letter.
  var isCapitalized: Bool
  /// Whether the word starts with a digit.
  var isNumber: Bool
  /// Whether the word opens a sentence (first word of the text or after `.`, `!`, `?`, `:` or
  /// a line break), where a capital says nothing about a name.
  var startsSentence: Bool
  /// The last non-space scalar between the previous word and this one (`/` in `11/27/2005`),
  /// or `nil` when only spaces separate them.
  var separatorBefore: Unicode.Scalar?
}
