import Testing

@testable import StoryKit

/// Roles belong to people: an organisation or a group speaker shows none, even when an
/// article's reading of it as a person brought one (`Treasury` with `the spokesman`).
@Suite struct SpeakerDirectoryRoleTests {
  static func node(
    _ article: String, _ name: String, _ kind: SpeakerKind, roles: [String]
  ) -> SpeakerDirectory.Node {
    SpeakerDirectory.Node(
      article: ArticleID(article),
      speaker: QuoteExtractor.ArticleSpeaker(name: name, forms: [name], roles: roles, kind: kind),
      quotes: 1)
  }

  @Test func rolesArePeoples() throws {
    let directory = SpeakerDirectory(nodes: [
      Self.node("a1", "Treasury", .organisation, roles: []),
      Self.node("a2", "Treasury", .person, roles: ["the spokesman"]),
      Self.node("a3", "the analysts", .described, roles: ["The Rolls spokesman"]),
      Self.node("a4", "Nigel Lawson", .person, roles: ["Chancellor of the Exchequer"]),
    ])
    let treasury = try #require(directory.speaker(named: "Treasury"))
    #expect(treasury.kind == .organisation)
    #expect(treasury.roles.isEmpty)
    #expect(try #require(directory.speaker(named: "the analysts")).roles.isEmpty)
    #expect(
      try #require(directory.speaker(named: "Nigel Lawson")).roles
        == ["Chancellor of the Exchequer"])
  }

  /// A person's roles come most given first, then alphabetically, each with the fewest
  /// capitals, whatever order the articles came in (a library updated file by file lists them
  /// as a fresh analysis does).
  @Test func rolesInTheSameOrderWhateverTheArticlesOrder() throws {
    let nodes = [
      Self.node("a1", "Dmitry Peskov", .person, roles: ["spokesman"]),
      Self.node("a2", "Dmitry Peskov", .person, roles: ["Kremlin Spokesman"]),
      Self.node("a3", "Dmitry Peskov", .person, roles: ["Kremlin spokesman"]),
      Self.node("a4", "Dmitry Peskov", .person, roles: ["press secretary"]),
    ]
    for order in [nodes, nodes.reversed(), [nodes[3], nodes[0], nodes[2], nodes[1]]] {
      let peskov = try #require(SpeakerDirectory(nodes: order).speaker(named: "Dmitry Peskov"))
      #expect(peskov.roles == ["Kremlin spokesman", "press secretary", "spokesman"])
    }
  }

  /// A lone surname joins the corpus's only person of that surname unless both are given
  /// roles that share no word: a bank's `chairman Lord Barber` is not the union leader.
  @Test(
    "a lone surname whose role shares no word with the only full name's stays apart",
    arguments: [
      (["chairman"], false), (["general secretary"], true), ([String](), true),
    ])
  func loneSurnameWithAnotherRole(roles: [String], joins: Bool) throws {
    let directory = SpeakerDirectory(nodes: [
      Self.node("a1", "Brendan Barber", .person, roles: ["TUC General Secretary"]),
      Self.node("a2", "Barber", .person, roles: roles),
    ])
    #expect((directory.speaker(named: "Barber")?.name == "Brendan Barber") == joins)
  }

  /// `the police` stays a group where one article read `Police said` as an organisation's
  /// name.
  @Test func aCommonNounForPeopleIsAGroup() throws {
    let rules = SpeakerDirectory.Rules(try QuoteFixture.extractor.get().lexicon)
    let directory = SpeakerDirectory(
      nodes: [
        Self.node("a1", "Police", .organisation, roles: []),
        Self.node("a2", "the police", .group, roles: []),
        Self.node("a3", "the police", .group, roles: []),
      ], rules: rules)
    let police = try #require(directory.speaker(named: "the police"))
    #expect(police.kind == .group)
    #expect(directory.speakers.count == 1)
  }

  @Test(
    "a role is its noun phrase: no article, demonstrative or time word of the writer's opens it",
    arguments: [
      ("This banker", "banker"), ("this official", "official"),
      ("now chairman of Mersey TV", "chairman of Mersey TV"),
      ("Yet aviation analyst", "aviation analyst"),
      ("Next chief executive", "Next chief executive"), ("the spokesman", "spokesman"),
      ("as a member of the board", "member of the board"),
      ("The U.S. Secretary of Commerce", "U.S. Secretary of Commerce"),
      ("an adviser to the minister", "adviser to the minister"),
    ])
  func roleOpeners(given: String, shown: String) throws {
    let directory = SpeakerDirectory(
      nodes: [Self.node("a1", "Gerhard Stoltenberg", .person, roles: [given])],
      rules: .init(roleOpeners: try QuoteFixture.extractor.get().lexicon.roleOpeners))
    #expect(try #require(directory.speaker(named: "Gerhard Stoltenberg")).roles == [shown])
  }

  @Test("a role with its article and the same role without it are one role")
  func rolesWithAndWithoutArticle() throws {
    let directory = SpeakerDirectory(
      nodes: [
        Self.node("a1", "Malcolm Baldrige", .person, roles: ["The U.S. Secretary of Commerce"]),
        Self.node("a2", "Malcolm Baldrige", .person, roles: ["U.S. Secretary of Commerce"]),
      ],
      rules: .init(roleOpeners: try QuoteFixture.extractor.get().lexicon.roleOpeners))
    #expect(
      try #require(directory.speaker(named: "Malcolm Baldrige")).roles
        == ["U.S. Secretary of Commerce"])
  }
}

/// A title before a name is the name's, not the end of its role; a title that is a role noun
/// too stays (`bankruptcy judge`).
@Suite struct SpeakerDirectoryTitleTests {
  @Test(
    arguments: [
      (["Halvorn United manager Sir"], ["Halvorn United manager"]),
      (["BP chief executive Lord", "panel member Dr."], ["BP chief executive", "panel member"]),
      (["US bankruptcy judge"], ["US bankruptcy judge"]),
      (["Sir"], []),
    ] as [([String], [String])])
  func titleEndsNoRole(given: [String], shown: [String]) throws {
    let directory = SpeakerDirectory(
      nodes: [SpeakerDirectoryRoleTests.node("a1", "Oskar Lind", .person, roles: given)],
      rules: .init(try QuoteFixture.extractor.get().lexicon))
    #expect(try #require(directory.speaker(named: "Oskar Lind")).roles == shown)
  }
}

/// A group is named by a common noun, also where wire copy capitalised it after an
/// abbreviation (`U.S. Officials`); a proper name after one keeps its capital.
@Suite struct SpeakerGroupNameTests {
  @Test(
    arguments: [
      ("U.S. Officials", SpeakerKind.group, "U.S. officials"),
      ("Other U.S. Officials", .group, "Other U.S. officials"),
      ("U.S. Senators", .group, "U.S. senators"),
      ("St. Louis officials", .group, "St. Louis officials"),
      ("U.S. Officials", .organisation, "U.S. Officials"),
    ])
  func groupNounInLowerCase(name: String, kind: SpeakerKind, shown: String) throws {
    let directory = SpeakerDirectory(
      nodes: [SpeakerDirectoryRoleTests.node("a1", name, kind, roles: [])],
      rules: .init(try QuoteFixture.extractor.get().lexicon))
    #expect(directory.speakers.map(\.name) == [shown])
  }
}

/// Which of the spellings of one name, differing only by case, a speaker is shown by.
@Suite struct SpeakerCasingTests {
  @Test(
    arguments: [
      (["usda", "USDA"], "USDA"),
      (["Analysts", "analysts"], "analysts"),
      (["Russian foreign ministry", "Russian Foreign Ministry"], "Russian Foreign Ministry"),
      (["OPEC", "Opec"], "OPEC"),
    ] as [([String], String)])
  func preferred(_ spellings: [String], _ expected: String) {
    #expect(
      SpeakerDirectory.preferredCasing(spellings.map { Substring($0) }) == Substring(expected))
    let reversed = spellings.reversed().map { Substring($0) }
    #expect(SpeakerDirectory.preferredCasing(reversed) == Substring(expected))
  }
}

/// One organisation across articles: `General Motors Corp` in one, `General Motors` in
/// another, shown without its suffix when its articles write it so; a full name one article
/// reads as a person's and another as an organisation (`White House`) is the organisation.
@Suite struct SpeakerDirectoryOrganisationTests {
  static func node(_ article: String, _ name: String, _ kind: SpeakerKind, forms: [String] = [])
    -> SpeakerDirectory.Node
  {
    SpeakerDirectory.Node(
      article: ArticleID(article),
      speaker: QuoteExtractor.ArticleSpeaker(
        name: name, forms: [name] + forms, roles: [], kind: kind),
      quotes: 1)
  }

  @Test func companyWithAndWithoutSuffix() throws {
    let directory = SpeakerDirectory(nodes: [
      Self.node("a1", "Halvorn Motors Corp", .organisation, forms: ["Halvorn Motors"]),
      Self.node("a2", "Halvorn Motors", .organisation),
      Self.node("a3", "Halvorn Motors Corp", .organisation),
    ])
    #expect(directory.speakers.count == 1)
    let speaker = try #require(directory.speakers.first)
    #expect(speaker.name == "Halvorn Motors")
    #expect(speaker.aliases == ["Halvorn Motors Corp"])
  }

  @Test func nameWithASuffixItsArticleAlsoWrote() throws {
    let directory = SpeakerDirectory(nodes: [
      Self.node("a1", "Halvorn Motors", .organisation, forms: ["Halvorn Motors Corp"]),
      Self.node("a2", "Halvorn Motors Corp", .organisation),
    ])
    #expect(directory.speakers.count == 1)
  }

  /// One organisation's names in articles `a1`, `a2`, … (with the forms its article gave it),
  /// and whether the directory makes one speaker of them.
  struct Spelling: Sendable, CustomTestStringConvertible {
    var names: [(name: String, forms: [String])]
    var one: Bool
    var testDescription: String { names.map(\.name).joined(separator: " / ") }
  }

  static let spellings: [Spelling] = [
    // A department or ministry either way round, and the acronym that order spells.
    Spelling(
      names: [
        ("Halvorn Agriculture Department", []), ("Halvorn Department of Agriculture", []),
        ("HDA", []),
      ], one: true),
    Spelling(names: [("Finance Ministry", []), ("Ministry of Finance", [])], one: true),
    // An acronym some article wrote for the name.
    Spelling(
      names: [("Securities and Exchange Commission", ["SEC"]), ("SEC", [])], one: true),
    // Initials of four letters or more spell the name without one.
    Spelling(
      names: [("Organization of Petroleum Exporting Countries", []), ("OPEC", [])], one: true),
    // A possessive read as the name (an acronym spelt it, its noun was left out), either order.
    Spelling(
      names: [("London Harbour Exchange's", []), ("London Harbour Exchange", [])], one: true),
    Spelling(names: [("Tallinn Port Authority", []), ("Tallinn Port Authority's", [])], one: true),
    // Not an organisation word's possessive: `the Bank's report` is the bank the article means
    // (two speakers before the possessive rule too; the row keeps the rule from joining them).
    Spelling(names: [("Bank's", []), ("Bank", [])], one: false),
    // Not an acronym the name does not spell: an article's misreading.
    Spelling(names: [("Six UK", ["UK"]), ("UK", [])], one: false),
    // Not three letters from initials alone: they spell too many names.
    Spelling(names: [("Bank of Boston Corp", []), ("BBC", [])], one: false),
    // Not an acronym two names of the corpus were given.
    Spelling(
      names: [
        ("Asian Development Bank", ["ADB"]), ("African Development Bank", ["ADB"]), ("ADB", []),
      ], one: false),
  ]

  @Test("an organisation's spellings and acronyms", arguments: spellings)
  func spellingsOfOneOrganisation(_ row: Spelling) throws {
    let nodes = row.names.enumerated().map { number, entry in
      Self.node("a\(number + 1)", entry.name, .organisation, forms: entry.forms)
    }
    let directory = SpeakerDirectory(
      nodes: nodes, rules: .init(try QuoteFixture.extractor.get().lexicon))
    let speakers = Set(nodes.indices.compactMap { directory.canonicalName(ofNode: $0) })
    #expect((speakers.count == 1) == row.one)
    if !row.one { #expect(speakers.count == row.names.count) }
  }

  @Test func suffixKeptWhenNeverWrittenWithout() throws {
    let directory = SpeakerDirectory(nodes: [Self.node("a1", "Halvorn Motors Corp", .organisation)])
    #expect(directory.speakers.map(\.name) == ["Halvorn Motors Corp"])
  }

  @Test func fullNameReadAsPersonJoinsOrganisation() throws {
    let directory = SpeakerDirectory(nodes: [
      Self.node("a1", "White House", .person),
      Self.node("a2", "White House", .organisation),
      Self.node("a3", "Donald Trump", .person),
    ])
    #expect(directory.speakers.count == 2)
    #expect(try #require(directory.speaker(named: "White House")).kind == .organisation)
  }

  @Test(
    "an organisation word alone is no alias; a publication's short name is",
    arguments: [
      (name: "Halvorn Agriculture Department", form: "Department", kept: false),
      (name: "Halvorn Savings Bank", form: "Bank", kept: false),
      (name: "Halvorn Daily Times", form: "Times", kept: true),
      (name: "Halvorn Motors Corp", form: "Halvorn", kept: true),
    ])
  func organisationWordIsNoAlias(name: String, form: String, kept: Bool) throws {
    let directory = SpeakerDirectory(
      nodes: [Self.node("a1", name, .organisation, forms: [form])],
      rules: .init(try QuoteFixture.extractor.get().lexicon))
    #expect(try #require(directory.speakers.first).aliases.contains(form) == kept)
  }
}

/// A short form of a first name is that name (`Bob Dole` is `Robert Dole`), by the
/// `[nicknames]` of `speech.rules`; other first names still keep people apart.
@Suite struct SpeakerDirectoryNicknameTests {
  static func node(_ article: String, _ name: String) -> SpeakerDirectory.Node {
    SpeakerDirectory.Node(
      article: ArticleID(article),
      speaker: QuoteExtractor.ArticleSpeaker(name: name, forms: [name], roles: [], kind: .person),
      quotes: 1)
  }

  @Test func shortFormJoinsFullName() throws {
    let nicknames = try QuoteFixture.extractor.get().lexicon.nicknames
    #expect(nicknames["bob"] == "robert")
    let nodes = [
      Self.node("a1", "Bob Halvorsen"), Self.node("a2", "Robert Halvorsen"),
      Self.node("a3", "Mary Halvorsen"),
    ]
    let joined = SpeakerDirectory(nodes: nodes, rules: .init(nicknames: nicknames))
    #expect(joined.speakers.count == 2)
    #expect(SpeakerDirectory(nodes: nodes).speakers.count == 3)
  }
}

/// A surname misspelt in one article (`Mohamed Adbeslam`) joins the person, who is shown by
/// the spelling the corpus uses, however many quotes the misspelt article holds; a first name
/// is never respelt (`Rob` and `Bob` are both names).
@Suite struct SpeakerDirectorySpellingTests {
  static func node(_ article: String, _ name: String, quotes: Int = 1) -> SpeakerDirectory.Node {
    SpeakerDirectory.Node(
      article: ArticleID(article),
      speaker: QuoteExtractor.ArticleSpeaker(name: name, forms: [name], roles: [], kind: .person),
      quotes: quotes)
  }

  @Test func theCorpusSpellingOfASurnameWins() throws {
    let directory = SpeakerDirectory(nodes: [
      Self.node("a1", "Mohamed Adbeslam", quotes: 9),
      Self.node("a2", "Mohamed Abdeslam"),
      Self.node("a3", "Salah Abdeslam"),
      Self.node("a4", "Brahim Abdeslam"),
    ])
    let mohamed = try #require(directory.speaker(named: "Mohamed Adbeslam"))
    #expect(mohamed.name == "Mohamed Abdeslam")
    #expect(mohamed.aliases == ["Mohamed Adbeslam"])
  }

  @Test func aSurnameAsCommonAsTheOtherKeepsTheMostQuoted() throws {
    let directory = SpeakerDirectory(nodes: [
      Self.node("a1", "Mohamed Adbeslam", quotes: 9), Self.node("a2", "Mohamed Abdeslam"),
    ])
    #expect(directory.speakers.map(\.name) == ["Mohamed Adbeslam"])
  }
}

/// A name spelt out beats its initials, however often the initials are quoted (`Duff and
/// Phelps`, not `D and P`).
@Suite struct SpeakerDirectoryInitialsTests {
  @Test func theSpeltOutNameWins() throws {
    let node = SpeakerDirectory.Node(
      article: ArticleID("a1"),
      speaker: QuoteExtractor.ArticleSpeaker(
        name: "D and P", forms: ["D and P", "Halvorn and Phelps"], roles: [], kind: .organisation),
      quotes: 6)
    let directory = SpeakerDirectory(nodes: [node])
    #expect(directory.speakers.map(\.name) == ["Halvorn and Phelps"])
    #expect(directory.speakers.first?.aliases == ["D and P"])
  }
}

/// A role that took the first words of its person's name keeps only the role.
@Suite("Speaker directory: roles without the name")
struct RoleWithoutNameTests {
  @Test(
    "the name's first words leave the role's end",
    arguments: [
      (
        role: "Japanese Finance Minister Kiichi", name: "Kiichi Miyazawa",
        expected: "Japanese Finance Minister"
      ),
      (role: "President Daniel arap", name: "Daniel Arap Moi", expected: "President"),
      (
        role: "managing director of Salomon Inc", name: "Robert Salomon",
        expected: "managing director of Salomon Inc"
      ),
      (role: "Officials of Pay", name: "Pay N", expected: "Officials of Pay"),
      (role: "Kiichi", name: "Kiichi Miyazawa", expected: "Kiichi"),
    ])
  func withoutNameStart(role: String, name: String, expected: String) {
    #expect(SpeakerDirectory.withoutNameStart(role, name: name) == expected)
  }
}

/// A library keeps the speakers it built and takes them again when nothing they depend on
/// changed: the directory it gets is the one building every speaker gives.
@Suite("Speakers: an update takes kept speakers and gives what building all would")
struct SpeakerCacheTests {
  /// A node of article `serial` (its origin as a library makes it), a person.
  static func node(_ serial: Int, _ name: String, roles: [String] = []) -> SpeakerDirectory.Node {
    SpeakerDirectory.Node(
      article: ArticleID("a\(serial)"),
      speaker: QuoteExtractor.ArticleSpeaker(
        name: name, forms: [name, String(name.split(separator: " ").last ?? "")],
        roles: roles, kind: .person),
      quotes: 1, origin: UInt64(serial) << 20)
  }

  static let before = [
    node(1, "Mohamed Adbeslam"), node(2, "Mohamed Adbeslam"), node(3, "Mohamed Abdeslam"),
    node(4, "Sergei Lavrov", roles: ["Foreign Minister"]), node(5, "Dmitry Peskov"),
  ]

  struct Update: CustomTestStringConvertible, Sendable {
    var name: String
    var after: [SpeakerDirectory.Node]
    var analysed: Set<ArticleID>
    var testDescription: String { name }
  }

  static let updates: [Update] = [
    Update(name: "nothing changed", after: before, analysed: []),
    Update(
      name: "another person's articles make a spelling familiar: a kept speaker is renamed",
      after: before + [
        node(6, "Salah Abdeslam"), node(7, "Salah Abdeslam"),
        node(8, "Salah Abdeslam"),
      ],
      analysed: ["a6", "a7", "a8"]),
    Update(
      name: "an article read again under its serial gives its speaker another role",
      after: before.map { $0.article == "a4" ? node(4, "Sergei Lavrov", roles: ["diplomat"]) : $0 },
      analysed: ["a4"]),
    Update(
      name: "an article leaves", after: before.filter { $0.article != "a5" }, analysed: []),
  ]

  @Test("kept and built speakers equal building all", arguments: updates)
  func keptEqualsBuilt(update: Update) {
    var cache = SpeakerDirectory.SpeakerCache()
    _ = SpeakerDirectory(nodes: Self.before, rules: .init(), cache: &cache, analysed: [])
    let updated = SpeakerDirectory(
      nodes: update.after, rules: .init(), cache: &cache, analysed: update.analysed)
    let built = SpeakerDirectory(nodes: update.after)
    #expect(updated.speakers == built.speakers)
    #expect(cache.entries.count == built.speakers.count)
  }
}
