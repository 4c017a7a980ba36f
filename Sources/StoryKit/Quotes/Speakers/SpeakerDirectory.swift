import Foundation

/// The speakers of a whole corpus: one per real-world person or organisation.
///
/// Each article names its speakers its own way; the directory merges them:
/// - people by surname, when their first names agree, are spelling variants (`Sergei` /
///   `Sergey`) or a short form and its full name (`Bob` / `Robert`, from the lexicon's
///   `[nicknames]`), or when an article gives only the surname and one person of the corpus
///   has it;
/// - surnames one letter apart with the same first name (`Lavrov` / `Lavorv`);
/// - never two people who share a surname but whose first names differ (`Donald Trump`,
///   `Melania Trump`), nor a lone surname that several people of the corpus carry;
/// - organisations and described speakers by their name, without a leading `the`; a one-word
///   "person" named exactly as one of the corpus's organisations joins it;
/// - a department or ministry named either way round (`Agriculture Department`, `Department of
///   Agriculture`), and a name with a form of it its article wrote (`General Motors Corp`);
/// - an acronym with the one organisation of the corpus that spells it: a public body's
///   initials either way round (`USDA`), initials of four letters or more (`OPEC`), or an
///   acronym an article gave the name when the name spells it (`IBM`).
///
/// The canonical name is the fullest, most frequent form; the others become aliases.
public struct SpeakerDirectory: Sendable {
  /// The speakers, most quoted first.
  public private(set) var speakers: [Speaker] = []
  /// The speaker of each node the directory was built from (`init(nodes:rules:)`), by position.
  private var speakerOfNode: [Int] = []
  /// The label of each node's cluster (`SpeakerClusters`), by position, when the directory
  /// was built from all nodes.
  private(set) var nodeLabels: [UInt64] = []
  /// Each speaker's place in `speakers`, by its cluster's label.
  private var speakerOfLabel: [UInt64: Int] = [:]
  /// How many nodes use each word in their names (`familiarity(of:)`).
  private(set) var familiarity: [String: Int] = [:]
  /// The articles with a speaker an update (`init(updating:…)`) named otherwise than before:
  /// the others' quotes keep their canonical names. `nil` when every cluster was built.
  private(set) var rebuiltArticles: Set<ArticleID>?
  private var byAlias: [String: Int] = [:]
  private var byName: [String: Int] = [:]
  /// The canonical names of speakers some article reads as a person, also those joined to an
  /// organisation of the same name (`White House`).
  private var readAsPerson: Set<String> = []

  /// One article's speaker, as input.
  struct Node: Sendable {
    var article: ArticleID
    var speaker: QuoteExtractor.ArticleSpeaker
    var quotes: Int
    /// What tells the node apart across analyses while its article stays (a library's ledger
    /// serial and the speaker's place in the article), for `SpeakerCache`; 0 when unused.
    var origin: UInt64 = 0
  }

  /// What a library keeps of the speakers it built, by their clusters' labels (the origin of
  /// the first node, `Node.origin`): a speaker whose nodes are the same, none of whose
  /// articles was analysed again, and whose name's familiarity reads the same counts, is taken
  /// as kept instead of built again.
  struct SpeakerCache: Sendable {
    struct Entry: Sendable {
      var speaker: Speaker
      /// The familiarity counts its name was chosen by (`familiarSpelling`).
      var familiarity: [String: Int]
      /// Its nodes, as `key(_:nodes:)` hashes their origins.
      var members: UInt64
      /// Whether some article reads it as a person (`namesPersonFeature`).
      var readAsPerson: Bool
    }

    /// By the label of their cluster (`SpeakerClusters`: the origin of its first node).
    var entries: [UInt64: Entry] = [:]

    /// The key of a cluster of `members` (indices into `nodes`).
    static func key(_ members: [Int], nodes: [Node]) -> UInt64 {
      var hash = FNV1a()
      for member in members {
        let origin = nodes[member].origin
        hash.combine(word: UInt32(truncatingIfNeeded: origin))
        hash.combine(word: UInt32(truncatingIfNeeded: origin >> 32))
      }
      return hash.value
    }
  }

  /// A form that may name a cluster, with what decides between forms.
  private struct NameCandidate {
    var form: String
    var count: Int
    /// A proper name (capitalised, no leading `the`) rather than a phrase.
    var isProper: Bool
    var words: Int
    /// Initials joined by `and` or `&` (`D and P`, `S&P`), which a spelt-out name beats.
    var isInitials: Bool
  }

  /// Whether a name ends in a possessive `'s` or `’s`.
  static func isPossessive<S: StringProtocol>(_ name: S) -> Bool {
    name.hasSuffix("'s") || name.hasSuffix("’s")
  }

  /// What the directory reads from the speech rules (`SpeechLexicon`).
  struct Rules: Sendable {
    /// Short forms of first names and the full name each stands for (`bob` → `robert`;
    /// `[nicknames]`), so `Bob Dole` is `Robert Dole`.
    var nicknames: [String: String] = [:]
    /// Words that open a role without being part of it (`This banker`; `[role-openers]`).
    var roleOpeners: Set<String> = []
    /// Nouns that make a word group an organisation (`department`, `bank`;
    /// `[organisations]`, publications' words left out): one alone is no name of one.
    var organisationWords: Set<String> = []
    /// Short words an acronym skips (`of`, `and`; `[acronym-fillers]`): `SEC` spells
    /// `Securities and Exchange Commission`.
    var acronymFillers: Set<String> = []
    /// The words that end a company's name (`corp`, `inc`; `[company-suffixes]`), which its
    /// acronym leaves out (`GM`, `General Motors Corp`).
    var companySuffixes: Set<String> = []
    /// Titles that are no role (`sir`, `lord`, `dr.`; `[titles]` that `[roles]` does not
    /// list, as it lists `judge`): the last words of a role that came before the name.
    var honorifics: Set<String> = []
    /// Words after a surname that are no part of it (`Jr`, `Sr`): a person's surname is the
    /// word before them.
    var nameSuffixes: Set<String> = []
    /// Nouns that name a group of people (`officials`, `dealers`; `[group-nouns]` and the
    /// plurals of `[roles]`).
    var groupNouns: Set<String> = []
  }

  /// Builds the directory from every article's extraction result, with the rules of the
  /// extractor's lexicon (`Rules`).
  public init(
    _ results: [(article: ArticleID, result: QuoteExtractor.ArticleResult)],
    extractor: QuoteExtractor
  ) {
    var nodes: [Node] = []
    for (article, result) in results {
      var counts: [String: Int] = [:]
      for quote in result.quotes {
        if let speaker = quote.speaker { counts[speaker, default: 0] += 1 }
      }
      for speaker in result.speakers {
        nodes.append(Node(article: article, speaker: speaker, quotes: counts[speaker.name] ?? 0))
      }
    }
    self.init(nodes: nodes, rules: Rules(extractor.lexicon))
  }

  /// Builds the directory from every article's speakers, each with its number of quotes (what
  /// a library keeps per article to build the directory again when articles come and go).
  init(nodes: [Node], rules: Rules = Rules()) {
    var cache = SpeakerCache()
    self.init(nodes: nodes, rules: rules, cache: &cache, analysed: [])
  }

  /// `init(nodes:rules:)`, taking from `cache` the speakers whose nodes (by origin) are as
  /// cached, none of whose articles is among `analysed` (read again, though under the same
  /// serial), and whose familiarity counts stay; `cache` is then this directory's. Clusters
  /// every node: linear in the nodes (see `cluster`).
  init(
    nodes: [Node], rules: Rules, cache: inout SpeakerCache, analysed: Set<ArticleID>
  ) {
    let clusters = Self.cluster(nodes, rules: rules)
    let familiarity = Self.familiarity(of: nodes)
    // NB: a library's nodes carry origins, ascending in node order; others are labelled by
    // their place.
    let usesOrigins = nodes.contains { $0.origin != 0 }
    let labels = clusters.map { usesOrigins ? nodes[$0[0]].origin : UInt64($0[0]) }
    let cached = cache
    // NB: each cluster's speaker on all cores; clusters are independent.
    let built = Array(zip(labels, clusters)).parallelMap { label, members in
      Self.entry(
        of: members, nodes: nodes, rules: rules, familiarity: { familiarity[$0] ?? 0 },
        cached: cached.entries[label],
        isNew: { analysed.contains(nodes[$0].article) })
    }
    cache = SpeakerCache()
    cache.entries.reserveCapacity(built.count)
    for (label, entry) in zip(labels, built) { cache.entries[label] = entry }
    self.init(labelled: Array(zip(labels, built)))
    speakerOfNode = Array(repeating: 0, count: nodes.count)
    nodeLabels = Array(repeating: 0, count: nodes.count)
    for (label, members) in zip(labels, clusters) {
      let speaker = speakerOfLabel[label] ?? 0
      for node in members {
        speakerOfNode[node] = speaker
        nodeLabels[node] = label
      }
    }
    self.familiarity = familiarity
  }

  /// The directory after an update of a library's speakers, re-clustering only the nodes
  /// linked to what changed (`SpeakerClusters.update`) and taking every other speaker from
  /// `cache`, unless the familiarity counts its name was chosen by changed; `nil` when the
  /// nodes linked are too many to gain by it (then build from all nodes).
  ///
  /// - Parameters:
  ///   - clusters: the library's clusters as saved; updated with the change.
  ///   - removed: the nodes of articles that left or were read again, as they were.
  ///   - added: the nodes of articles analysed now.
  ///   - nodes: nodes of the library, by origin (`nil` for an origin none holds), in the order
  ///     asked.
  ///   - rules: the rules clustering reads.
  ///   - cache: the speakers as last built (`SpeakerCache`); then this directory's.
  ///   - largestShare: the share of the nodes an update may reach (`SpeakerClusters.largestShare`).
  /// - Returns: `nil`, with `clusters` and `cache` as they were, when the change reaches more
  ///   than `largestShare` of the nodes.
  init?(
    updating clusters: inout SpeakerClusters, removed: [Node], added: [Node],
    nodes lookup: ([UInt64]) -> [Node?], rules: Rules, cache: inout SpeakerCache,
    largestShare: Double = SpeakerClusters.largestShare
  ) {
    guard
      let change = clusters.update(
        removed: removed, added: added, nodes: lookup, rules: rules, largestShare: largestShare)
    else { return nil }
    var entries = cache.entries
    for label in Set(change.formerLabels.values) { entries[label] = nil }
    let familiarity = clusters.familiarity
    let count: @Sendable (String) -> Int = { familiarity[$0] ?? 0 }
    // The clusters of the nodes linked to the change.
    let fresh = Set(added.map(\.origin))
    let nodes = change.nodes
    let cached = cache
    let labels = change.clusters.map { nodes[$0[0]].origin }
    let built = Array(zip(labels, change.clusters)).parallelMap { label, members in
      Self.entry(
        of: members, nodes: nodes, rules: rules, familiarity: count,
        cached: cached.entries[label], isNew: { fresh.contains(nodes[$0].origin) })
    }
    for (label, entry) in zip(labels, built) { entries[label] = entry }
    // The other clusters whose name was chosen by counts that changed.
    let stale = Set(
      entries.compactMap { label, entry in
        entry.familiarity.contains {
          change.changedWords.contains($0.key) && count($0.key) != $0.value
        }
          ? label : nil
      })
    // NB: the articles of nodes whose speaker is now named otherwise (their quotes' canonical
    // names change), not of every node reached: most reached clusters come out as they were.
    var rebuilt = Set<ArticleID>()
    for (label, members) in zip(labels, change.clusters) {
      let name = entries[label]?.speaker.name
      for member in members {
        let former = change.formerLabels[nodes[member].origin].flatMap { cached.entries[$0] }
        if former?.speaker.name != name { rebuilt.insert(nodes[member].article) }
      }
    }
    if !stale.isEmpty {
      let members = clusters.members(ofLabels: stale)
      let gathered = members.sorted { $0.key < $1.key }.map {
        ($0.key, lookup($0.value).compactMap { $0 })
      }
      let remade = gathered.parallelMap { label, nodes in
        Self.entry(
          of: Array(nodes.indices), nodes: nodes, rules: rules, familiarity: count, cached: nil,
          isNew: { _ in true })
      }
      for ((label, nodes), entry) in zip(gathered, remade) {
        if entry.speaker.name != entries[label]?.speaker.name {
          rebuilt.formUnion(nodes.map(\.article))
        }
        entries[label] = entry
      }
    }
    cache.entries = entries
    self.init(labelled: entries.map { ($0.key, $0.value) })
    rebuiltArticles = rebuilt
    self.familiarity = familiarity
  }

  /// The directory of labelled speakers (`SpeakerCache`): most quoted first, then by name,
  /// then by label, so the order is the same however the speakers were made.
  private init(labelled: [(label: UInt64, entry: SpeakerCache.Entry)]) {
    let order = labelled.indices.sorted { a, b in
      let x = labelled[a].entry.speaker
      let y = labelled[b].entry.speaker
      if x.quoteCount != y.quoteCount { return x.quoteCount > y.quoteCount }
      if x.name != y.name { return x.name < y.name }
      return labelled[a].label < labelled[b].label
    }
    speakers = Self.uniquingIDs(order.map { labelled[$0].entry.speaker })
    speakerOfLabel.reserveCapacity(order.count)
    for (position, index) in order.enumerated() {
      speakerOfLabel[labelled[index].label] = position
      if labelled[index].entry.readAsPerson { readAsPerson.insert(speakers[position].name) }
    }
    for (index, speaker) in speakers.enumerated() {
      if byName[speaker.name] == nil { byName[speaker.name] = index }
      for alias in [speaker.name] + speaker.aliases {
        let key = alias.lowercased()
        if byAlias[key] == nil { byAlias[key] = index }
      }
    }
  }

  /// The cached entry of a cluster when it still holds (the same nodes, none of them
  /// `isNew`, the same familiarity counts), else the cluster's speaker built.
  private static func entry(
    of members: [Int], nodes: [Node], rules: Rules, familiarity: (String) -> Int,
    cached: SpeakerCache.Entry?, isNew: (Int) -> Bool
  ) -> SpeakerCache.Entry {
    let key = SpeakerCache.key(members, nodes: nodes)
    if let cached, cached.members == key, !members.contains(where: isNew),
      cached.familiarity.allSatisfy({ familiarity($0.key) == $0.value })
    {
      return cached
    }
    let made = Self.speaker(of: members, nodes: nodes, rules: rules, familiarity: familiarity)
    return SpeakerCache.Entry(
      speaker: made.speaker, familiarity: made.familiarity, members: key,
      readAsPerson: members.contains { nodes[$0].speaker.kind == .person })
  }

  /// The speaker the nodes `members` (indices into `nodes`) make together: its canonical name,
  /// aliases, roles, kind and counts.
  private static func speaker(
    of members: [Int], nodes: [Node], rules: Rules, familiarity: (String) -> Int
  ) -> (speaker: Speaker, familiarity: [String: Int]) {
    var formCounts: [String: Int] = [:]
    var kinds = Set<SpeakerKind>()
    var articles = Set<ArticleID>()
    var quotes = 0
    for member in members {
      let node = nodes[member]
      for form in node.speaker.forms { formCounts[form, default: 0] += max(1, node.quotes) }
      formCounts[node.speaker.name, default: 0] += 1
      kinds.insert(node.speaker.kind)
      articles.insert(node.article)
      quotes += node.quotes
    }
    // NB: a cluster holds people only, or else no person but a capitalised common noun; its
    // kind depends on which kinds occur, not on their order.
    var kind: SpeakerKind =
      kinds.contains(.organisation)
      ? .organisation
      : kinds.contains(.document)
        ? .document
        : kinds.contains(.group) ? .group : kinds.contains(.described) ? .described : .person
    // NB: the familiarity read is kept with the speaker: it stays right while those counts do.
    var read: [String: Int] = [:]
    let canonical = canonicalName(formCounts) { word in
      let count = familiarity(word)
      read[word] = count
      return count
    }
    var name = canonical ?? nodes[members[0]].speaker.name
    // `TransCanada`, not `TransCanada Corp.`: an organisation goes by its name without the
    // company suffix when its articles write it so (the form `SpeakerResolver` adds).
    if kind == .organisation, let short = withoutLastWord(name),
      formCounts.keys.contains(where: { base(of: $0) == short })
    {
      name = short
    }
    // `the police`: a common noun for people, named so, is a group even where some article
    // wrote `Police said` as a name.
    if kind == .organisation, name.first?.isLowercase == true,
      let head = name.splitOnSpaces().last, rules.groupNouns.contains(head.lowercased())
    {
      kind = .group
    }
    if kind == .group { name = Self.groupCased(name, groupNouns: rules.groupNouns) }
    // NB: by the number of its articles' mentions that give a role, then alphabetically, each
    // spelt with the fewest capitals (a role is a common noun: `Kremlin spokesman`, not the
    // `Kremlin Spokesman` of a heading): the same roles in the same order whatever order the
    // articles came in (a library updated file by file lists them as a fresh analysis does).
    var roleSpellings: [String: (count: Int, spellings: Set<String>)] = [:]
    // NB: roles are a person's: an organisation or a group is not `the spokesman` its
    // spokesman is, nor is `the analysts` `The Rolls spokesman`.
    for member in members where kind == .person {
      for given in nodes[member].speaker.roles {
        // `This banker`, `now chairman of Mersey TV`: the role is the noun phrase, without
        // the name's first words it took (`Japanese Finance Minister Kiichi`).
        let role = Self.withoutTitle(
          Self.withoutNameStart(
            Self.withoutOpener(given, openers: rules.roleOpeners), name: name),
          honorifics: rules.honorifics)
        let lowered = role.lowercased()
        // Determiners alone are no role; a role in another case is the same role.
        guard !lowered.isEmpty,
          !lowered.splitOnSpaces().allSatisfy({ ["the", "a", "an", "this", "that"].contains($0) })
        else { continue }
        roleSpellings[lowered, default: (0, [])].count += 1
        roleSpellings[lowered, default: (0, [])].spellings.insert(role)
      }
    }
    let roles = roleSpellings.sorted {
      ($0.value.count, $1.key) > ($1.value.count, $0.key)
    }.compactMap { entry in
      entry.value.spellings.min { a, b in
        let capitals = (a.count(where: \.isUppercase), b.count(where: \.isUppercase))
        return capitals.0 != capitals.1 ? capitals.0 < capitals.1 : a < b
      }
    }
    // NB: an organisation word alone (`Department` of `U.S. Agriculture Department`, `Bank`
    // of `World Bank`) is how its articles said `the department`, no name: shown as an alias
    // it says nothing, and many organisations would share it (`Times` is a name).
    var aliases = aliases(of: name, forms: formCounts.keys)
    if kind == .organisation {
      aliases.removeAll { rules.organisationWords.contains($0.lowercased()) }
    }
    let speaker = Speaker(
      name: name, aliases: aliases, roles: roles, kind: kind,
      quoteCount: quotes, articleCount: articles.count)
    return (speaker, read)
  }

  /// `role` without the `openers` that lead it (`This banker` is `banker`; `[role-openers]`).
  static func withoutOpener(_ role: String, openers: Set<String>) -> String {
    var role = Substring(role)
    while let space = role.firstIndex(of: " "), openers.contains(role[..<space].lowercased()) {
      role = role[role.index(after: space)...]
    }
    return String(role)
  }

  /// A group's name with its group noun in lower case after an abbreviation (`U.S. officials`,
  /// which wire copy converted from capitals writes `U.S. Officials`): a group is named by a
  /// common noun.
  static func groupCased(_ name: String, groupNouns: Set<String>) -> String {
    var words = name.splitOnSpaces().map(String.init)
    for index in words.indices.dropFirst() where words[index - 1].hasSuffix(".") {
      let word = words[index]
      let lower = word.lowercased()
      if word != lower, word.dropFirst() == lower.dropFirst(), groupNouns.contains(lower) {
        words[index] = lower
      }
    }
    return words.joined(separator: " ")
  }

  /// `role` without the titles that end it, which were the name's (`Manchester United manager
  /// Sir` of `Sir Alex Ferguson`); empty when nothing else is left.
  static func withoutTitle(_ role: String, honorifics: Set<String>) -> String {
    var words = role.splitOnSpaces()
    while let last = words.last, honorifics.contains(last.lowercased()) { words.removeLast() }
    return words.joined(separator: " ")
  }

  /// `role` without the words at its end that begin `name` (`Japanese Finance Minister
  /// Kiichi` of `Kiichi Miyazawa`, `President Daniel arap` of `Daniel Arap Moi`): a mention
  /// whose name was read short (`Miyazawa`) left its first name in the role. Not when what
  /// is left would end in a short lower-case word (`Officials of`): that was no role.
  static func withoutNameStart(_ role: String, name: String) -> String {
    let roleWords = role.splitOnSpaces()
    let nameWords = name.lowercased().splitOnSpaces().map(String.init)
    guard nameWords.count > 1 else { return role }
    for length in stride(from: min(nameWords.count - 1, roleWords.count - 1), to: 0, by: -1)
    where roleWords.suffix(length).map({ $0.lowercased() }) == Array(nameWords.prefix(length)) {
      let left = roleWords.dropLast(length)
      guard let last = left.last, last.first?.isUppercase == true || last.count > 3 else {
        return role
      }
      return left.joined(separator: " ")
    }
    return role
  }

  // MARK: - Names

  /// A form without a leading `the` (`the dealers` → `dealers`): forms that differ only by it
  /// name one speaker, and the name shown is the one without it.
  static func base(of form: String) -> Substring {
    let lower = form.prefix(4).lowercased()
    return lower == "the " && form.count > 4 ? form.dropFirst(4) : Substring(form)
  }

  /// What decides between spellings of a name that differ only by case (`preferredCasing`).
  private struct CasingTraits: Comparable {
    var laterCapitalised: Int
    var isAcronym: Bool
    var smallFirst: Bool
    var capitals: Int
    static func < (a: CasingTraits, b: CasingTraits) -> Bool {
      if a.laterCapitalised != b.laterCapitalised { return a.laterCapitalised > b.laterCapitalised }
      if a.isAcronym != b.isAcronym { return a.isAcronym }
      if a.smallFirst != b.smallFirst { return a.smallFirst }
      return a.capitals < b.capitals
    }
  }

  /// Of the spellings of one name that differ only by case, the one shown: the one with the
  /// most capitalised words after the first (`Russian Foreign Ministry`, as a proper name is
  /// written), then a short word in capitals (`USDA`, an acronym, not the `usda` some wire
  /// copy lowered), then one whose first letter is small (`analysts`, not the `Analysts` that
  /// opened a sentence), then the fewest capitals, then the first in code-point order. The choice
  /// depends on which spellings occur, never on how often or in what order, so one new article
  /// cannot flip it back and forth.
  static func preferredCasing<S: Sequence<Substring>>(_ spellings: S) -> Substring? {
    func traits(_ text: Substring) -> CasingTraits {
      let words = text.split(separator: " ")
      let letters = text.filter(\.isLetter)
      return CasingTraits(
        laterCapitalised: words.dropFirst().filter { $0.first?.isUppercase == true }.count,
        isAcronym: words.count == 1 && (2...5).contains(letters.count)
          && letters.allSatisfy(\.isUppercase),
        smallFirst: text.first?.isLowercase == true,
        capitals: text.reduce(0) { $0 + ($1.isUppercase ? 1 : 0) })
    }
    return spellings.map { (text: $0, traits: traits($0)) }.min { a, b in
      a.traits != b.traits ? a.traits < b.traits : a.text < b.text
    }?.text
  }

  /// A name without its last word and the comma before it (`Sears, Roebuck and Co` →
  /// `Sears, Roebuck and`), or `nil` for a one-word name.
  private static func withoutLastWord(_ name: String) -> String? {
    guard let space = name.lastIndex(of: " ") else { return nil }
    var short = name[..<space]
    while short.hasSuffix(",") { short.removeLast() }
    return short.isEmpty ? nil : String(short)
  }

  /// How many articles' speakers use each word (lower case) in their names: how familiar a
  /// spelling is across the corpus (`Abdeslam` in many, a misspelt `Adbeslam` in one).
  ///
  /// Counted on all cores, a range of nodes each; a form's words are worked out once per range
  /// (most forms recur: `Reagan` in a thousand articles).
  private static func familiarity(of nodes: [Node]) -> [String: Int] {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let size = max(1024, (nodes.count + cores - 1) / cores)
    let ranges = stride(from: 0, to: nodes.count, by: size).map {
      $0..<min(nodes.count, $0 + size)
    }
    let partial = ranges.parallelMap { range -> [String: Int] in
      var counts: [String: Int] = [:]
      var wordsOf: [String: [String]] = [:]
      var words = Set<String>()
      for node in nodes[range] {
        words.removeAll(keepingCapacity: true)
        for form in node.speaker.forms + [node.speaker.name] {
          if let known = wordsOf[form] {
            words.formUnion(known)
          } else {
            let split = familiarWords(ofForm: form)
            wordsOf[form] = split
            words.formUnion(split)
          }
        }
        for word in words { counts[word, default: 0] += 1 }
      }
      return counts
    }
    guard var counts = partial.first else { return [:] }
    for more in partial.dropFirst() { counts.merge(more, uniquingKeysWith: +) }
    return counts
  }

  /// The words a node's speaker uses in its names, each once: what it adds to `familiarity`.
  static func familiarWords(of speaker: QuoteExtractor.ArticleSpeaker) -> Set<String> {
    Set((speaker.forms + [speaker.name]).flatMap(familiarWords(ofForm:)))
  }

  /// A form's words, as `familiarity` counts them.
  private static func familiarWords(ofForm form: String) -> [String] {
    form.lowercased().splitOnSpaces().map(String.init)
  }

  /// Of the spellings `candidates` that differ from `best` by one edit in the last word
  /// (`Mohamed Adbeslam`, `Mohamed Abdeslam`), the one whose last word the corpus uses at
  /// least twice as often: a writer's misspelling does not name a person however often that
  /// article quotes them. (Not a first name: `Rob` and `Bob` are names of other people too.)
  private static func familiarSpelling(
    of best: NameCandidate, among candidates: [NameCandidate], familiarity: (String) -> Int
  ) -> NameCandidate {
    let bestWords = best.form.lowercased().splitOnSpaces()
    guard let bestLast = bestWords.last.map(String.init) else { return best }
    let rivals = candidates.compactMap { candidate -> (candidate: NameCandidate, last: String)? in
      guard candidate.isProper == best.isProper, candidate.words == best.words else { return nil }
      let words = candidate.form.lowercased().splitOnSpaces()
      guard let last = words.last.map(String.init), last != bestLast,
        words.dropLast() == bestWords.dropLast(), EditDistance.isWithinOne(last, bestLast)
      else { return nil }
      return (candidate, last)
    }
    // NB: no count is read without a rival spelling: a name so chosen stays whatever the
    // counts do (a library does not build it again when they change).
    guard !rivals.isEmpty else { return best }
    var chosen = best
    var chosenUse = familiarity(bestLast)
    let threshold = max(2 * chosenUse, chosenUse + 2)
    for rival in rivals {
      let use = familiarity(rival.last)
      if use >= threshold, use > chosenUse {
        chosen = rival.candidate
        chosenUse = use
      }
    }
    return chosen
  }

  /// The name a cluster of forms is shown by: the forms are taken without a leading `the` and
  /// in their preferred casing (what a form counts as is the same whatever the counts); then a
  /// proper name (`Russian Foreign Ministry`) beats a phrase (`ministry`), a spelt-out name
  /// beats initials (`Duff and Phelps`, `D and P`), a fuller name beats a shorter one (`Sergei
  /// Lavrov`, `Lavrov`), and only then does the number of quotes decide; last, a surname's
  /// misspelling gives way to the corpus's spelling (`familiarSpelling`).
  static func canonicalName(_ formCounts: [String: Int], familiarity: [String: Int] = [:])
    -> String?
  {
    canonicalName(formCounts) { familiarity[$0] ?? 0 }
  }

  /// `canonicalName(_:familiarity:)`, each word's familiarity asked of `familiarity`.
  static func canonicalName(_ formCounts: [String: Int], familiarity: (String) -> Int)
    -> String?
  {
    var spellings: [String: [Substring]] = [:]
    var counts: [String: Int] = [:]
    var withThe: Set<String> = []
    for (form, count) in formCounts {
      let base = Self.base(of: form)
      let key = base.lowercased()
      spellings[key, default: []].append(base)
      counts[key, default: 0] += count
      if base.count < form.count { withThe.insert(key) }
    }
    // NB: each name's traits are worked out once, not at every comparison.
    let candidates = spellings.compactMap { key, variants -> NameCandidate? in
      guard let form = preferredCasing(variants) else { return nil }
      let words = form.split(separator: " ")
      return NameCandidate(
        form: String(form), count: counts[key] ?? 0, isProper: form.first?.isUppercase == true,
        words: words.count,
        isInitials: words.allSatisfy { $0.count == 1 || $0 == "and" || $0 == "&" })
    }
    let top = candidates.max { a, b in
      if a.isProper != b.isProper { return !a.isProper }
      if a.isInitials != b.isInitials { return a.isInitials }
      if a.words != b.words { return a.words < b.words }
      if a.count != b.count { return a.count < b.count }
      return a.form > b.form
    }
    guard let top else { return nil }
    let best = familiarSpelling(of: top, among: candidates, familiarity: familiarity)
    // A common noun keeps its `the` when any article gives it one (`the council`, `the
    // analysts`); a proper name reads better without (`Russian Foreign Ministry`).
    let keepsThe = !best.isProper && withThe.contains(best.form.lowercased())
    return keepsThe ? "the " + best.form : best.form
  }

  /// The other names a speaker goes by, one spelling each: forms that differ from the name, or
  /// from each other, only by case or a leading `the` are one alias (lookups ignore both).
  static func aliases<S: Sequence<String>>(of name: String, forms: S) -> [String] {
    var spellings: [String: [Substring]] = [:]
    for form in forms {
      let base = base(of: form)
      spellings[base.lowercased(), default: []].append(base)
    }
    spellings[base(of: name).lowercased()] = nil
    return spellings.values.compactMap { preferredCasing($0).map(String.init) }.sorted()
  }

  /// The canonical name of the speaker of the cluster labelled `label` (`SpeakerClusters`).
  func canonicalName(ofLabel label: UInt64) -> String? {
    speakerOfLabel[label].map { speakers[$0].name }
  }

  /// The canonical name of the speaker of the `node`th node the directory was built from
  /// (`init(nodes:rules:)`).
  func canonicalName(ofNode node: Int) -> String? {
    speakerOfNode.indices.contains(node) ? speakers[speakerOfNode[node]].name : nil
  }

  /// The canonical name of the speaker an article calls `localName`, given the names of the
  /// article's speakers in order (`names`) and where its first one stands among the nodes the
  /// directory was built from (`firstNode`): the last of that name's, as the article's quotes
  /// name it; `nil` when the article has no speaker of that name.
  func canonicalName<Names: BidirectionalCollection<String>>(
    localName: String, amongNames names: Names, firstNode: Int
  ) -> String? where Names.Index == Int {
    names.lastIndex(of: localName).flatMap {
      canonicalName(ofNode: firstNode + $0 - names.startIndex)
    }
  }

  /// The speaker with this canonical name or alias (any case).
  public func speaker(named name: String) -> Speaker? {
    var key = name.lowercased().trimmingCharacters(in: .whitespaces)
    if let found = byAlias[key] { return speakers[found] }
    if key.hasPrefix("the ") { key.removeFirst(4) } else { key = "the " + key }
    return byAlias[key].map { speakers[$0] }
  }

  /// The speaker a quote's `speaker` names: the one with exactly this canonical name, else
  /// (a name the directory did not give) the one `speaker(named:)` finds.
  ///
  /// Quotes hold canonical names, and two speakers may differ only by case (`Analysts`,
  /// `analysts`): the exact name tells them apart where the alias lookup would not.
  public func speaker(canonicalName name: String) -> Speaker? {
    byName[name].map { speakers[$0] } ?? speaker(named: name)
  }

  /// Whether a canonical name names a person to tell events apart by (a story feature): a
  /// person of the corpus, or a full name some article reads as a person's that the directory
  /// joined to an organisation of that name (`Stade de France`). Organisations and described
  /// speakers (`police`, `a witness`) recur across unrelated events.
  public func namesPersonFeature(_ canonicalName: String) -> Bool {
    canonicalName.contains(" ")
      && (speaker(canonicalName: canonicalName)?.kind == .person
        || readAsPerson.contains(canonicalName))
  }

  /// Speakers whose derived ids collide take `-2`, `-3`, in order of their canonical names, so
  /// the suffixes do not depend on quote counts.
  private static func uniquingIDs(_ speakers: [Speaker]) -> [Speaker] {
    var speakers = speakers
    let byID = Dictionary(grouping: speakers.indices, by: { speakers[$0].id })
    for (id, members) in byID where members.count > 1 {
      let ordered = members.sorted { speakers[$0].name < speakers[$1].name }
      for (rank, index) in ordered.enumerated() where rank > 0 {
        speakers[index].id = SpeakerID(id.rawValue + "-\(rank + 1)")
      }
    }
    return speakers
  }

  // MARK: - Clustering

  /// The full first name a short form stands for (`bob` → `robert`), else the name itself.
  static func fullFirstName(_ first: String, _ nicknames: [String: String]) -> String {
    nicknames[first] ?? first
  }

  /// Name parts in a comparable form: lower case, no accents, no dots.
  static func normalized(_ word: Substring) -> String {
    // NB: Foundation's folding is slow; most names are ASCII and only need lower case.
    if word.utf8.allSatisfy({ $0 < 0x80 }) {
      return String(
        decoding: word.utf8.lazy.filter { $0 != 0x2E }.map {
          $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0
        }, as: UTF8.self)
    }
    return word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
      .replacingOccurrences(of: ".", with: "")
  }

  /// The word itself and every form of it with one letter left out.
  static func deletions(of word: String) -> [String] {
    let scalars = Array(word.unicodeScalars)
    var variants = [word]
    variants.reserveCapacity(scalars.count + 1)
    // NB: an ASCII word's variants are cut from its bytes; others are encoded from scalars.
    // Either way each variant holds the same scalars as before, one left out.
    let bytes = Array(word.utf8)
    let isASCII = bytes.count == scalars.count
    for index in scalars.indices {
      if isASCII {
        variants.append(
          String(unsafeUninitializedCapacity: bytes.count - 1) { buffer in
            var written = 0
            for position in bytes.indices where position != index {
              buffer[written] = bytes[position]
              written += 1
            }
            return written
          })
      } else {
        var copy = scalars
        copy.remove(at: index)
        variants.append(String(scalars: copy))
      }
    }
    return variants
  }

  /// What clustering compares of a node, worked out once per node (on all cores).
  struct ClusterKeys: Sendable {
    /// The node's kind (read here, so the passes over all nodes copy no node).
    var kind: SpeakerKind
    /// The name without a leading `the`, in lower case.
    var name: String
    /// An organisation's or described speaker's name is written in lower case (`dealers`).
    var isLowercase = false
    /// An organisation's forms that begin its name or that its name begins, in lower case
    /// (`general motors`).
    var shortForms: [String] = []
    /// The acronyms an organisation's article gave it, in lower case (`sec` for a `Securities
    /// and Exchange Commission` whose article wrote `SEC`).
    var acronyms: [String] = []
    /// Whether the name is an acronym: one word of two to six capitals (`USDA`).
    var isAcronym = false
    /// An organisation's name read with its possessive (`London Metal Exchange's`): the key
    /// of the name without it.
    var possessiveBase: String?
    /// A person's name in words, surname last, normalized (`normalized`); the first name as
    /// its full form (`fullFirstName`).
    var words = 0
    var surname = ""
    var first: String?
    /// A one-word person's name, normalized.
    var single = ""
  }

  /// An organisation's name in lower case, `department of` or `ministry of` turned around
  /// (`u.s. department of agriculture` → `u.s. agriculture department`): the two orders name
  /// one body.
  static func organisationKey(_ name: Substring) -> String {
    let lower = name.lowercased()
    // NB: most names hold no ` of `: they are their lower case, not split and joined.
    guard Self.holdsOf(lower) else { return lower }
    let words = lower.splitOnSpaces().map(String.init)
    guard let of = words.firstIndex(of: "of"), of > 0, of + 1 < words.count,
      Self.bodyWords.contains(words[of - 1])
    else { return words.joined(separator: " ") }
    return (words[..<(of - 1)] + words[(of + 1)...] + [words[of - 1]]).joined(separator: " ")
  }

  /// Whether a lower-case name holds the word `of` between two others.
  private static func holdsOf(_ name: String) -> Bool {
    var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
    for byte in name.utf8 {
      if previous == (0x20, 0x6F, 0x66) && byte == 0x20 { return true }
      previous = (previous.1, previous.2, byte)
    }
    return false
  }

  /// The nouns whose body is named either way round: `Agriculture Department`, `Department
  /// of Agriculture`.
  private static let bodyWords: Set<String> = ["department", "ministry"]

  /// The acronyms a public body's key (`organisationKey`, ending in `department` or
  /// `ministry`) may go by: the initials of each way of writing it (`u.s. agriculture
  /// department` is also `u.s. department of agriculture`: `usda`). None for other names: a
  /// company's initials spell other companies' acronyms too often (`Bank of Boston Corp` is
  /// no `BBC`); their acronyms come from the articles that wrote them.
  static func acronyms(ofKey key: String, fillers: Set<String>) -> [String] {
    let words = key.splitOnSpaces()
    guard let last = words.last, Self.bodyWords.contains(String(last)), words.count >= 2 else {
      return []
    }
    var orders = [words]
    for split in 0..<(words.count - 1) {
      orders.append(words[..<split] + [last] + words[split..<(words.count - 1)])
    }
    return orders.compactMap { acronym(of: $0, fillers: fillers) }
  }

  /// The acronyms an organisation's key goes by without an article's word for it: a public
  /// body's either way round (`acronyms(ofKey:fillers:)`), and its initials when they are four
  /// letters or more (`OPEC`); shorter initials spell too many names.
  private static func ownAcronyms(ofKey key: String, rules: Rules) -> [String] {
    // NB: most names are too short for four initials and no public body's: nothing is split.
    var spaces = 0
    var dotted = false
    for byte in key.utf8 {
      if byte == 0x20 { spaces += 1 } else if byte == 0x2E { dotted = true }
    }
    let isBody = bodyWords.contains { key.hasSuffix(" " + $0) }
    guard isBody || spaces >= 3 || (dotted && spaces >= 2) else { return [] }
    let initials = acronym(of: key.splitOnSpaces(), fillers: rules.acronymFillers)
    return acronyms(ofKey: key, fillers: rules.acronymFillers)
      + [initials].compactMap { $0 }.filter { $0.count >= 4 }
  }

  /// Every acronym an organisation's key spells: its initials, also without a company suffix
  /// (`gm` for `general motors corp`), and a public body's either way round.
  private static func spelledAcronyms(ofKey key: String, rules: Rules) -> Set<String> {
    let spelled = key.splitOnSpaces()
    var words = spelled
    while words.count > 2, let last = words.last, rules.companySuffixes.contains(String(last)) {
      words.removeLast()
    }
    return Set(
      acronyms(ofKey: key, fillers: rules.acronymFillers)
        + [
          acronym(of: spelled, fillers: rules.acronymFillers),
          acronym(of: words, fillers: rules.acronymFillers),
        ].compactMap { $0 })
  }

  /// The acronym a name spells: the first letters of its words, `fillers` skipped, all letters
  /// of a dotted abbreviation (`u.s.` gives `us`); `nil` for a name of one word.
  static func acronym(of words: [Substring], fillers: Set<String>) -> String? {
    let spelled = words.filter { !fillers.contains(String($0)) }
    guard spelled.count >= 2 else { return nil }
    var letters = ""
    for word in spelled {
      if word.contains("."), word.count <= 6 {
        letters += word.filter(\.isLetter)
      } else if let first = word.first, first.isLetter {
        letters.append(first)
      } else {
        return nil
      }
    }
    return letters
  }

  /// Whether a name is an acronym: one word of two to six capital letters (`USDA`).
  static func isAcronym<S: StringProtocol>(_ name: S) -> Bool {
    let bytes = name.utf8
    return (2...6).contains(bytes.count) && bytes.allSatisfy { (0x41...0x5A).contains($0) }
  }

  /// What clustering compares of `node` (`ClusterKeys`).
  static func clusterKeys(of node: Node, rules: Rules) -> ClusterKeys {
    guard node.speaker.kind == .person else {
      let base = Self.base(of: node.speaker.name)
      var keys = ClusterKeys(
        kind: node.speaker.kind, name: Self.organisationKey(base),
        isLowercase: base.first?.isLowercase == true)
      // `General Motors Corp` is the `General Motors` of another article: a form that
      // begins the organisation's name (its name without the company suffix), or that the
      // name begins, names it too.
      if node.speaker.kind == .organisation {
        let name = node.speaker.name
        let spaced = name + " "
        keys.shortForms = node.speaker.forms.filter {
          name.hasPrefix($0 + " ") || $0.hasPrefix(spaced)
        }
        .map { Self.organisationKey(Self.base(of: $0)) }
        keys.isAcronym = Self.isAcronym(base)
        // NB: a name's, not an organisation word's (`Bank's report`: the bank it is).
        if Self.isPossessive(base), base.first?.isUppercase == true {
          let bare = Self.organisationKey(base.dropLast(2))
          if !rules.organisationWords.contains(bare) { keys.possessiveBase = bare }
        }
        if !keys.isAcronym {
          keys.acronyms = node.speaker.forms.filter { Self.isAcronym($0) }.map {
            $0.lowercased()
          }
        }
      }
      return keys
    }
    var words = node.speaker.name.splitOnSpaces()
    // NB: `Jr.` is no surname: `L.C. Duncan Jr` and `L.N. Short Jr` are two people.
    if words.count > 1, let last = words.last, rules.nameSuffixes.contains(normalized(last)) {
      words.removeLast()
    }
    var keys = ClusterKeys(
      kind: .person, name: node.speaker.name.lowercased(), words: words.count)
    if let last = words.last { keys.surname = normalized(last) }
    if words.count > 1 { keys.first = fullFirstName(normalized(words[0]), rules.nicknames) }
    if let first = words.first { keys.single = normalized(first) }
    return keys
  }

  /// Every string clustering looks `node` up by (`cluster`): its names, a person's surname,
  /// its one-letter variants and the lone name, an organisation's short forms, possessive
  /// base and acronyms, given or spelt. Two nodes whose clusters may depend on each other
  /// share one, directly or through other nodes, so an update re-clusters only the nodes
  /// linked to what changed (`SpeakerClusters`).
  static func linkKeys(of keys: ClusterKeys, rules: Rules) -> [String] {
    guard keys.kind == .person else {
      var links = [keys.name] + keys.shortForms + keys.acronyms
      if let base = keys.possessiveBase { links.append(base) }
      if keys.kind == .organisation, !keys.isAcronym {
        links += ownAcronyms(ofKey: keys.name, rules: rules)
      }
      return links
    }
    // NB: a first name links nothing: only a one-word name is looked up by it.
    var links = [keys.name]
    if keys.words == 1 { links.append(keys.single) }
    links += keys.surname.count >= 5 ? deletions(of: keys.surname) : [keys.surname]
    return links
  }

  /// Groups the nodes into speakers: each cluster's nodes (indices into `nodes`) in node
  /// order. Linear in the nodes, plus the pairs of first names within a surname.
  static func cluster(_ nodes: [Node], rules: Rules = Rules()) -> [[Int]] {
    var sets = UnionFind(count: nodes.count)
    func union(_ a: Int, _ b: Int) { sets.union(a, b) }
    func find(_ x: Int) -> Int { sets.find(x) }
    let keys = nodes.parallelMap { Self.clusterKeys(of: $0, rules: rules) }
    // Organisations and described speakers: the same name without `the`.
    var byName: [String: Int] = [:]
    // The names some article writes in lower case: common nouns (`dealers`, `the company`).
    var commonNouns: Set<String> = []
    for index in keys.indices where keys[index].kind != .person {
      let key = keys[index].name
      if let other = byName[key] { union(index, other) } else { byName[key] = index }
      if keys[index].isLowercase { commonNouns.insert(key) }
      for short in keys[index].shortForms {
        if let other = byName[short] { union(index, other) } else { byName[short] = index }
      }
    }
    // `London Metal Exchange's`, `Cuba's`: an organisation's possessive, read as a name where
    // its noun was left out or an acronym spelt it, is the organisation the corpus names
    // without it (once every name is known, so the order of the nodes does not matter).
    for index in keys.indices where keys[index].kind == .organisation {
      if let bare = keys[index].possessiveBase, let other = byName[bare] { union(index, other) }
    }
    // `USDA`, `SEC`: an organisation named by an acronym is the one whose name spells it or
    // whose article gave it that acronym, when the corpus has only one such name (`ADB` may
    // be the Asian or the African Development Bank).
    var spelling: [String: Set<String>] = [:]
    // What each name spells by itself, worked out once per name, on all cores.
    var names = Set<String>()
    for index in keys.indices where keys[index].kind == .organisation && !keys[index].isAcronym {
      names.insert(keys[index].name)
    }
    let distinct = Array(names)
    for (name, acronyms) in zip(
      distinct, distinct.parallelMap { Self.ownAcronyms(ofKey: $0, rules: rules) })
    {
      for acronym in acronyms { spelling[acronym, default: []].insert(name) }
    }
    // NB: an acronym the article gave the name counts when the name spells it, its company
    // suffix left out (not `UK` for `Six UK`, an article's misreading).
    for index in keys.indices
    where !keys[index].acronyms.isEmpty && keys[index].kind == .organisation {
      let key = keys[index].name
      let spelt = Self.spelledAcronyms(ofKey: key, rules: rules)
      for acronym in keys[index].acronyms where spelt.contains(acronym) {
        spelling[acronym, default: []].insert(key)
      }
    }
    for index in nodes.indices where keys[index].isAcronym {
      // NB: by cluster: `General Motors Corp` and `General Motors` are one already.
      let spelt = Set((spelling[keys[index].name] ?? []).compactMap { byName[$0].map(find) })
      guard spelt.count == 1, let other = spelt.first else { continue }
      union(index, other)
    }
    // People: by surname (and near-surname), first names compatible.
    struct PersonName {
      var first: String?
      var surname: String
    }
    var people: [(index: Int, name: PersonName)] = []
    // The surnames of people the corpus names in full: a lone `Reagan` is one of them, never
    // the organisation some article calls `Reagan` (`the Reagan administration`).
    var fullSurnames = Set<String>()
    for index in keys.indices where keys[index].kind == .person {
      if keys[index].words > 1 { fullSurnames.insert(keys[index].surname) }
    }
    for index in keys.indices where keys[index].kind == .person {
      let words = keys[index].words
      guard words > 0 else { continue }
      // A one-word "name" that the corpus also uses in lower case for a group or an
      // organisation (`Dealers said:` opening a sentence, `dealers said` elsewhere) is that
      // common noun, not a person.
      let key = keys[index].name
      if words == 1, commonNouns.contains(key), let other = byName[key] {
        union(index, other)
        continue
      }
      // A "person" named exactly as an organisation of the corpus (`Treasury said` opening a
      // sentence, `European Community`, where nothing marked it as one) is that
      // organisation, unless a one-word name is the surname of someone the corpus names in
      // full.
      if words > 1 || !fullSurnames.contains(keys[index].single),
        let other = byName[key], keys[other].kind == .organisation
      {
        union(index, other)
        continue
      }
      people.append((index, PersonName(first: keys[index].first, surname: keys[index].surname)))
    }
    // The words of the roles the nodes `members` are given, but the short words between them
    // (`of`, `the`).
    func roleWords(of members: [Int]) -> Set<String> {
      var words = Set<String>()
      for member in members {
        for role in nodes[member].speaker.roles {
          for word in role.lowercased().splitOnSpaces() where word.count > 3 {
            words.insert(String(word))
          }
        }
      }
      return words
    }
    func compatibleFirst(_ a: String, _ b: String) -> Bool {
      a == b || EditDistance.isWithinOne(a, b) || (a.count >= 3 && b.hasPrefix(a))
        || (b.count >= 3 && a.hasPrefix(b))
    }
    let bySurname = Dictionary(grouping: people, by: \.name.surname)
    for (_, group) in bySurname {
      let full = group.filter { $0.name.first != nil }
      // NB: one node per first name is compared with the others, the rest join it: the same
      // clusters as comparing every pair, without a square in the size of a common surname.
      var byFirst: [String: Int] = [:]
      for person in full {
        let first = person.name.first ?? ""
        if let other = byFirst[first] {
          union(person.index, other)
        } else {
          byFirst[first] = person.index
        }
      }
      let firsts = byFirst.sorted { $0.key < $1.key }
      for (i, a) in firsts.enumerated() {
        for b in firsts[(i + 1)...] where compatibleFirst(a.key, b.key) {
          union(a.value, b.value)
        }
      }
      // A lone surname joins the only person of the corpus with that surname, unless both
      // are given roles that share no word (`chairman Lord Barber` of a bank is not `TUC
      // General Secretary Brendan Barber`; `Foreign Minister Lavrov` is `Russian Foreign
      // Minister Sergei Lavrov`).
      let distinct = Set(full.map { find($0.index) })
      let fullRoles = distinct.count == 1 ? roleWords(of: full.map(\.index)) : []
      for lone in group where lone.name.first == nil {
        if distinct.count == 1, let only = full.first {
          let loneRoles = roleWords(of: [lone.index])
          guard loneRoles.isEmpty || fullRoles.isEmpty || !loneRoles.isDisjoint(with: fullRoles)
          else { continue }
          union(lone.index, only.index)
        } else if distinct.isEmpty, let other = group.first(where: { $0.index != lone.index }) {
          union(lone.index, other.index)
        }
      }
    }
    // Surnames one letter apart, same first name: a misspelling or a transliteration. Pairs
    // are found through their one-letter deletions (two words one edit apart share one), so
    // the work grows with the number of surnames, not its square.
    var byDeletion: [String: [String]] = [:]
    for surname in bySurname.keys where surname.count >= 5 {
      for variant in Self.deletions(of: surname) {
        byDeletion[variant, default: []].append(surname)
      }
    }
    var checked = Set<String>()
    for (_, surnames) in byDeletion where surnames.count > 1 {
      for (i, a) in surnames.enumerated() {
        for b in surnames[(i + 1)...]
        where a != b && checked.insert(a < b ? a + "|" + b : b + "|" + a).inserted {
          guard EditDistance.isWithinOne(a, b) else { continue }
          for x in bySurname[a] ?? [] {
            for y in bySurname[b] ?? [] {
              // NB: the same first name, not merely a close one: `Donald Regan` and
              // `Ronald Reagan` are one letter apart twice, and two people.
              if let fx = x.name.first, let fy = y.name.first, fx == fy {
                union(x.index, y.index)
              }
            }
          }
        }
      }
    }
    var clusters: [Int: [Int]] = [:]
    for index in nodes.indices { clusters[find(index), default: []].append(index) }
    return clusters.keys.sorted().compactMap { clusters[$0] }
  }
}

extension SpeakerDirectory.Rules {
  /// The rules of `lexicon`. (An extension, so the memberwise initialiser stays.)
  init(_ lexicon: SpeechLexicon) {
    // NB: a publication's last word is what it goes by (`the Times`, `the Post`).
    self.init(
      nicknames: lexicon.nicknames, roleOpeners: lexicon.roleOpeners,
      organisationWords: lexicon.organisations.subtracting(lexicon.mediaNames),
      acronymFillers: lexicon.acronymFillers, companySuffixes: lexicon.companySuffixes,
      honorifics: Set(lexicon.titles.keys.filter { lexicon.roles[$0] == nil }),
      nameSuffixes: lexicon.nameSuffixes,
      groupNouns: lexicon.groupNouns.union(lexicon.roles.keys.map { $0 + "s" }))
  }
}
