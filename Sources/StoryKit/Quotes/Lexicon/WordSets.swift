/// The fixed word lists that a token's lower-case form belongs to, looked up once per token
/// (of any kind: some lists hold punctuation, like the clause boundaries `,` and `;`).
///
/// A bit is set exactly when the list's `Set<String>` (or dictionary) `contains` the token's
/// `lower`: the hot loops test bits instead of hashing the same words again and again.
struct WordSets: OptionSet, Hashable, Sendable {
  let rawValue: UInt64
  /// `[determiners]` in `speech.rules`.
  static let determiner = WordSets(rawValue: 1 << 0)
  /// `[description-stops]` in `speech.rules`.
  static let descriptionStop = WordSets(rawValue: 1 << 1)
  /// `[clause-words]` in `speech.rules`.
  static let clauseWord = WordSets(rawValue: 1 << 2)
  /// `SpeechLexicon.betweenWords`.
  static let between = WordSets(rawValue: 1 << 3)
  /// `[clause-boundaries]` in `speech.rules`.
  static let clauseBoundary = WordSets(rawValue: 1 << 4)
  /// `[passive-auxiliaries]` in `speech.rules`.
  static let passiveAuxiliary = WordSets(rawValue: 1 << 5)
  /// `[time-words]` in `speech.rules`.
  static let timeWord = WordSets(rawValue: 1 << 6)
  /// `[prepositions]` in `speech.rules`.
  static let preposition = WordSets(rawValue: 1 << 7)
  /// `[subject-pronouns]` in `speech.rules`.
  static let subjectPronoun = WordSets(rawValue: 1 << 8)
  /// `[non-openers]` in `speech.rules`.
  static let nonOpener = WordSets(rawValue: 1 << 9)
  /// `[connectives]` in `speech.rules`.
  static let connective = WordSets(rawValue: 1 << 10)
  /// `[object-pronouns]` in `speech.rules`.
  static let objectPronoun = WordSets(rawValue: 1 << 11)
  /// `[auxiliaries]` in `speech.rules`.
  static let auxiliary = WordSets(rawValue: 1 << 12)
  /// `[not-names]` in `speech.rules`.
  static let notName = WordSets(rawValue: 1 << 13)
  /// `[name-connectors]` in `speech.rules`.
  static let nameConnector = WordSets(rawValue: 1 << 14)
  /// `[country-names]` in `speech.rules`.
  static let countryName = WordSets(rawValue: 1 << 15)
  /// `[nationality-words]` in `speech.rules`.
  static let nationality = WordSets(rawValue: 1 << 16)
  /// `SpeechLexicon.organisations`.
  static let organisation = WordSets(rawValue: 1 << 17)
  /// `SpeechLexicon.documentNouns`.
  static let documentNoun = WordSets(rawValue: 1 << 18)
  /// `SpeechLexicon.documentVerbs`.
  static let documentVerb = WordSets(rawValue: 1 << 19)
  /// `[sentence-abbreviations]` in `speech.rules`.
  static let sentenceAbbreviation = WordSets(rawValue: 1 << 20)
  /// `[sentence-starters]` in `speech.rules`.
  static let sentenceStarter = WordSets(rawValue: 1 << 21)
  /// A key of `SpeechLexicon.roles`.
  static let role = WordSets(rawValue: 1 << 22)
  /// A key of `SpeechLexicon.titles`.
  static let title = WordSets(rawValue: 1 << 23)
  /// A key of `SpeechLexicon.firstNames`.
  static let firstName = WordSets(rawValue: 1 << 24)
  /// A key of `SpeechLexicon.pronouns`.
  static let pronoun = WordSets(rawValue: 1 << 25)
  /// `[name-abbreviations]` in `speech.rules`.
  static let nameAbbreviation = WordSets(rawValue: 1 << 26)
  /// `[statement-openers]` in `speech.rules`.
  static let statementOpener = WordSets(rawValue: 1 << 27)
  /// `[named-times]` in `speech.rules`.
  static let namedTime = WordSets(rawValue: 1 << 28)
  /// A key of `SpeechLexicon.phrasalCues`: the first word of a two-word cue (`point out`).
  static let phrasalCueStart = WordSets(rawValue: 1 << 29)
  /// A key of `SpeechLexicon.cueVerbs`: a one-word form of a cue verb, not of an evidence verb.
  static let cueForm = WordSets(rawValue: 1 << 30)
  /// `SpeechLexicon.irregularPast`: a past tense that makes a clause (`saw`, `went`).
  static let irregularPast = WordSets(rawValue: 1 << 31)
  /// `[company-suffixes]` (`inc`, `corp`): never a sentence's first word.
  static let companySuffix = WordSets(rawValue: 1 << 32)
  /// `SpeechLexicon.documentNouns` and `[own-documents]`: what an evidence verb needs as its
  /// subject (`the survey found`).
  static let evidenceNoun = WordSets(rawValue: 1 << 33)
  /// `[modal-verbs]` in `speech.rules`: a cue after one tells of a statement to come.
  static let modal = WordSets(rawValue: 1 << 34)
  /// `[time-openers]` in `speech.rules`: a word that opens a time phrase (`last week`).
  static let timeOpener = WordSets(rawValue: 1 << 35)
}
