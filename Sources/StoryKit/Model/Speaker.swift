/// A person or organisation quoted in the corpus, one per real-world speaker.
///
/// `SpeakerDirectory` builds speakers from the mentions of all articles, merging full names,
/// surnames, transliteration variants (`Sergei`/`Sergey`) and misspellings that context shows
/// to be the same person (`Lavorv`).
public struct Speaker: Hashable, Sendable, Codable, Identifiable {
  /// The speaker's stable identifier (see `SpeakerID`).
  public var id: SpeakerID
  /// The canonical name (the fullest form seen, e.g. `Sergei Lavrov`).
  public var name: String
  /// Every other form that named this speaker (`Lavrov`, `Sergey Lavrov`, `Lavorv`).
  public var aliases: [String]
  /// Roles seen with the speaker (`Russian Foreign Minister`, `head of the RDIF`).
  public var roles: [String]
  /// Whether this is a person, an organisation, a group or a described speaker.
  public var kind: SpeakerKind
  /// How many quotes the speaker has in the corpus.
  public var quoteCount: Int
  /// In how many articles the speaker is quoted.
  public var articleCount: Int

  /// Creates a speaker.
  public init(
    id: SpeakerID? = nil, name: String, aliases: [String], roles: [String], kind: SpeakerKind,
    quoteCount: Int,
    articleCount: Int
  ) {
    self.id = id ?? SpeakerID.derived(from: [name] + aliases)
    self.name = name
    self.aliases = aliases
    self.roles = roles
    self.kind = kind
    self.quoteCount = quoteCount
    self.articleCount = articleCount
  }
}

extension Speaker {
  /// Whether the speaker has a name: a person or an organisation. An unnamed speaker (`a
  /// spokesman`, `the analysts`) gathers the quotes of every article that describes its
  /// speaker alike, and stands for different people in different articles.
  public var isNamed: Bool { kind == .person || kind == .organisation }

  /// What lists show in place of roles for a speaker without a name: `group` (`the analysts`),
  /// `unnamed` (`a spokesman`) or `document` (`official figures`); `nil` for a named speaker.
  public var unnamedMark: String? {
    switch kind {
    case .person, .organisation: nil
    case .group: "group"
    case .described: "unnamed"
    case .document: "document"
    }
  }
}

/// What kind of speaker a name stands for.
public enum SpeakerKind: String, Hashable, Sendable, Codable {
  /// A named person (`Sergei Lavrov`).
  case person
  /// An organisation (`the Russian Foreign Ministry`, `the Kremlin`).
  case organisation
  /// A described speaker without a name (`a private security professional`).
  case described
  /// A group described without names (`analysts`, `officials`, `police`): one speaker for all
  /// its mentions, never merged with a person.
  case group
  /// A document or a piece of evidence that speaks for itself, no author named (`official
  /// figures`, `a new poll`, `the study`).
  case document
}
