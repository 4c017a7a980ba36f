/// One token of an article's clean text: a word, a number, a quotation mark or a punctuation
/// mark, with its place in the clean text.
struct TextToken: Hashable, Sendable {
  enum Kind: Hashable, Sendable {
    case word
    case number
    case punctuation
    case quoteMark(QuoteMark)
  }

  /// Where the token stands, in Unicode-scalar offsets of the clean text.
  var range: Range<Int>
  var kind: Kind
  /// The token as written.
  var text: String
  /// The token in lower case (for look-ups).
  var lower: String
  /// Whether white space stands right before the token.
  var spaceBefore: Bool
  /// Whether white space (or the paragraph's end) stands right after the token.
  var spaceAfter: Bool
  /// The paragraph the token belongs to (0-based, clean-text paragraphs).
  var paragraph: Int
  /// Whether the token's first scalar is an uppercase letter.
  var startsUppercase: Bool
  /// Whether the token is a name with a lower-case particle (`al-Shabaab`).
  var isParticleName: Bool
  /// What the speech lexicon knows of the word (words only).
  var flags: WordFlags = []
  /// The word lists `lower` belongs to (tokens of every kind).
  var sets: WordSets = []
  /// Whether the word ends with a possessive `'s` (`Vancouver's`).
  var isPossessive = false
  /// Whether the word ends with a dot of its own (an initialism: `U.S.`).
  var endsWithDot = false

  var isWord: Bool { kind == .word }
  var isNumber: Bool { kind == .number }

  var quoteMark: QuoteMark? {
    if case .quoteMark(let mark) = kind { return mark }
    return nil
  }

  /// Whether the token starts with an uppercase letter.
  var isCapitalized: Bool { kind == .word && startsUppercase }

  /// Whether the token is a capitalised initialism with dots inside (the `U.S.A` of `U.S.A.`,
  /// whose last dot is a token of its own).
  var isInitialism: Bool { isCapitalized && text.contains(".") }

  /// Whether the token is one capital letter, as an initial is written (the `J` of `J.`).
  var isCapitalLetter: Bool { isCapitalized && text.unicodeScalars.count == 1 }

  /// Whether every letter of the token is uppercase (`IRCC`, `FSIN`).
  var isAllCaps: Bool {
    kind == .word && text.unicodeScalars.contains(where: Scalars.isUppercase)
      && !text.unicodeScalars.contains(where: Scalars.isLowercase)
  }

  /// Whether the token is the punctuation mark `symbol`.
  ///
  /// NB: lengths are compared first: `==` on two different small strings takes Swift's slow
  /// comparison path, and these checks run on every token.
  func isPunctuation(_ symbol: String) -> Bool {
    kind == .punctuation && text.utf8.count == symbol.utf8.count && text == symbol
  }

  /// Whether the token's lower-case form is `word` (lengths compared first, as above).
  func isLower(_ word: String) -> Bool {
    lower.utf8.count == word.utf8.count && lower == word
  }

  /// The relative pronoun `who` as written inside a sentence: not `WHO`, the World Health
  /// Organization.
  var isRelativeWho: Bool { text == "who" }

  /// A relative pronoun as written inside a sentence (`who`, `which`, `that`): the verb after
  /// it is a relative clause's.
  var isRelativePronoun: Bool { isLower("who") || isLower("which") || isLower("that") }
}

/// A quotation mark: its style, and whether it can open or close a quotation where it stands.
struct QuoteMark: Hashable, Sendable {
  /// Families of marks that pair with each other.
  enum Family: Hashable, Sendable {
    /// `"`, `“`, `”`, `„`, `‟` — they pair with any other double mark.
    case double
    /// `'`, `‘`, `’`, `‚`.
    case single
    /// `«`, `»`.
    case guillemet
    /// `‹`, `›`.
    case singleGuillemet
    /// `「`, `」`, `『`, `』`.
    case corner
  }

  var family: Family
  /// Whether the mark can open a quotation where it stands (flanking and glyph).
  var canOpen: Bool
  /// Whether the mark can close a quotation where it stands.
  var canClose: Bool
  /// The glyph, for messages and German-style pairing (`„…“`).
  var glyph: Unicode.Scalar
}

/// What the speech lexicon knows of a word, looked up once per token: the hot loops of name
/// reading test these bits instead of hashing the word again and again.
struct WordFlags: OptionSet, Hashable, Sendable {
  let rawValue: UInt16
  static let title = WordFlags(rawValue: 1 << 0)
  static let role = WordFlags(rawValue: 1 << 1)
  static let organisation = WordFlags(rawValue: 1 << 2)
  static let nationality = WordFlags(rawValue: 1 << 3)
  static let notName = WordFlags(rawValue: 1 << 4)
  static let connector = WordFlags(rawValue: 1 << 5)
  static let determiner = WordFlags(rawValue: 1 << 6)
  static let descriptionStop = WordFlags(rawValue: 1 << 7)
  static let clauseWord = WordFlags(rawValue: 1 << 8)
  static let between = WordFlags(rawValue: 1 << 9)
}
