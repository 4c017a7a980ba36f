import StoryKit
import Testing

/// Who said it, within one article: attributions in both word orders, pronouns, role phrases,
/// organisations and misspelt surnames resolve to the article's fullest name for the speaker.
@Suite("Quote extraction: speakers in an article")
struct QuoteExtractionSpeakerTests {
  static let rubio =
    "Secretary of State Marco Rubio arrived in Brussels on Thursday for a meeting of NATO foreign ministers.\n\n"

  static let cueOrders: [QuoteCase] = [
    QuoteCase(
      "\"…,\" Rubio said",
      rubio + "\"⟦We are not going to fly around the world chasing meetings,⟧\" Rubio said.",
      .direct("Marco Rubio")),
    QuoteCase(
      "\"…,\" said Rubio",
      rubio + "\"⟦We are not going to fly around the world chasing meetings,⟧\" said Rubio.",
      .direct("Marco Rubio")),
    QuoteCase(
      "Rubio said: \"…\"",
      rubio + "Rubio said: \"⟦We are not going to fly around the world chasing meetings.⟧\"",
      .direct("Marco Rubio")),
    QuoteCase(
      "Rubio said, \"…\"",
      rubio + "Rubio said, \"⟦We are not going to fly around the world chasing meetings.⟧\"",
      .direct("Marco Rubio")),
    QuoteCase(
      "\"…,\" Rubio told reporters",
      rubio + "\"⟦We want to see progress within days,⟧\" Rubio told reporters.",
      .direct("Marco Rubio")),
    QuoteCase(
      "\"…,\" Rubio said on Thursday",
      rubio + "\"⟦We want to see progress within days,⟧\" Rubio said on Thursday.",
      .direct("Marco Rubio")),
    QuoteCase(
      "\"…\" Rubio believes (no comma)",
      rubio
        + "\"⟦They were not a waste of time. There will be an exchange of prisoners.⟧\" Rubio believes.",
      .direct("Marco Rubio")),
    QuoteCase(
      "\"…,\" the secretary of state said",
      rubio + "\"⟦We want to see progress within days,⟧\" the secretary of state said.",
      .direct("Marco Rubio")),
    QuoteCase(
      "\"…,\" he said",
      rubio + "\"⟦We want to see progress within days,⟧\" he said.",
      .direct("Marco Rubio")),
    QuoteCase(
      "a quotation split by its attribution",
      rubio + "\"⟦We want progress,⟧\" Rubio said, \"⟦and we want it within days.⟧\"",
      .direct("Marco Rubio")),
    QuoteCase(
      "full name and role given in the attribution",
      "The talks resumed in Geneva on Monday.\n\n"
        + "\"⟦Kyiv has received nothing in writing,⟧\" said Ukrainian Foreign Minister Andriy Sibiha.",
      .direct("Andriy Sibiha")),
    QuoteCase(
      "role after the name in the attribution",
      "The talks resumed in Geneva on Monday.\n\n"
        + "\"⟦Russia holds strong positions,⟧\" said Kirill Dmitriev, head of the Russian Direct Investment Fund.",
      .direct("Kirill Dmitriev")),
    QuoteCase(
      "a surname the article never completes",
      "The talks resumed in Geneva on Monday.\n\n"
        + "\"⟦Our position has not changed,⟧\" Lavrov said.",
      .direct("Lavrov")),
    QuoteCase(
      "two people introduced in one coordinated subject",
      "Russian Foreign Minister Sergei Lavrov and Ukrainian Foreign Minister Andriy Sibiha spoke at separate events on Monday.\n\n"
        + "\"⟦We are ready to talk, but not under pressure,⟧\" Lavrov said. \"⟦Kyiv will not trade land for promises,⟧\" Sibiha said.",
      .direct("Sergei Lavrov"), .direct("Andriy Sibiha")),
    QuoteCase(
      "a job word before a name is not part of the name",
      "Developer Taylor Reed disagrees with the forecasts.\n\n"
        + "\"⟦Demand has never been stronger in this city,⟧\" Reed said.",
      .direct("Taylor Reed")),
    QuoteCase(
      "a possessive before another person",
      "The talks resumed in Geneva on Monday.\n\n"
        + "Lavrov's spokeswoman Maria Zakharova said ⟦that the ministry had not been informed⟧.",
      .indirect("Maria Zakharova")),
    QuoteCase(
      "a first name that ends like a nationality (Brian, not Brazilian)",
      "The council met in Halden on Monday.\n\n"
        + "\"⟦We will build the line,⟧\" Brian Halvorsen said.",
      .direct("Brian Halvorsen")),
    QuoteCase(
      "an unlisted first name that ends like one, the article's first words",
      "Darian Tollefsen is new to advocacy work, but has already proven herself.\n\n"
        + "Tollefsen said ⟦that the council needed more youth members⟧.",
      .indirect("Darian Tollefsen")),
    QuoteCase(
      "a time word ends a described speaker",
      "Talks between the airline and its pilots broke down on Monday.\n\n"
        + "The union today said ⟦it would strike on Monday if talks failed⟧.",
      .indirect("the union")),
    QuoteCase(
      "a quotation whose sentence ended inside it is not the next statement's",
      rubio
        + "\"⟦We want progress,⟧\" Rubio said. \"⟦We are not going to wait for ever.⟧\" NATO chief Mark Rutte also said ⟦the allies would meet again in June⟧.",
      .direct("Marco Rubio"), .direct("Marco Rubio"), .indirect("Mark Rutte")),
    QuoteCase(
      "a quotation ending its sentence, then its attribution alone",
      rubio + "\"⟦We are not going to wait for ever.⟧\" Rubio said.",
      .direct("Marco Rubio")),
    QuoteCase(
      "a connective or a preposition opening the sentence is no first name",
      rubio
        + "Nevertheless Rubio said ⟦the allies would meet again in June⟧.\n\nBesides Rubio's plan, the allies have one of their own. Rubio said ⟦it could wait⟧.",
      .indirect("Marco Rubio")),
  ]

  @Test("both word orders name the full speaker", arguments: cueOrders)
  func cueWordOrders(_ row: QuoteCase) throws {
    try QuoteFixture.check(row)
  }

  static let pronouns: [QuoteCase] = [
    QuoteCase(
      "gender from first names",
      """
      Finance Minister Laura Bennett and central bank governor Thomas Weber met investors in Frankfurt on Tuesday.

      "⟦Inflation is still too high for comfort,⟧" he said.

      "⟦The budget will be balanced by next year,⟧" she said.
      """,
      .direct("Thomas Weber"), .direct("Laura Bennett")),
    QuoteCase(
      "the latest speaker, not the earlier man",
      """
      President Vladimir Putin held a meeting of his security council on Monday morning.

      Later, Kremlin spokesman Dmitry Peskov told reporters ⟦that no date had been set for the talks⟧.

      "⟦We are exchanging information through the usual channels,⟧" he explained.
      """,
      .indirect("Dmitry Peskov"), .direct("Dmitry Peskov")),
    QuoteCase(
      "gender from Ms. and a first name",
      """
      Prosecutor Dorota Zielinska questioned the former mayor, Jan Kowalski, for two hours on Wednesday.

      "⟦The documents speak for themselves,⟧" Ms. Zielinska told the court.

      "⟦I signed nothing that was illegal,⟧" he said.

      "⟦We will ask for the maximum sentence,⟧" she added.
      """,
      .direct("Dorota Zielinska"), .direct("Jan Kowalski"), .direct("Dorota Zielinska")),
    QuoteCase(
      "gender from Mrs. and Mr. when the first names tell nothing",
      """
      Residents Chidinma Okafor and Tunde Adeyemi attended the council meeting on Thursday.

      Mrs. Okafor has lived on the estate for twenty years.

      "⟦Nobody told us the building was unsafe,⟧" she said.

      "⟦We paid rent for years and got nothing back,⟧" Mr. Adeyemi said.

      "⟦Now they want us out by the summer,⟧" she added.
      """,
      .direct("Chidinma Okafor"), .direct("Tunde Adeyemi"), .direct("Chidinma Okafor")),
    QuoteCase(
      "gender from earlier pronouns",
      """
      Economist Robin Hale has studied the housing market for two decades, and her models point to a sharp correction.

      Taylor Reed builds flats across the city, and his sales figures back him up.

      "⟦Demand has never been stronger in this city,⟧" Reed said.

      "⟦Prices will fall before the summer,⟧" she said.

      "⟦We will see about that,⟧" he replied.
      """,
      .direct("Taylor Reed"), .direct("Robin Hale"), .direct("Taylor Reed")),
    QuoteCase(
      "a person introduced with a lower-case role is the next `he`, before an earlier speaker",
      """
      Mayor Oskar Lind said on Monday ⟦that the bridge would reopen in May⟧.

      Transport ministry spokesperson Arvo Tamm gave no date for the repairs. But he said ⟦the work would start soon⟧.
      """,
      .indirect("Oskar Lind"), .indirect("Arvo Tamm")),
    QuoteCase(
      "the organisation in a subject's role is no subject of its own",
      """
      Senior Estonian officials met Mayor Oskar Lind on Monday, and he said ⟦the talks went well⟧.

      Harbour Authority director Arvo Tamm read the report. He said ⟦it was incomplete⟧.
      """,
      .indirect("Oskar Lind"), .indirect("Arvo Tamm")),
    QuoteCase(
      "a she that names nobody takes no group's name from the quotes around",
      """
      The plan was questioned on Monday. When pressed on the plan, she replied, "⟦It's meant for the mothers.⟧"

      Experts said ⟦the talks could change little⟧.
      """,
      .direct(nil), .indirect("Experts")),
    QuoteCase(
      "she after a quotation is the subject who opens her own sentence, not an earlier speaker",
      """
      "⟦I was told to keep quiet,⟧" Senator Kirsten Gillibrand wrote in her book. Ms. Gillibrand kept his name secret.

      Representative Ann Kuster, Democrat of New Hampshire, kept silent for nearly 40 years: "⟦My husband didn't know, my children didn't know,⟧" she said.
      """,
      .direct("Kirsten Gillibrand"), .direct("Ann Kuster")),
    // NB: a guard: the subject that opens the sentence is no name inside an opening phrase.
    QuoteCase(
      "he after a quotation is the earlier speaker, not a name inside an opening phrase",
      """
      "⟦I got presents for every one of them,⟧" Dennis Brooks says.

      Asked what he would tell Mayor John Tory about being homeless, he said: "⟦Just listen to us.⟧"
      """,
      .direct("Dennis Brooks")),
  ]

  static let roleSubjects: [QuoteCase] = [
    QuoteCase(
      "a subject named by a role the text gave is the next `he`",
      """
      Mayor Doug Hale said ⟦the line would cost less⟧. "⟦We will save money,⟧" he said.

      The transit agency disagreed. "⟦No such study exists,⟧" a spokesperson said.

      On Dec. 13, the mayor brought up the plan again while speaking to reporters.

      "⟦We can reduce costs considerably,⟧" he said.
      """,
      .indirect("Doug Hale"), .direct("Doug Hale"), .direct("a spokesperson"),
      .direct("Doug Hale"))
  ]

  @Test(
    "a role naming a person as a sentence's subject is a mention of them", arguments: roleSubjects)
  func roleSubjectMentions(_ row: QuoteCase) throws {
    try QuoteFixture.check(row)
  }

  @Test("he and she name the right recent person", arguments: pronouns)
  func pronounResolution(_ row: QuoteCase) throws {
    try QuoteFixture.check(row)
  }

  static let twoMinisters =
    "Russian Foreign Minister Sergei Lavrov spoke by phone with US Secretary of State Marco Rubio on Saturday.\n\n"

  static let roles: [QuoteCase] = [
    QuoteCase(
      "a treasurer's title before the name is a role, not part of it",
      "The budget was presented to parliament on Tuesday.\n\n"
        + "⟦The deficit will fall to 2.1 billion dlrs⟧, Treasurer Dana Whitfield said.",
      .indirect("Dana Whitfield")),
    QuoteCase(
      "the Russian Foreign Minister",
      twoMinisters
        + "\"⟦We discussed the exchange of prisoners in detail,⟧\" the Russian Foreign Minister said.",
      .direct("Sergei Lavrov")),
    QuoteCase(
      "the head of the US State Department",
      twoMinisters
        + "\"⟦These talks were not a waste of time,⟧\" the head of the US State Department said.",
      .direct("Marco Rubio")),
    QuoteCase(
      "the top Russian diplomat",
      twoMinisters
        + "The top Russian diplomat stressed ⟦that Moscow was ready for a new round in Istanbul⟧.",
      .indirect("Sergei Lavrov")),
    QuoteCase(
      "the top US diplomat",
      twoMinisters
        + "The top US diplomat said ⟦that both sides were preparing written proposals⟧.",
      .indirect("Marco Rubio")),
    QuoteCase(
      "the US Secretary of State",
      twoMinisters
        + "The US Secretary of State added ⟦that Washington wanted to see progress within days⟧.",
      .indirect("Marco Rubio")),
    QuoteCase(
      "the Russian minister",
      twoMinisters
        + "The Russian minister noted ⟦that the American side had initiated the call⟧.",
      .indirect("Sergei Lavrov")),
    QuoteCase(
      "the State Department chief",
      twoMinisters
        + "The State Department chief added ⟦that many other crises needed his attention⟧.",
      .indirect("Marco Rubio")),
    QuoteCase(
      "stated the Russian Foreign Minister (cue first)",
      twoMinisters
        + "⟦The supplies of arms to Kyiv should stop⟧, stated the Russian Foreign Minister.",
      .indirect("Sergei Lavrov")),
    QuoteCase(
      "a description with a full name in apposition: the name speaks",
      "The skier is recovering from a knee injury. Her coach, Maria Lund, told reporters ⟦the team hoped to have her back by March⟧.",
      .indirect("Maria Lund")),
    QuoteCase(
      "a cue read back from a later verb is no speaker (`said the team hoped`)",
      "The skier is recovering from a knee injury. Her coach, Maria Lund, said ⟦the team hoped to have her back by March⟧.",
      .indirect("Maria Lund")),
    QuoteCase(
      "an adjective keeps its object after `to` in a description",
      "⟦The two companies are close to a deal⟧, sources close to the negotiations said on Monday.",
      .indirect("sources close to the negotiations")),
    QuoteCase(
      "a description with a first name alone in apposition stays a description",
      "Guide Peter Holm led the climb. The boy's father, Peter, said ⟦his son had trained for a year⟧.",
      .indirect("The boy's father")),
    QuoteCase(
      "a capitalised word inside a description is no organisation speaker",
      "⟦He left the navy in 2019, after failing to meet \"the required standards,\"⟧ a Navy spokeswoman said.",
      .mixed("a Navy spokeswoman")),
  ]

  @Test("a role phrase names the person introduced with that role", arguments: roles)
  func rolePhrases(_ row: QuoteCase) throws {
    try QuoteFixture.check(row)
  }

  static let fires = "Wildfires spread across the hills above the town on Tuesday.\n\n"

  /// A person's name, then `of` and where they work or come from.
  static let personOfPlace: [QuoteCase] = [
    QuoteCase(
      "a title, a name, and a description after `of`",
      fires + "\"⟦The town will rebuild,⟧\" said Judge Eugene Smith of the county court.",
      .direct("Eugene Smith")),
    QuoteCase(
      "a name and an organisation after `of the`",
      fires + "\"⟦The town will rebuild,⟧\" said Dr. Anna Berg of the University of Oslo.",
      .direct("Anna Berg")),
    QuoteCase(
      "a title's own `of` before the name: the name speaks",
      fires
        + "\"⟦The town will rebuild,⟧\" said Deputy Comptroller of the Currency Robert Bench.",
      .direct("Robert Bench")),
    QuoteCase(
      "a reported statement closed by `said NAME of ORGANISATION`",
      fires
        + "⟦Current prices are not enough to justify more crews⟧, said Ed Malmgreen of the California Fire Chiefs Association.",
      .indirect("Ed Malmgreen")),
    QuoteCase(
      "a word that only looks like a name before `of` is none (`Out of the Cold`)",
      fires + "\"⟦There is a sense of community,⟧\" said many Out of the Cold users.",
      .direct("many Out of the Cold users")),
    QuoteCase(
      "the people a person's name follows `of` in describe them, not the person",
      fires
        + "\"⟦The town will rebuild,⟧\" said the family of Dr. Anna Berg of the University of Oslo.",
      .direct(nil)),
  ]

  @Test(
    "a person's name before `of` and where they work names the person", arguments: personOfPlace)
  func personBeforeOf(_ row: QuoteCase) throws {
    try QuoteFixture.check(row)
  }

  static let readout =
    "The Russian Foreign Ministry published a readout of the call on Sunday.\n\n"

  static let organisations: [QuoteCase] = [
    QuoteCase(
      "a role right before a company's name is the company's",
      "Talbridge Corp is raising 150 mln dlrs through an offering of notes.\n\n"
        + "⟦The notes were priced at 99.5 pct⟧, said lead manager Halvorn Brothers and Co Inc.",
      .indirect("Halvorn Brothers and Co Inc")),
    QuoteCase(
      "it is no model's code",
      "Halvorn Computer Corp makes software and networking products for corporate use.\n\n"
        + "The company introduced the 3B2/600 minicomputer, which can support up to 64 users. "
        + "⟦The computer is the latest addition to its family of minicomputers⟧, it said.",
      .indirect("Halvorn Computer Corp")),
    QuoteCase(
      "a company's first word alone names it",
      "Halvorn Petroleum Ltd is under pressure from its creditors to sell its stake in Encor.\n\n"
        + "Halvorn said ⟦it was not considering selling the stake⟧.",
      .indirect("Halvorn Petroleum Ltd")),
    QuoteCase(
      "here after a description is where it was said, not who",
      "Coffee futures fell in London on Monday.\n\n"
        + "⟦Prices fell sharply in early trading⟧, one broker here said.",
      .indirect("one broker")),
    QuoteCase(
      "the ministry said",
      readout + "\"⟦The focus was on the Ukraine crisis,⟧\" the ministry said.",
      .direct("Russian Foreign Ministry")),
    QuoteCase(
      "the statement read",
      readout + "\"⟦The focus was on the Ukraine crisis,⟧\" the statement read.",
      .direct("Russian Foreign Ministry")),
    QuoteCase(
      "it added, after the statement",
      readout + """
        "⟦The focus was on the Ukraine crisis,⟧" the statement read.

        "⟦The parties continued a fruitful exchange of views,⟧" it added.
        """,
      .direct("Russian Foreign Ministry")),
    QuoteCase(
      "…, the ministry noted",
      readout + "⟦The parties agreed to stay in contact at every level⟧, the ministry noted.",
      .indirect("Russian Foreign Ministry")),
    QuoteCase(
      "the Kremlin said that",
      "President Vladimir Putin declared a three-day truce on Monday.\n\n"
        + "The Kremlin said ⟦that it expected Kyiv to follow this example⟧.",
      .indirect("Kremlin")),
    QuoteCase(
      "the Kremlin warned that, with quoted words",
      "President Vladimir Putin declared a three-day truce on Monday.\n\n"
        + "The Kremlin warned ⟦that any violation would meet an \"adequate and effective response\"⟧.",
      .mixed("Kremlin")),
    QuoteCase(
      "a person of a firm is the person (`Name Surname of IG said`)",
      "Shares fell in early trading on Monday.\n\n"
        + "\"⟦Investors are waiting for the central bank,⟧\" Tarla Venn of IG said in a note.",
      .direct("Tarla Venn")),
    QuoteCase(
      "an organisation word before `of` keeps the name whole",
      "Shares fell in early trading on Monday.\n\n"
        + "\"⟦Inflation remains too high,⟧\" the Royal Bank of Lorvania said in a statement.",
      .direct("Royal Bank of Lorvania")),
    QuoteCase(
      "`the company` after a one-word name seen speaking, with no gender, is that company",
      "Lorvex said on Thursday ⟦it had restored access to its developer tools⟧.\n\n"
        + "The company noted ⟦that the outage had no impact on its consumer services⟧.",
      .indirect("Lorvex")),
    QuoteCase(
      "a weekday in the headline is no company for `the company`",
      "Lorvex restored access to its developer tools on Thursday.\n\n"
        + "The company noted ⟦that the outage had no impact on its consumer services⟧.",
      .indirect("the company")),
  ]

  @Test("organisation words name the organisation", arguments: organisations)
  func organisationSpeakers(_ row: QuoteCase) throws {
    try QuoteFixture.check(row)
  }

  static let rubioFlies = "Marco Rubio, the top US diplomat, flew to Brussels on Monday.\n\n"

  static let attributionSpans: [QuoteCase] = [
    QuoteCase(
      "name then cue",
      rubioFlies + "\"⟦We want to see progress within days,⟧\" Rubio said.",
      ExpectedQuote.direct("Marco Rubio").attributed(cue: "said", mention: "Rubio")),
    QuoteCase(
      "cue then name",
      rubioFlies + "\"⟦We want to see progress within days,⟧\" said Rubio.",
      ExpectedQuote.direct("Marco Rubio").attributed(cue: "said", mention: "Rubio")),
    QuoteCase(
      "a pronoun and an object",
      rubioFlies + "\"⟦We want to see progress within days,⟧\" he told reporters.",
      ExpectedQuote.direct("Marco Rubio").attributed(cue: "told", mention: "he")),
    QuoteCase(
      "according to",
      twoMinisters + "According to Lavrov, ⟦the call lasted almost an hour⟧.",
      ExpectedQuote.indirect("Sergei Lavrov").attributed(cue: "According to", mention: "Lavrov")),
    QuoteCase(
      "a role phrase",
      twoMinisters
        + "\"⟦These talks were not a waste of time,⟧\" the head of the US State Department noted.",
      ExpectedQuote.direct("Marco Rubio").attributed(
        cue: "noted", mention: "the head of the US State Department")),
    QuoteCase(
      "cue then role phrase, reported",
      twoMinisters
        + "⟦The supplies of arms to Kyiv should stop⟧, stated the Russian Foreign Minister.",
      ExpectedQuote.indirect("Sergei Lavrov").attributed(
        cue: "stated", mention: "the Russian Foreign Minister")),
    QuoteCase(
      "a document",
      readout + "\"⟦The focus was on the Ukraine crisis,⟧\" the statement read.",
      ExpectedQuote.direct("Russian Foreign Ministry").attributed(
        cue: "read", mention: "the statement")),
  ]

  @Test("cue and mention point at the attribution's words", arguments: attributionSpans)
  func attributionWords(_ row: QuoteCase) throws {
    try QuoteFixture.check(row)
  }

  static let lavrovInterview =
    "Russian Foreign Minister Sergei Lavrov gave an interview to CBS News on Sunday.\n\n"

  static let misspellings: [QuoteCase] = [
    QuoteCase(
      "Lavorv in a direct attribution",
      lavrovInterview + "\"⟦We never consciously target civilian sites,⟧\" Lavorv said.",
      .direct("Sergei Lavrov")),
    QuoteCase(
      "Lavorv as the subject of reported speech",
      lavrovInterview + "Lavorv stated ⟦that Russia only targets military goals⟧.",
      .indirect("Sergei Lavrov")),
    QuoteCase(
      "two people whose surnames are one letter apart stay apart",
      """
      Defence Minister Peter Hansen and opposition leader Maria Jansen clashed in parliament on Wednesday.

      "⟦This budget is a disgrace,⟧" Jansen said.

      "⟦This budget keeps the country safe,⟧" Hansen said.
      """,
      .direct("Maria Jansen"), .direct("Peter Hansen")),
  ]

  @Test("a misspelt surname names the person it is one letter from", arguments: misspellings)
  func misspeltSurnames(_ row: QuoteCase) throws {
    try QuoteFixture.check(row)
  }

  static let possessives: [QuoteCase] = [
    QuoteCase(
      "a full name met only as a possessive names the person",
      "Tomas Veldkamp's first start in goal could not have gone better.\n\n"
        + "\"⟦It was just another game,⟧\" Veldkamp said.",
      .direct("Tomas Veldkamp")),
    QuoteCase(
      "the possessive before a cue noun is its owner speaking, when the text met the name",
      "Striker Dafydd Prosser was dropped for the cup tie on Saturday.\n\n"
        + "The club rejected Prosser's claim ⟦that the coach had lied about his fitness⟧.",
      .indirect("Dafydd Prosser")),
    QuoteCase(
      "a company's own 's stays (`Marlow's Inc`)",
      "Shares of Marlow's Inc rose on Tuesday.\n\n"
        + "\"⟦Demand was strong,⟧\" Marlow's Inc said.",
      .direct("Marlow's Inc")),
  ]

  @Test("a name in the possessive is the same name", arguments: possessives)
  func possessiveNames(_ row: QuoteCase) throws {
    try QuoteFixture.check(row)
  }
}
