import Foundation
import StorylineResources

/// The words of speech that quote extraction knows: cue verbs, the words that name speakers,
/// roles and titles, first names with their usual gender.
///
/// Everything here is data from `Resources/rules/speech.rules` and `first-names.rules`; this
/// type only parses it and answers look-ups (all keys in lower case).
@dynamicMemberLookup
struct SpeechLexicon: Sendable {
  /// A verb of saying.
  struct CueVerb: Hashable, Sendable {
    /// The base form (`say`).
    var lemma: String
    /// Whether the person spoken to comes first (`told reporters that …`).
    var takesObject: Bool
    /// Whether the form is a participle or gerund (`saying`, `said` after `has`).
    var isGerund: Bool
    /// Whether the form is the base or its -s form (`note`, `notes`), either of which may be a
    /// noun as well; not a past form or a gerund (`noted`, `noting`).
    var isPresent = false
    /// Whether the verb reports a clause without `that` (`said Moscow was ready`).
    var reportsBareClause: Bool
    /// Whether the verb reports a clause without `that` when a pronoun that is only a subject
    /// opens it (`added he doesn't think …`), though not any bare clause (`added a goal`).
    var reportsPronounClause: Bool
    /// Whether the word is a cue only right before `that` (`shared that …`), its other senses
    /// being far more common (`shares of common stock`).
    var onlyBeforeThat = false
    /// Whether the word is a cue only when a noun for a document or a piece of evidence is its
    /// subject (`the poll shows that …`, `records show …`), its other senses being far more
    /// common (`shares showed gains`, `police found a body`).
    var onlyAfterEvidence = false
    /// Whether the word is a cue only when a quotation opens a few words after it, and then
    /// reports its object with the quoted words (`called the decision "incomprehensible"`).
    var onlyBeforeQuotation = false
    /// Whether the verb reports a request too: its object and an infinitive (`urged voters
    /// to …`).
    var reportsRequest = false
    /// Whether the verb reports a thing as well as a clause: its object, up to a comma
    /// (`called for a moratorium on charter schools`; a verb of evidence too: `polls show a
    /// close contest`).
    var reportsThing = false

    /// Whether the word is a cue only where the words around it say so (`onlyAfterEvidence`,
    /// `onlyBeforeQuotation`): never a verb to the phrase readers, never a quotation's cue.
    var isContextual: Bool { onlyAfterEvidence || onlyBeforeQuotation }
  }

  /// What the lexicon knows of a word: its flags and the cue verb it is, if any.
  struct WordInfo: Sendable {
    /// Flags for word tokens.
    var flags: WordFlags = []
    /// The cue verb the word is (for word tokens).
    var cueVerb: CueVerb?
    /// The word lists the form belongs to (for tokens of any kind).
    var sets: WordSets = []
  }

  /// The tables, shared by every copy: a reader is handed the lexicon per sentence and per
  /// name, and a copy is one reference, not one per table.
  private let storage: Storage

  private final class Storage: Sendable {
    let tables: SpeechRuleTables
    init(_ tables: SpeechRuleTables) { self.tables = tables }
  }

  /// Parses the two rule files (`SpeechRuleTables`).
  init(speechRules: String, firstNames names: String) {
    storage = Storage(SpeechRuleTables(speechRules: speechRules, firstNames: names))
  }

  /// The lexicon shipped in `Resources/rules/`.
  static func bundled() throws(StoryKitError) -> SpeechLexicon {
    SpeechLexicon(
      speechRules: try BundledRuleFile.text(named: "speech.rules"),
      firstNames: try BundledRuleFile.text(named: "first-names.rules"))
  }

  /// A table of the lexicon (`lexicon.roles`, `lexicon.cueVerbs`).
  subscript<Value>(dynamicMember path: KeyPath<SpeechRuleTables, Value>) -> Value {
    storage.tables[keyPath: path]
  }

  /// The cue verb a word is, if any, wherever it stands. Not an evidence verb (`show`,
  /// `found`), nor one that is a cue only before a quotation (`called`): they are as often a
  /// noun or another verb (`talk show host`, `a phone call`), and are cues only where
  /// `QuoteText.cueVerb(at:)` finds their subject or their quotation.
  func cueVerb(_ lower: String) -> CueVerb? {
    storage.tables.cueVerbs[lower].flatMap { $0.isContextual ? nil : $0 }
  }
}

extension SpeechLexicon {
  /// Whether a lower-case word names a group of people: a group noun (`police`) or the plural
  /// of a role noun (`analysts`, `officials`, `attorneys`).
  func namesGroup(_ word: String) -> Bool {
    self.groupNouns.contains(word)
      || (Self.isPlural(word) && self.roles[String(word.dropLast())] != nil)
  }

  /// Whether a lower-case word names a document or a piece of evidence (`report`, `estimates`):
  /// `[document-nouns]` and `[own-documents]`.
  func isEvidenceNoun(_ word: String) -> Bool {
    self.documentNouns.contains(word) || self.ownDocuments.contains(word)
  }

  /// Whether a lower-case word is a plural noun, or looks like one: it ends in `s`, not `ss`
  /// (`isPlural`), or is a plural of `[irregular-plurals]` (`data`, `media`).
  func isPluralNoun(_ word: String) -> Bool {
    Self.isPlural(word) || self.irregularPlurals.contains(word)
  }

  /// Whether a word looks plural: it ends in `s`, not `ss`.
  static func isPlural(_ word: String) -> Bool {
    word.hasSuffix("s") && !word.hasSuffix("ss")
  }
}
