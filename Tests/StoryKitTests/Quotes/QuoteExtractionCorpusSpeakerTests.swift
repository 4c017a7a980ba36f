import StoryKit
import Testing

/// Speakers merged across a corpus (`QuoteAnalysis`, `SpeakerDirectory`): spelling variants of
/// one person become one speaker, different people who share a surname stay apart, and the
/// speaker can be looked up by any alias, as `storyline quotes --speaker` does.
@Suite("Quote extraction: speakers across a corpus")
struct QuoteExtractionCorpusSpeakerTests {
  /// Two articles, each quoting one speaker; whether the two are one person.
  struct Pair: Sendable, CustomTestStringConvertible {
    var name: String
    var first: String
    var second: String
    /// The names to look the two speakers up by.
    var firstName: String
    var secondName: String
    var samePerson: Bool
    var sourceLocation: Testing.SourceLocation
    var testDescription: String { name }

    init(
      _ name: String, _ first: String, _ second: String, lookUp firstName: String,
      _ secondName: String, samePerson: Bool,
      sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
      self.name = name
      self.first = first
      self.second = second
      self.firstName = firstName
      self.secondName = secondName
      self.samePerson = samePerson
      self.sourceLocation = sourceLocation
    }
  }

  static let pairs: [Pair] = [
    Pair(
      "Sergei and Sergey Lavrov are one speaker",
      "Russian Foreign Minister Sergei Lavrov said on Monday that Moscow was ready for talks.",
      "Russian Foreign Minister Sergey Lavrov said on Tuesday that the talks should be held in Istanbul.",
      lookUp: "Sergei Lavrov", "Sergey Lavrov", samePerson: true),
    Pair(
      "a surname alone joins the only person with it",
      "Russian Foreign Minister Sergei Lavrov said on Monday that Moscow was ready for talks.",
      "The talks resumed in Geneva.\n\nLavrov said on Tuesday that the talks should be held in Istanbul.",
      lookUp: "Sergei Lavrov", "Lavrov", samePerson: true),
    Pair(
      "Dmitry and Dmitri Peskov are one speaker",
      "Kremlin spokesman Dmitry Peskov said on Monday that no date had been set for a summit.",
      "Kremlin spokesman Dmitri Peskov said on Tuesday that the contacts were continuing.",
      lookUp: "Dmitry Peskov", "Dmitri Peskov", samePerson: true),
    Pair(
      "Sibiha and Sybiha, the same first name, are one speaker",
      "Ukrainian Foreign Minister Andriy Sibiha said on Monday that Kyiv was ready for a ceasefire.",
      "Ukrainian Foreign Minister Andriy Sybiha said on Tuesday that the truce was a show.",
      lookUp: "Andriy Sibiha", "Andriy Sybiha", samePerson: true),
    Pair(
      "the ministry with and without the",
      "The Russian Foreign Ministry said on Monday that the call had been useful.",
      "The talks resumed in Geneva on Monday.\n\nRussian Foreign Ministry said on Tuesday that the talks would go on.",
      lookUp: "Russian Foreign Ministry", "Russian Foreign Ministry", samePerson: true),
    Pair(
      "Donald and Melania Trump are two speakers",
      "US President Donald Trump said on Monday that he wanted a deal within weeks.",
      "First Lady Melania Trump said on Tuesday that she would visit the children's hospital.",
      lookUp: "Donald Trump", "Melania Trump", samePerson: false),
    Pair(
      "John and Jane Smith are two speakers",
      "Council member John Smith said on Monday that the bridge would reopen in May.",
      "Council member Jane Smith said on Tuesday that the bridge would stay closed until June.",
      lookUp: "John Smith", "Jane Smith", samePerson: false),
    Pair(
      "first names and surnames both one letter apart are two speakers",
      "Treasury Secretary Donald Regan said on Monday that the dollar had fallen far enough.",
      "President Ronald Reagan said on Tuesday that he would veto the trade bill.",
      lookUp: "Donald Regan", "Ronald Reagan", samePerson: false),
    Pair(
      "surnames one letter apart with different first names are two speakers",
      "Defence Minister Peter Hansen said on Monday that the budget kept the country safe.",
      "Opposition leader Maria Jansen said on Tuesday that the budget was a disgrace.",
      lookUp: "Peter Hansen", "Maria Jansen", samePerson: false),
  ]

  @Test("the directory merges one person's names and keeps people apart", arguments: pairs)
  func mergedOrApart(_ pair: Pair) throws {
    let location = pair.sourceLocation
    let analysis = try QuoteFixture.analyse([pair.first, pair.second])
    let speakers = analysis.directory.speakers.map(\.name)
    let first = try #require(
      analysis.directory.speaker(named: pair.firstName),
      "no speaker named \(pair.firstName) among \(speakers)", sourceLocation: location)
    let second = try #require(
      analysis.directory.speaker(named: pair.secondName),
      "no speaker named \(pair.secondName) among \(speakers)", sourceLocation: location)
    #expect(
      (first.name == second.name) == pair.samePerson,
      "\(pair.firstName) → \(first.name), \(pair.secondName) → \(second.name)",
      sourceLocation: location)
    let quoted = Set(analysis.quotes.compactMap(\.speaker))
    #expect(
      quoted.count == (pair.samePerson ? 1 : 2),
      "canonical speakers of the quotes: \(quoted.sorted())", sourceLocation: location)
    #expect(
      analysis.quotes.count == 2, "quotes: \(QuoteFixture.describe(analysis.quotes))",
      sourceLocation: location)
  }

  /// Two articles about Lavrov: full names with two spellings and a misspelt surname.
  static let lavrovCorpus = [
    """
    Russian Foreign Minister Sergei Lavrov gave an interview to CBS News on Sunday.

    Lavrov said that Moscow had repeatedly shown a serious approach to Washington's proposals.

    "We never consciously target civilian sites," Lavorv added.
    """,
    """
    Russian Foreign Minister Sergey Lavrov spoke by phone with US Secretary of State Marco Rubio.

    Lavrov told Rubio that Moscow was preparing a document with its demands.
    """,
  ]

  @Test(
    "a speaker is found by any alias, in any case",
    arguments: ["Sergei Lavrov", "lavrov", "LAVROV", "Sergey Lavrov", "sergey lavrov", "Lavorv"])
  func lookUpByAlias(_ alias: String) throws {
    let analysis = try QuoteFixture.analyse(Self.lavrovCorpus)
    let speaker = try #require(
      analysis.directory.speaker(named: alias),
      "no speaker for \(alias) among \(analysis.directory.speakers.map(\.name))")
    #expect(speaker.name == "Sergei Lavrov")
    #expect(speaker.kind == .person)
    #expect(speaker.articleCount == 2)
    #expect(speaker.quoteCount == 3)
    let quotes = analysis.quotes(by: alias)
    #expect(quotes.count == 3, "quotes: \(QuoteFixture.describe(quotes))")
    #expect(quotes.allSatisfy { $0.speaker == "Sergei Lavrov" })
  }

  @Test("the directory has one Lavrov and the quotes carry the canonical name")
  func oneLavrov() throws {
    let analysis = try QuoteFixture.analyse(Self.lavrovCorpus)
    let lavrovs = analysis.directory.speakers.filter { speaker in
      ([speaker.name] + speaker.aliases).contains { $0.contains("Lavrov") || $0.contains("Lavorv") }
    }
    #expect(lavrovs.count == 1, "speakers: \(analysis.directory.speakers)")
    let lavrov = try #require(lavrovs.first)
    #expect(lavrov.name == "Sergei Lavrov")
    for alias in ["Sergey Lavrov", "Lavrov", "Lavorv"] {
      #expect(lavrov.aliases.contains(alias), "aliases \(lavrov.aliases) lack \(alias)")
    }
    #expect(lavrov.roles.contains { $0.contains("Foreign Minister") }, "roles: \(lavrov.roles)")
    let speakers = Set(analysis.quotes.compactMap(\.speaker))
    #expect(speakers == ["Sergei Lavrov"], "quote speakers: \(speakers.sorted())")
  }

  @Test(
    "an organisation is found with or without the",
    arguments: [
      "Russian Foreign Ministry", "russian foreign ministry", "the Russian Foreign Ministry",
    ])
  func lookUpOrganisation(_ name: String) throws {
    let analysis = try QuoteFixture.analyse([
      "The Russian Foreign Ministry said on Monday that the call had been useful."
    ])
    let speakers = analysis.directory.speakers
    let ministry = try #require(
      analysis.directory.speaker(named: name),
      "no speaker for \(name) among \(speakers.map(\.name))")
    #expect(ministry.name == "Russian Foreign Ministry")
    #expect(ministry.kind == .organisation)
    #expect(
      !ministry.roles.contains { ["the", "a", "an"].contains($0.lowercased()) },
      "roles: \(ministry.roles)")
  }

  @Test("a lone surname shared by two people of the corpus joins neither")
  func ambiguousSurname() throws {
    let analysis = try QuoteFixture.analyse([
      "US President Donald Trump said on Monday that he wanted a deal within weeks.",
      "First Lady Melania Trump said on Tuesday that she would visit the children's hospital.",
      "The talks resumed in Geneva on Monday.\n\nTrump said on Wednesday that the deal was close.",
    ])
    let donald = try #require(analysis.directory.speaker(named: "Donald Trump"))
    let melania = try #require(analysis.directory.speaker(named: "Melania Trump"))
    #expect(donald.name != melania.name)
    #expect(!melania.aliases.contains("Trump"), "Melania Trump's aliases: \(melania.aliases)")
    let hers = analysis.quotes(by: "Melania Trump")
    #expect(hers.count == 1, "quotes: \(QuoteFixture.describe(hers))")
  }
}

/// The name a speaker is shown by depends on which forms occur, not on how often: one more
/// article (a sentence-initial capital, a `the`) must not rename every quote of the speaker,
/// which would also rewrite them all in a library update.
@Suite("Speaker names: the same whatever the counts")
struct SpeakerNameStabilityTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var testDescription: String
    /// Sentences, each its own article, that all quote one speaker.
    var articles: [String]
    var expected: String
  }

  static let cases: [Case] = [
    Case(
      testDescription: "a group: the lower-case spelling, with its `the`",
      articles: [
        "\"Prices fell sharply,\" dealers said on Monday.",
        "\"Trading was thin,\" the dealers said on Tuesday.",
        "The market was calm.\n\nDealers said: \"There is no panic at all.\"",
      ],
      expected: "the dealers"),
    Case(
      testDescription: "a role differing only by case is one spelling",
      articles: [
        "\"We are ready,\" Kremlin spokesman Dmitry Peskov said on Monday.",
        "\"Talks go on,\" Kremlin Spokesman Dmitry Peskov said on Tuesday.",
      ],
      expected: "Dmitry Peskov"),
  ]

  @Test("the name is the same for every count and order of the articles", arguments: cases)
  func sameName(_ item: Case) throws {
    var names: Set<String> = []
    // NB: every article once, then each one in turn three times over: the counts change, the
    // forms do not.
    var corpora = [item.articles, item.articles.reversed()]
    for article in item.articles { corpora.append(item.articles + [article, article, article]) }
    for corpus in corpora {
      let analysis = try QuoteFixture.analyse(corpus)
      let speakers = analysis.directory.speakers
      #expect(speakers.count == 1, "speakers: \(speakers.map(\.name))")
      names.formUnion(speakers.map(\.name))
      for speaker in speakers {
        let spellings = ([speaker.name] + speaker.aliases).map { $0.lowercased() }
        #expect(Set(spellings).count == spellings.count, "aliases: \(speaker.aliases)")
        let roles = speaker.roles.map { $0.lowercased() }
        #expect(Set(roles).count == roles.count, "roles: \(speaker.roles)")
      }
    }
    #expect(names == [item.expected])
  }
}

@Suite("Speaker names: invisible characters do not split a speaker")
struct SpeakerInvisibleCharacterTests {
  @Test(
    "a name with an invisible character inside is the same speaker",
    arguments: ["\u{200D}", "\u{200C}", "\u{202E}", "\u{200B}", "\u{2066}", "\u{AD}"])
  func oneSpeaker(_ invisible: String) throws {
    let analysis = try QuoteFixture.analyse([
      "\"We are ready for talks,\" Russian Foreign Minister Sergei Lavrov said on Monday.",
      "\"The talks go on,\" Russian Foreign Minister Sergei Lav\(invisible)rov said on Tuesday.",
    ])
    #expect(analysis.directory.speakers.map(\.name) == ["Sergei Lavrov"])
  }

  /// A sentence and the role its speaker should get (`nil`: none).
  struct RoleCase: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var speaker: String
    var role: String?
    var testDescription: String { name }
  }

  static let roleCases: [RoleCase] = [
    RoleCase(
      name: "a title before the name is a role",
      text: "Russian Foreign Minister Sergei Lavrov said the talks had been useful.",
      speaker: "Sergei Lavrov", role: "Russian Foreign Minister"),
    RoleCase(
      name: "lower-case role words before the name are a role",
      text: "Head coach Peter DeBoer said the team had played well.",
      speaker: "Peter DeBoer", role: "Head coach"),
    RoleCase(
      name: "a time opening the sentence is no role",
      text: "Last Friday Treasury Secretary James Baker said the dollar was stable.",
      speaker: "James Baker", role: "Treasury Secretary"),
    RoleCase(
      name: "a connective opening the sentence is no role",
      text: "However Finance Minister Paul Keating said the budget would hold.",
      speaker: "Paul Keating", role: "Finance Minister"),
    RoleCase(
      name: "a time before the role is not part of it",
      text: "Last week the Ugandan Finance Minister Chrispus Kiyonga said the loan was agreed.",
      speaker: "Chrispus Kiyonga", role: "Ugandan Finance Minister"),
    RoleCase(
      name: "a list of people is no apposition",
      text:
        "Brodersohn met Treasury Secretary James Baker, Federal Reserve chief Paul Volcker and IMF head Michel Camdessus. Baker said the talks had been useful.",
      speaker: "James Baker", role: "Treasury Secretary"),
    RoleCase(
      name: "a role in apposition is a role",
      text: "Kirill Dmitriev, head of the investment fund, said the talks were useful.",
      speaker: "Kirill Dmitriev", role: "head of the investment fund"),
    RoleCase(
      name: "the end of a title's of-phrase is not the first name",
      text: "Chancellor of the Exchequer Nigel Lawson said the pound was stable.",
      speaker: "Nigel Lawson", role: "Chancellor of the Exchequer"),
    RoleCase(
      name: "a title's of-phrase with and is the role, out of a one-word name",
      text: "Minister of Mines and Energy Subroto said output would be cut.",
      speaker: "Subroto", role: "Minister of Mines and Energy"),
    RoleCase(
      name: "a title holding an organisation's words, then a person's name",
      text:
        "Assistant Secretary of State for Economic Affairs John Halvorsen said the talks were useful.",
      speaker: "John Halvorsen", role: "Assistant Secretary of State for Economic Affairs"),
    RoleCase(
      name: "the title's organisation, then a first name whose surname is a first name too",
      text:
        "Assistant Secretary of State for Economic Affairs John Kelly said the talks were useful.",
      speaker: "John Kelly", role: "Assistant Secretary of State for Economic Affairs"),
    RoleCase(
      name: "a person named after the description that follows the cue",
      text: "\"He had a wonderful life,\" said his wife, Sheila.",
      speaker: "Sheila", role: "his wife"),
    RoleCase(
      name: "an initial the name leaves out is no part of the role",
      text: "Harbour Co Chairman J. Harold Quill said the port would reopen in May.",
      speaker: "Harold Quill", role: "Harbour Co Chairman"),
    RoleCase(
      name: "a role in apposition goes on past an initial's dot",
      text: "Mark Fenton, president of T. Rowe Harbour Associates, said the fund would grow.",
      speaker: "Mark Fenton", role: "president of T. Rowe Harbour Associates"),
    RoleCase(
      name: "a ticker ends a role in apposition",
      text: "Mark Fenton, chairman of Baltic Ferries Corp <BFC.L>, said fares would rise.",
      speaker: "Mark Fenton", role: "chairman of Baltic Ferries Corp"),
    RoleCase(
      name: "a company's name in angle brackets stays in the role",
      text: "Mark Fenton, vice president of <Baltic Ferries Ltd>, said fares would rise.",
      speaker: "Mark Fenton", role: "vice president of <Baltic Ferries Ltd>"),
    RoleCase(
      name: "a courtesy title alone is no role",
      text: "Mrs Margaret Thatcher said the summit had gone well.",
      speaker: "Margaret Thatcher", role: nil),
  ]

  @Test(
    "roles are noun phrases with a role word, never a piece of the sentence",
    arguments: roleCases)
  func roles(_ testCase: RoleCase) throws {
    let analysis = try QuoteFixture.analyse([testCase.text])
    let speaker = try #require(
      analysis.directory.speaker(named: testCase.speaker),
      "no \(testCase.speaker) among \(analysis.directory.speakers.map(\.name))")
    if let role = testCase.role {
      #expect(speaker.roles == [role], "roles: \(speaker.roles)")
    } else {
      #expect(speaker.roles.isEmpty, "roles: \(speaker.roles)")
    }
  }

  @Test("a one-word name is the organisation of the same name elsewhere in the corpus")
  func personNamedAsAnOrganisation() throws {
    let analysis = try QuoteFixture.analyse([
      "In Washington, the Treasury said on Monday that the budget was balanced.",
      "Officials met. Treasury said the deficit would narrow next year.",
    ])
    let treasuries = analysis.directory.speakers.filter {
      $0.name.lowercased().hasSuffix("treasury")
    }
    #expect(treasuries.count == 1, "speakers: \(analysis.directory.speakers.map(\.name))")
    #expect(treasuries.first?.kind == .organisation)
    #expect(treasuries.first?.quoteCount == 2)
  }

  @Test("a lone surname of someone named in full stays a person, whatever organisation shares it")
  func surnameNamedAsAnOrganisation() throws {
    let analysis = try QuoteFixture.analyse([
      "President Ronald Reagan said on Monday that the budget was balanced.",
      "In Washington, the Reagan said the talks had failed.",
      "Officials met. Reagan said the deficit would narrow next year.",
    ])
    let reagan = try #require(analysis.directory.speaker(named: "Ronald Reagan"))
    #expect(reagan.kind == .person)
    #expect(reagan.quoteCount >= 2, "speakers: \(analysis.directory.speakers)")
  }

  @Test(
    "a company named with a possessive keeps its whole name",
    arguments: [
      ("Standard and Poor's Corp said it upgraded the company's debt.", "Poor's Corp"),
      ("Albertson's Inc said its board adopted a rights plan.", "Albertson's Inc"),
    ])
  func possessiveCompany(_ text: String, _ expected: String) throws {
    let analysis = try QuoteFixture.analyse([text])
    let names = analysis.directory.speakers.map(\.name)
    #expect(names.contains { $0.hasSuffix(expected) }, "speakers: \(names)")
    #expect(!names.contains { ["Corp", "Inc"].contains($0) }, "speakers: \(names)")
  }

  /// `Jr.` around a name: it is no surname (two people whose names end in it stay two), and a
  /// long name with an initial and the suffix is the person the surname alone names.
  @Test("Jr. belongs to the name, not to the role or the surname")
  func nameSuffixes() throws {
    let analysis = try QuoteFixture.analyse([
      "Tallinn Ferries Chairman Clifford F. Baxter Jr. said fares would rise. Baxter said the ships were full.",
      "A.B. Carver Jr, president of the harbour, said the cranes were old.",
      "A.D. Milton Jr, president of the ferry line, said the timetable would change.",
    ])
    let speakers = analysis.directory.speakers
    let baxters = speakers.filter { $0.name.contains("Baxter") }
    #expect(baxters.map(\.name) == ["Clifford F. Baxter Jr."], "speakers: \(speakers)")
    #expect(baxters.first?.roles == ["Tallinn Ferries Chairman"], "\(baxters)")
    let names = Set(speakers.map(\.name))
    #expect(names.isSuperset(of: ["A.B. Carver Jr", "A.D. Milton Jr"]), "speakers: \(names)")
  }

  /// A name with a digit in it is a product's, never a person's: read as people, `A320
  /// Halvorn` and `B747 Halvorn` made `Halvorn` a surname two people carry, and the company's
  /// own `Halvorn said` stayed apart in each article.
  @Test("a name with a digit is no person, and does not split a company's lone name")
  func namesWithDigits() throws {
    let analysis = try QuoteFixture.analyse([
      "\"It flies well,\" A320 Halvorn said on Monday.",
      "\"It flies further,\" B747 Halvorn said on Tuesday.",
      "Halvorn said it would build more planes this year.",
      "Halvorn said orders rose in May.",
    ])
    let names = analysis.directory.speakers.map(\.name)
    #expect(names.filter { $0 == "Halvorn" }.count == 1, "speakers: \(names)")
    #expect(!names.contains { $0.contains { $0.isNumber } }, "speakers: \(names)")
  }
}
