/// The words that name who speaks, next to a cue: a pronoun, a name, or a description.
struct SpeakerPhrase: Hashable {
  enum Kind: Hashable {
    /// `he`, `she`, `they`, `it`.
    case pronoun(Gender)
    /// A name, with any role words before it (`Kremlin Spokesman Dmitry Peskov`).
    case name(NameParser.ParsedName, role: String?)
    /// A description: a role (`the top Russian diplomat`), an organisation (`the ministry`),
    /// a document (`the statement`) or a described speaker (`a private security professional`).
    case description(head: String)
  }

  /// The tokens of the phrase.
  var tokens: ClosedRange<Int>
  var kind: Kind

  /// Whether the phrase is a name.
  var isName: Bool {
    if case .name = kind { return true }
    return false
  }

  /// Whether the phrase is a description.
  var isDescription: Bool {
    if case .description = kind { return true }
    return false
  }
}
