import Foundation

/// The tables of `SpeechLexicon`, parsed from the rule files: what every look-up reads.
struct SpeechRuleTables: Sendable {
  typealias CueVerb = SpeechLexicon.CueVerb
  typealias WordInfo = SpeechLexicon.WordInfo

  /// Every form of every cue verb (`said`, `says`, `saying`), one word each.
  private(set) var cueVerbs: [String: CueVerb] = [:]
  /// Two-word cue verbs (`point out`), by their first word.
  private(set) var phrasalCues: [String: [(words: [String], verb: CueVerb)]] = [:]
  /// Verb forms that quote a document (`the statement read`).
  private(set) var documentVerbs: Set<String> = []
  /// Nouns for documents that can "say" something (`statement`, `letter`).
  private(set) var documentNouns: Set<String> = []
  /// Documents that are a source of their own when no author is named (`according to a new
  /// survey`).
  private(set) var ownDocuments: Set<String> = []
  /// Phrases that put the speaker after them (`according to`).
  private(set) var accordingPhrases: [[String]] = []
  /// Words that make what opens a paragraph before a colon a label, not a source (`Photo:`,
  /// `Update:`): `[colon-labels]`.
  private(set) var colonLabels: Set<String> = []
  /// Words that may stand between a speaker and the verb (`earlier`, `has`).
  private(set) var betweenWords: Set<String> = []
  /// Pronouns that name speakers, with their gender.
  private(set) var pronouns: [String: Gender] = [:]
  /// Titles before names (`mr.`, `dr.`), with a gender when they tell one.
  private(set) var titles: [String: Gender?] = [:]
  /// Possessive pronouns with the gender of whom they stand for (`its` → neuter):
  /// `[possessive-pronouns]`.
  private(set) var possessivePronouns: [String: Gender] = [:]
  /// Role nouns (`minister`, `spokeswoman`), with a gender when they tell one.
  private(set) var roles: [String: Gender?] = [:]
  /// Nouns that make a word group an organisation.
  private(set) var organisations: Set<String> = []
  /// Nouns by which a report names the company it is about (`the company`, `the firm`).
  private(set) var companyNouns: Set<String> = []
  /// Singular nouns that name a group of people (`police`, `staff`); plural nouns do too.
  private(set) var groupNouns: Set<String> = []
  /// Adjectives whose object follows a preposition inside a description, with that
  /// preposition (`sources close to …`, `a trader away from the floor`).
  private(set) var adjectivesWithObject: [String: String] = [:]
  /// Words that make a demonym a region's (`North Korean`): with one, it is no name.
  private(set) var compassWords: Set<String> = []
  /// Titles written with a dot that also begin surnames and places' names (`St. Germain`,
  /// `St. Louis`): a name keeps them.
  private(set) var namePrefixes: Set<String> = []
  /// Roles of people who speak for someone else (`spokesman`, `aide`, `lawyer`).
  private(set) var proxyRoles: Set<String> = []
  /// Irregular past tenses that make a clause (`saw`, `went`), for reported speech without
  /// `that`.
  private(set) var irregularPast: Set<String> = []
  /// Words that lead a noun phrase (`the`, `two`, `several`): `[determiners]`.
  private(set) var determiners: Set<String> = []
  /// Determiners that make the next word a noun (`the report`): `[noun-determiners]`.
  private(set) var nounDeterminers: Set<String> = []
  /// Determiners that lead a plural noun (`those`, `two`): `[plural-determiners]`.
  private(set) var pluralDeterminers: Set<String> = []
  /// Conjunctions that open a clause of the writer's after an attribution (`…, he said, as
  /// he left`): `[subordinators]`.
  private(set) var subordinators: Set<String> = []
  /// The words after a person's surname that are no part of it (`jr`, `sr`): the
  /// `[name-abbreviations]` that are no `[company-suffixes]`.
  private(set) var nameSuffixes: Set<String> = []
  /// Plural nouns that do not end in -s (`data`, `media`): `[irregular-plurals]`.
  private(set) var irregularPlurals: Set<String> = []
  /// Capitalised words that are never names (`However`, `Monday`): `[not-names]`.
  private(set) var notNames: Set<String> = []
  /// Words of `notNames` that begin a name inside a sentence (`First Boston Corp`):
  /// `[names-inside-sentences]`.
  private(set) var namesInsideSentences: Set<String> = []
  /// Lower-case words inside a person's name (`van`, `al`): `[name-connectors]`.
  private(set) var nameConnectors: Set<String> = []
  /// Words that end a company's name (`inc`, `corp.`): `[company-suffixes]`.
  private(set) var companySuffixes: Set<String> = []
  /// Words of a company's trade that join its name after `and` (`Gas and Electric Co`):
  /// `[company-trade-words]`.
  private(set) var companyTradeWords: Set<String> = []
  /// Words that make an organisation's name a public body's (`Commission`, `Authority`):
  /// `[public-bodies]`.
  private(set) var publicBodies: Set<String> = []
  /// Words that open a role without being part of it (`This banker`, `now chairman`):
  /// `[role-openers]`.
  private(set) var roleOpeners: Set<String> = []
  /// Words that make a description a person who leads (`the head of the agency`, `the
  /// bank's chief`), whatever its last word: `[leader-words]`.
  private(set) var leaderWords: Set<String> = []
  /// Nouns naming a publication a report quotes (`the paper`): `[media-nouns]`.
  private(set) var mediaNouns: Set<String> = []
  /// Words that make an organisation's name a publication's (`Times`, `Daily`):
  /// `[media-names]`.
  private(set) var mediaNames: Set<String> = []
  /// Nationality adjectives and initialisms (`us`, `british`): `[nationality-words]`.
  private(set) var nationalityWords: Set<String> = []
  /// Countries and capitals (`japan`, `moscow`): `[country-names]`.
  private(set) var countryNames: Set<String> = []
  /// `nationalityWords` and `countryNames` together.
  private(set) var countryWords: Set<String> = []
  /// Words a role phrase is matched without (`the`, `top`): `[role-match-ignored]`.
  private(set) var roleMatchIgnored: Set<String> = []
  /// Words that may stand between an acronym's written-out words (`Immigration, Refugees and
  /// Citizenship Canada`): `[acronym-fillers]`.
  private(set) var acronymFillers: Set<String> = []
  /// First names and the gender they usually tell (keys in lower case).
  private(set) var firstNames: [String: Gender] = [:]

  /// What the lexicon knows of each word, found with one look-up per token.
  private(set) var words: [String: WordInfo] = [:]
  /// The keys of `words` by number, for `wordTable`.
  private(set) var entryWords: [String] = []
  /// The values of `words` by number, for `wordTable`.
  private(set) var entryInfos: [WordInfo] = []
  /// The ASCII keys of `words`, to their number in `entryWords`.
  private(set) var wordTable = ASCIIWordTable([])
  /// Whether a look-up in `wordTable` gives what `words` gives (see `init`).
  private(set) var wordTableIsExact = false

  /// Short forms of first names and the full name each stands for (`bob` → `robert`):
  /// `[nicknames]`.
  private(set) var nicknames: [String: String] = [:]
  /// Role words and the role words they may stand for (`diplomat` → `foreign`, `minister`).
  private(set) var roleSynonyms: [String: Set<String>] = [:]

  /// The rule-file sections that are plain word lists, read into a token's `WordSets`.
  static let listSections: Set<String> = [
    "clause-boundaries", "passive-auxiliaries", "modal-verbs", "time-openers", "non-openers",
    "prepositions",
    "subject-pronouns", "time-words", "connectives", "object-pronouns", "statement-openers",
    "auxiliaries", "named-times", "determiners", "noun-determiners", "description-stops",
    "clause-words", "not-names", "names-inside-sentences", "name-abbreviations",
    "name-connectors", "organisation-connectors", "company-suffixes", "company-trade-words",
    "public-bodies", "media-nouns", "media-names", "role-openers", "leader-words",
    "nationality-words",
    "country-names", "role-match-ignored", "sentence-abbreviations", "sentence-starters",
    "acronym-fillers", "plural-determiners", "subordinators",
    "irregular-plurals",
  ]

  /// A `word = words` line of a rule file, both sides trimmed; `nil` without `=` or a word.
  private static func mapping(_ line: String) -> (String, String)? {
    let sides = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      .map { $0.trimmingCharacters(in: .whitespaces) }
    guard sides.count == 2, !sides[0].isEmpty else { return nil }
    return (sides[0], sides[1])
  }

  /// Parses the two rule files.
  init(speechRules: String, firstNames names: String) {
    var section = ""
    var listed: [String: Set<String>] = [:]
    for rawLine in speechRules.split(separator: "\n") {
      let line =
        rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?
        .trimmingCharacters(in: .whitespaces) ?? ""
      guard !line.isEmpty else { continue }
      if line.hasPrefix("[") && line.hasSuffix("]") {
        section = String(line.dropFirst().dropLast())
        continue
      }
      let lower = line.lowercased()
      switch section {
      case "cue-verbs": addCueVerb(lower)
      case "document-verbs":
        let parts = lower.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count > 1 {
          documentVerbs.insert(parts[0])
          documentVerbs.formUnion(parts[1].split(separator: " ").map(String.init))
        } else {
          documentVerbs.formUnion(Self.forms(of: lower).map(\.form))
        }
      case "document-nouns": documentNouns.insert(lower)
      case "own-documents": ownDocuments.insert(lower)
      case "according": accordingPhrases.append(lower.split(separator: " ").map(String.init))
      case "colon-labels": colonLabels.formUnion(lower.split(separator: " ").map(String.init))
      case "between": betweenWords.insert(lower)
      case "pronouns", "titles", "roles":
        let parts = lower.split(separator: " ")
        guard let word = parts.first.map(String.init) else { continue }
        let gender = parts.count > 1 ? Gender(code: parts[1]) : nil
        switch section {
        case "pronouns": pronouns[word] = gender ?? .neuter
        case "titles": titles[word] = gender
        default: roles[word] = gender
        }
      case "possessive-pronouns":
        let parts = lower.split(separator: " ")
        guard parts.count == 2, let gender = Gender(code: parts[1]) else { continue }
        possessivePronouns[String(parts[0])] = gender
      case "organisations": organisations.insert(lower)
      case "company-nouns": companyNouns.insert(lower)
      case "group-nouns": groupNouns.insert(lower)
      case "proxy-roles": proxyRoles.insert(lower)
      case _ where Self.listSections.contains(section):
        listed[section, default: []].formUnion(lower.split(separator: " ").map(String.init))
      case "adjectives-with-object":
        let words = lower.split(separator: " ")
        guard let adjective = words.first else { continue }
        adjectivesWithObject[String(adjective)] = words.count > 1 ? String(words[1]) : "to"
      case "compass-words": compassWords.insert(lower)
      case "name-prefixes": namePrefixes.insert(lower)
      case "irregular-past":
        irregularPast.formUnion(lower.split(separator: " ").map(String.init))
      case "nicknames":
        guard let (short, full) = Self.mapping(lower), !full.isEmpty else { continue }
        nicknames[short] = full
      case "role-synonyms":
        guard let (word, synonyms) = Self.mapping(lower) else { continue }
        roleSynonyms[word, default: []].formUnion(synonyms.split(separator: " ").map(String.init))
      default: continue
      }
    }
    determiners = listed["determiners"] ?? []
    nounDeterminers = listed["noun-determiners"] ?? []
    pluralDeterminers = listed["plural-determiners"] ?? []
    subordinators = listed["subordinators"] ?? []
    irregularPlurals = listed["irregular-plurals"] ?? []
    notNames = listed["not-names"] ?? []
    namesInsideSentences = listed["names-inside-sentences"] ?? []
    nameConnectors = listed["name-connectors"] ?? []
    companySuffixes = listed["company-suffixes"] ?? []
    nameSuffixes = (listed["name-abbreviations"] ?? []).subtracting(companySuffixes)
    companyTradeWords = listed["company-trade-words"] ?? []
    publicBodies = listed["public-bodies"] ?? []
    mediaNouns = listed["media-nouns"] ?? []
    roleOpeners = listed["role-openers"] ?? []
    leaderWords = listed["leader-words"] ?? []
    mediaNames = listed["media-names"] ?? []
    // NB: a company suffix makes a word group an organisation (`Henkel KGaA`).
    organisations.formUnion(companySuffixes)
    nationalityWords = listed["nationality-words"] ?? []
    countryNames = listed["country-names"] ?? []
    countryWords = nationalityWords.union(countryNames)
    roleMatchIgnored = listed["role-match-ignored"] ?? []
    acronymFillers = listed["acronym-fillers"] ?? []
    func mark(_ list: some Sequence<String>, _ flag: WordFlags) {
      for word in list { words[word, default: WordInfo()].flags.insert(flag) }
    }
    for (form, verb) in cueVerbs { words[form, default: WordInfo()].cueVerb = verb }
    mark(titles.keys, .title)
    mark(roles.keys, .role)
    mark(organisations, .organisation)
    mark(nationalityWords, .nationality)
    mark(notNames, .notName)
    mark(nameConnectors.union(listed["organisation-connectors"] ?? []), .connector)
    mark(determiners, .determiner)
    mark(listed["description-stops"] ?? [], .descriptionStop)
    mark(listed["clause-words"] ?? [], .clauseWord)
    mark(betweenWords, .between)
    var gender: Gender?
    for rawLine in names.split(separator: "\n") {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      if line.hasPrefix("[") {
        gender = Gender(code: line.dropFirst().dropLast())
        continue
      }
      guard let gender else { continue }
      for name in line.split(separator: " ") { firstNames[name.lowercased()] = gender }
    }
    func add(_ list: some Sequence<String>, _ set: WordSets) {
      for word in list { words[word, default: WordInfo()].sets.insert(set) }
    }
    add(determiners, .determiner)
    add(listed["description-stops"] ?? [], .descriptionStop)
    add(listed["clause-words"] ?? [], .clauseWord)
    add(betweenWords, .between)
    add(listed["clause-boundaries"] ?? [], .clauseBoundary)
    add(listed["passive-auxiliaries"] ?? [], .passiveAuxiliary)
    add(listed["modal-verbs"] ?? [], .modal)
    add(listed["time-openers"] ?? [], .timeOpener)
    add(listed["time-words"] ?? [], .timeWord)
    add(listed["prepositions"] ?? [], .preposition)
    add(listed["subject-pronouns"] ?? [], .subjectPronoun)
    add(listed["non-openers"] ?? [], .nonOpener)
    add(listed["connectives"] ?? [], .connective)
    add(listed["object-pronouns"] ?? [], .objectPronoun)
    add(listed["auxiliaries"] ?? [], .auxiliary)
    add(notNames, .notName)
    add(nameConnectors, .nameConnector)
    add(countryNames, .countryName)
    add(nationalityWords, .nationality)
    add(organisations, .organisation)
    add(documentNouns, .documentNoun)
    add(documentNouns.union(ownDocuments), .evidenceNoun)
    add(documentVerbs, .documentVerb)
    add(listed["sentence-abbreviations"] ?? [], .sentenceAbbreviation)
    add(listed["sentence-starters"] ?? [], .sentenceStarter)
    add(companySuffixes, .companySuffix)
    add(roles.keys, .role)
    add(titles.keys, .title)
    add(firstNames.keys, .firstName)
    add(pronouns.keys, .pronoun)
    add(listed["name-abbreviations"] ?? [], .nameAbbreviation)
    add(listed["statement-openers"] ?? [], .statementOpener)
    add(listed["named-times"] ?? [], .namedTime)
    add(phrasalCues.keys, .phrasalCueStart)
    // NB: an evidence verb is no verb wherever it stands (`talk show host`), nor one that is a
    // cue only before a quotation (`a phone call`).
    add(cueVerbs.filter { !$0.value.isContextual }.keys, .cueForm)
    add(irregularPast, .irregularPast)
    entryWords = Array(words.keys)
    entryInfos = entryWords.map { words[$0] ?? WordInfo() }
    wordTable = ASCIIWordTable(entryWords.indices.map { (Array(entryWords[$0].utf8), Int32($0)) })
    // NB: `words[lower]` finds a key canonically equivalent to `lower`; for an ASCII `lower`
    // that is the same ASCII string, unless a non-ASCII key decomposes to ASCII (none does in
    // the shipped rules). Then the table is not used and every look-up goes through `words`.
    wordTableIsExact = !entryWords.contains { word in
      !word.utf8.allSatisfy { $0 < 0x80 }
        && word.decomposedStringWithCanonicalMapping.utf8.allSatisfy { $0 < 0x80 }
    }
  }

  private mutating func addCueVerb(_ line: String) {
    let takesObject = line.contains("+object")
    let reportsBareClause = line.contains("+bare")
    let reportsPronounClause = reportsBareClause || line.contains("+pronoun")
    let onlyBeforeThat = line.contains("+that")
    let onlyAfterEvidence = line.contains("+evidence")
    let onlyBeforeQuotation = line.contains("+quoted")
    let reportsRequest = line.contains("+request")
    let reportsThing = onlyAfterEvidence || line.contains("+thing")
    var cleaned = line
    for mark in [
      "+object", "+bare", "+pronoun", "+that", "+evidence", "+quoted", "+request", "+thing",
    ] {
      cleaned = cleaned.replacingOccurrences(of: mark, with: "")
    }
    cleaned = cleaned.trimmingCharacters(in: .whitespaces)
    let parts = cleaned.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    guard let base = parts.first, !base.isEmpty else { return }
    var forms: [(form: String, isGerund: Bool)] = []
    if parts.count > 1 {
      // Irregular: "say | says said saying"; a two-word verb lists two-word forms.
      forms.append((base, false))
      let listed = parts[1].split(separator: " ").map(String.init)
      let width = base.split(separator: " ").count
      var index = 0
      while index + width <= listed.count {
        let form = listed[index..<(index + width)].joined(separator: " ")
        forms.append((form, form.hasSuffix("ing")))
        index += width
      }
    } else {
      forms = Self.forms(of: base).map { ($0.form, $0.isGerund) }
    }
    let lemma = base
    // NB: an irregular verb's -s form is the regular one (`says`, `tells`).
    let third = Self.forms(of: base).dropFirst().first?.form
    for (form, isGerund) in forms {
      let verb = CueVerb(
        lemma: lemma, takesObject: takesObject, isGerund: isGerund,
        isPresent: form == base || form == third,
        reportsBareClause: reportsBareClause, reportsPronounClause: reportsPronounClause,
        onlyBeforeThat: onlyBeforeThat, onlyAfterEvidence: onlyAfterEvidence,
        onlyBeforeQuotation: onlyBeforeQuotation, reportsRequest: reportsRequest,
        reportsThing: reportsThing)
      let words = form.split(separator: " ").map(String.init)
      if words.count == 1 {
        if cueVerbs[form] == nil { cueVerbs[form] = verb }
      } else if let first = words.first {
        phrasalCues[first, default: []].append((words, verb))
      }
    }
  }

  /// The regular forms of a verb: base, -s, -ed, -ing.
  static func forms(of base: String) -> [(form: String, isGerund: Bool)] {
    let scalars = Array(base.unicodeScalars)
    guard let last = scalars.last else { return [] }
    let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u"]
    let beforeLast = scalars.count > 1 ? scalars[scalars.count - 2] : nil
    var third = base + "s"
    var past = base + "ed"
    var gerund = base + "ing"
    if ["s", "x", "z"].contains(last) || base.hasSuffix("sh") || base.hasSuffix("ch") {
      third = base + "es"
    }
    if last == "y", let beforeLast, !vowels.contains(beforeLast) {
      third = String(base.dropLast()) + "ies"
      past = String(base.dropLast()) + "ied"
    }
    if last == "e" {
      past = base + "d"
      gerund = base.hasSuffix("ee") ? base + "ing" : String(base.dropLast()) + "ing"
    }
    // Consonant-vowel-consonant at the end of a short verb doubles: admit → admitted.
    if scalars.count >= 3, let beforeLast, !vowels.contains(last), !["w", "x", "y"].contains(last),
      vowels.contains(beforeLast), !vowels.contains(scalars[scalars.count - 3]), scalars.count <= 5
    {
      past = base + String(last) + "ed"
      gerund = base + String(last) + "ing"
    }
    return [(base, false), (third, false), (past, false), (gerund, true)]
  }
}
