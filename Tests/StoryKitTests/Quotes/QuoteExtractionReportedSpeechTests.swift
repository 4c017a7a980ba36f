import StoryKit
import Testing

/// Reported speech: `indirect` when told in the writer's words, `mixed` when it holds quoted
/// words. The span is the reported clause: from `that` when present, the final full stop
/// excluded.
@Suite("Quote extraction: reported speech")
struct QuoteExtractionReportedSpeechTests {
  static let talks = "The Russian and US delegations met in Riyadh on Monday.\n\n"
  static let officials =
    "Kremlin spokesman Dmitry Peskov spoke to reporters in Moscow on Monday. Marco Rubio, the top US diplomat, flew to Brussels.\n\n"
  static let port = "The Tallinn Port Authority published its yearly figures on Monday.\n\n"
  static let pressSecretary =
    "White House Press Secretary Laura Bennett held her first briefing in two weeks on Tuesday.\n\n"

  static let mixed: [QuoteCase] = [
    QuoteCase(
      "an attribution ending the sentence takes it whole, a cue inside included",
      officials
        + "Peskov spoke after the call.\n\n⟦The plan was called \"too vague\" by some, but others thought it was \"a real start,\"⟧ he said.",
      .mixed("Dmitry Peskov")),
    QuoteCase(
      "according to, quoted words closing the sentence",
      talks
        + "According to Kremlin aide Yury Ushakov, ⟦the meeting, which lasted four hours, was \"frank and quite useful\"⟧.",
      .mixed("Yury Ushakov")),
    QuoteCase(
      "according to after the statement",
      talks
        + "⟦The meeting was \"frank and quite useful\"⟧, according to Kremlin aide Yury Ushakov.",
      .mixed("Yury Ushakov")),
    QuoteCase(
      "expressed hope that, pronoun speaker",
      officials
        + "Rubio spoke to reporters after the call. He expressed hope ⟦that the two peace plans would be \"close enough\" to each other⟧.",
      .mixed("Marco Rubio")),
    QuoteCase(
      "said that, curly quoted words inside",
      officials
        + "Rubio said ⟦that the proposals will be “close enough” to build on⟧.",
      .mixed("Marco Rubio")),
    QuoteCase(
      "said without that",
      officials
        + "Peskov said ⟦Moscow was ready for a \"long, durable and verifiable ceasefire\"⟧.",
      .mixed("Dmitry Peskov")),
    QuoteCase(
      "a quoted fragment ending with a comma, attribution after",
      officials
        + "⟦Moscow is ready to back a \"long-term and verifiable ceasefire,\"⟧ Peskov added.",
      .mixed("Dmitry Peskov")),
  ]

  /// A verb that reports only its quoted object (`called`, `praised`, `labelled`): what was
  /// said is the object, up to the end of the quotation.
  static let quotedObjects: [QuoteCase] = [
    QuoteCase(
      "called something quoted words",
      officials + "Peskov called ⟦the American proposal \"a useful basis for work\"⟧.",
      .mixed("Dmitry Peskov")),
    QuoteCase(
      "praised someone for quoted words, a participle after a comma",
      officials
        + "Rubio left Brussels on Friday, praising ⟦the delegations for their \"patient and serious work\"⟧.",
      .mixed("Marco Rubio")),
    QuoteCase(
      "a second verb joined by and reports on its own",
      officials
        + "Peskov said ⟦the talks had ended⟧ and called ⟦the result \"a step forward\"⟧.",
      .indirect("Dmitry Peskov"), .mixed("Dmitry Peskov")),
    QuoteCase(
      "inside what another speaker said, the call is part of it",
      officials
        + "Peskov said ⟦the European Commission has called for \"a new attitude\" in the talks⟧.",
      .mixed("Dmitry Peskov")),
  ]

  /// A paragraph opening with its source and a colon, as headlines and transcripts write it.
  static let colonSources: [QuoteCase] = [
    QuoteCase(
      "a name the article uses elsewhere, then a colon",
      officials + "Peskov: ⟦Moscow is ready to resume the talks in Istanbul⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a description of who may speak, then a colon",
      officials + "Foreign ministry: ⟦the next round of talks will take place in Istanbul⟧.",
      .indirect("Foreign ministry")),
    QuoteCase(
      "in an article with no cue verb and no quotation mark",
      "The delegations met Kremlin aide Dmitry Peskov in Riyadh on Monday.\n\nPeskov: ⟦the talks will resume in Istanbul next week⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a quotation after the colon",
      officials + "Rubio: \"⟦We are not going to wait forever for an answer.⟧\"",
      .direct("Marco Rubio")),
  ]

  /// Verbs that report a request (`urge`, `call on`, `implore`, `exhort`): the object and its
  /// infinitive; and a two-word cue (`pointed out`) as its first word alone is not one.
  static let requests: [QuoteCase] = [
    QuoteCase(
      "urged someone to do something",
      officials + "Rubio urged ⟦both sides to return to the table in Istanbul⟧.",
      .indirect("Marco Rubio")),
    QuoteCase(
      "called on someone not to do something",
      officials + "Peskov called on ⟦Kyiv not to reject the proposal out of hand⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a two-word cue before that",
      officials + "Peskov pointed out ⟦that the talks had lasted four hours⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "urged to act names no one's request", talks + "The delegations were urged to act quickly."),
    QuoteCase(
      "urged with a noun only", officials + "Rubio urged restraint on both sides after the strike."),
    QuoteCase(
      "a relative that after the request is inside it",
      officials
        + "Peskov urged ⟦lawmakers to revive rules that require tax cuts to be offset⟧.",
      .indirect("Dmitry Peskov")),
  ]

  static let notColonSources: [QuoteCase] = [
    QuoteCase("a label of the page", officials + "Photo: Peskov arrives at the Kremlin on Monday."),
    QuoteCase(
      "a section heading in capitals",
      officials + "ENERGY: Benchmark crude oil fell 42 cents to $51.69 per barrel."),
    QuoteCase(
      "a heading in title case written once",
      officials + "Peace Efforts: The council has met twice since the spring to discuss it."),
    QuoteCase(
      "a topic, not a speaker",
      officials + "Frustration with police: The city has seen protests for a week."),
    QuoteCase(
      "what we know is no statement", officials + "Peskov: What we know about the talks so far."),
    QuoteCase(
      "an attribution with its cue keeps its speaker",
      officials + "The Washington Post said: \"⟦The talks will resume in the spring.⟧\"",
      .direct("The Washington Post")),
  ]

  @Test("reported speech with quoted words is mixed", arguments: mixed)
  func mixedQuotes(_ row: QuoteCase) throws {
    try QuoteFixture.check(row)
  }

  static let indirect: [QuoteCase] = [
    QuoteCase(
      "a worry reported with that, group speaker",
      "The mine changed hands on Friday.\n\nEnvironmental groups worry ⟦that the cost of reclaiming the mines could fall to taxpayers⟧.",
      .indirect("Environmental groups")),
    QuoteCase(
      "a hint reported with that",
      officials
        + "Peskov hinted ⟦that a second call could take place within days⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "after a sentence ending in an initialism (U.S.)",
      officials
        + "The delegations flew home from the U.S. The Kremlin spokesman said ⟦Moscow was ready to resume talks without preconditions⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "X said (bare clause)",
      officials + "Peskov said ⟦Moscow was ready to resume talks without preconditions⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "X said (bare clause with an irregular past tense)",
      pressSecretary
        + "Bennett said ⟦she saw the talks as a chance to reset relations with Moscow⟧.",
      .indirect("Laura Bennett")),
    QuoteCase(
      "X said that",
      officials + "Peskov said ⟦that Moscow was ready to resume talks without preconditions⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "X said on Monday that",
      officials + "Peskov said on Monday ⟦that no date had been set for the next round⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "X said earlier that",
      officials
        + "Peskov said earlier ⟦that President Vladimir Putin was open to a meeting⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "X said in an interview with … that",
      officials
        + "Rubio said in an interview with CBS News on Sunday ⟦that Washington would not wait forever⟧.",
      .indirect("Marco Rubio")),
    QuoteCase(
      "X stressed that",
      officials
        + "Peskov stressed ⟦that the Kremlin had not received any written proposal from Kyiv⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "X told CBS News (bare clause)",
      officials + "Rubio told CBS News ⟦the talks in Istanbul had not been a waste of time⟧.",
      .indirect("Marco Rubio")),
    QuoteCase(
      "X told reporters that",
      officials + "Rubio told reporters ⟦that progress was needed within days⟧.",
      .indirect("Marco Rubio")),
    QuoteCase(
      "according to X, …",
      officials + "According to Peskov, ⟦the Kremlin has not received any written proposal⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "…, according to X.",
      officials + "⟦The Kremlin has not received any written proposal⟧, according to Peskov.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "She emphasized that",
      pressSecretary
        + "She emphasized ⟦that both sides needed to return to the negotiating table⟧.",
      .indirect("Laura Bennett")),
    QuoteCase(
      "…, X said.",
      pressSecretary + "⟦Both sides need to return to the negotiating table⟧, Bennett said.",
      .indirect("Laura Bennett")),
    QuoteCase(
      "…, said X.",
      pressSecretary + "⟦Both sides need to return to the negotiating table⟧, said Bennett.",
      .indirect("Laura Bennett")),
    QuoteCase(
      "…, said X, role after the name",
      talks
        + "⟦Russia is committed to peace and positive progress⟧, said Kirill Dmitriev, head of the Russian Direct Investment Fund.",
      .indirect("Kirill Dmitriev")),
    QuoteCase(
      "…, role and name said, as reported by",
      talks
        + "⟦Washington is growing impatient with both sides⟧, White House Press Secretary Laura Bennett said, as reported by Reuters.",
      .indirect("Laura Bennett")),
    QuoteCase(
      "…, X said, the agency said",
      talks
        + "⟦Russia and the United States are keeping in contact⟧, Kremlin spokesman Dmitry Peskov said, TASS reported.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a role phrase as subject, that",
      officials
        + "The Kremlin spokesman said ⟦that there was no date for a summit yet⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "X had said that, sentence opener",
      officials
        + "Earlier, Peskov had said ⟦that the next round should take place in Istanbul⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "two statements in one sentence",
      officials
        + "Peskov said ⟦that Moscow was ready⟧, but Rubio said ⟦that Washington had heard such promises before⟧.",
      .indirect("Dmitry Peskov"), .indirect("Marco Rubio")),
    QuoteCase(
      "an attribution mid-sentence, the clause going on after it",
      officials
        + "⟦The talks made little progress⟧, Peskov said, ⟦but the sides will meet again in Istanbul⟧.",
      .indirect("Dmitry Peskov"), .indirect("Dmitry Peskov")),
    QuoteCase(
      "an attribution after an opening adverb, a pronoun going on after it",
      officials
        + "Too often, Peskov says, ⟦they talk past each other⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a participle after an attribution reports for the same speaker",
      officials
        + "⟦The talks made little progress⟧, Peskov said, adding ⟦that the sides would meet again in Istanbul⟧.",
      .indirect("Dmitry Peskov"), .indirect("Dmitry Peskov")),
    QuoteCase(
      "a participle after `said X,`",
      officials
        + "⟦The talks made little progress⟧, said Peskov, noting ⟦that the sides would meet again in Istanbul⟧.",
      .indirect("Dmitry Peskov"), .indirect("Dmitry Peskov")),
    QuoteCase(
      "a cue verb in a relative clause ends nothing",
      officials
        + "Peskov said ⟦that delegates who agreed to stay would meet again in Istanbul⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a phrase of the writer's after a mid-sentence attribution is not the speaker's",
      officials
        + "⟦The meeting lasted four hours⟧, Peskov said, raising hopes of a ceasefire before May.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a clause right after the cue keeps its own relative `that`",
      officials
        + "Peskov said ⟦he worked with foreign companies to form partnerships that would help trade⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "an opening phrase led by a preposition is not the subject of `and said`",
      officials
        + "In an interview with a radio station on Monday, Peskov praised the mediators and said ⟦he did not expect a deal soon⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a cue after a pronoun in a relative clause still reports",
      officials
        + "Peskov criticised the sanctions, which he said ⟦were aimed at ordinary people⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a participle with a clause of its own ends the statement before it",
      officials
        + "Peskov said ⟦the talks made little progress⟧, adding ⟦that the sides would meet again in Istanbul⟧.",
      .indirect("Dmitry Peskov"), .indirect("Dmitry Peskov")),
    QuoteCase(
      "a participle far from its cue has the speaker of the statement it ends",
      "The ferry timetable changes on Monday.\n\nTrade and Transport Minister Anna Berg said ⟦the ferries would not be forced to sail in storms longer than their crews wanted⟧, saying ⟦the new timetable was not a fixed one⟧.",
      .indirect("Anna Berg"), .indirect("Anna Berg")),
    QuoteCase(
      "a participle aside between a subject and its verb stays inside the statement",
      officials
        + "Peskov said ⟦the rebel commanders, saying they had been betrayed, had abandoned the talks⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "even though before a second attribution ends the statement, even left out",
      officials
        + "Peskov said ⟦the plan would work⟧ even though Rubio warned ⟦that the costs would grow⟧.",
      .indirect("Dmitry Peskov"), .indirect("Marco Rubio")),
    QuoteCase(
      "a participle without a clause stays inside the statement",
      officials
        + "Peskov said ⟦the ministry was growing, adding staff in every region⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a second speaker after though says their own part",
      officials
        + "Peskov said ⟦the budget for the talks was balanced⟧, though Rubio acknowledged ⟦that the costs would grow next year⟧.",
      .indirect("Dmitry Peskov"), .indirect("Marco Rubio")),
    QuoteCase(
      "a participle after a clause has the clause's subject",
      officials + "Peskov criticised the sanctions, saying ⟦they were aimed at ordinary people⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a participle after an infinitive cue has the subject of the cue before it",
      officials
        + "Peskov urged ⟦the envoys not to announce the talks⟧, saying ⟦it would harm the ceasefire⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a participle after declined to comment",
      officials + "Peskov declined to comment, saying ⟦it was up to the envoys to decide⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a progressive cue (is now saying)",
      officials + "Peskov is now saying ⟦that Moscow was ready to resume talks in Riyadh⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a short parenthesis after the speaker's name",
      talks
        + "Sen. David Perdue (R-Ga.) said ⟦he did not believe the remarks did any harm⟧.",
      .indirect("David Perdue")),
    QuoteCase(
      "a role word after an honorific is a surname",
      talks + "Mr. King said ⟦that he was not familiar with the rest of the bill⟧.",
      .indirect("King")),
    QuoteCase(
      "a title with its dot before a surname is no part of the name (Sen. Dole)",
      talks + "Robert Dole met the delegations. Sen. Dole said ⟦he would not raise taxes⟧.",
      .indirect("Robert Dole")),
    QuoteCase(
      "a title with its dot before a surname alone (Gov. Cuomo)",
      talks + "Gov. Cuomo said ⟦the state would not pay for the bridge⟧.",
      .indirect("Cuomo")),
    QuoteCase(
      "a title that may begin a surname stays in it (St. Germain)",
      talks + "Rep. St. Germain said ⟦the bill would pass⟧.",
      .indirect("St. Germain")),
    QuoteCase(
      "a surname with its prefix joins the full name met before (St. Germain)",
      talks
        + "Fernand St. Germain said ⟦the bill would pass⟧. St. Germain said ⟦the vote would be close⟧.",
      .indirect("Fernand St. Germain")),
    QuoteCase(
      "a surname's particles, more than one, stay in the name",
      talks + "Dutch Foreign Minister Hans van den Broek said ⟦the talks would resume⟧.",
      .indirect("Hans van den Broek")),
    QuoteCase(
      "particles are no words of a long name's last two",
      talks + "Philips chairman Cor van der Klugt said ⟦the figures were not yet available⟧.",
      .indirect("Cor van der Klugt")),
    QuoteCase(
      "a long name's last two never start at a particle",
      talks + "Oil Minister Suroor bin Sultan al-Dhahiri said ⟦output would not change⟧.",
      .indirect("Suroor bin Sultan al-Dhahiri")),
    QuoteCase(
      "an initial is no word of a long name's last two",
      talks
        + "Former Manhattan federal prosecutor Rudolph W. Giuliani said ⟦the case was closed⟧.",
      .indirect("Rudolph W. Giuliani")),
    QuoteCase(
      "a group described at a sentence's start is no one's name",
      "Pennzoil and Texaco met in a Houston court on Monday.\n\n"
        + "Attorneys for Pennzoil said ⟦the ruling was unfair⟧.",
      .indirect("Attorneys")),
    QuoteCase(
      "an abbreviation's dot inside a description does not end it",
      talks + "The St. Louis officials said ⟦the bridge would stay closed⟧.",
      .indirect("The St. Louis officials")),
    QuoteCase(
      "Jr. inside a company's name does not end it",
      talks + "Wm. Wrigley Jr. Co said ⟦it raised the wholesale price of its gum⟧.",
      .indirect("Wrigley Jr. Co")),
    QuoteCase(
      "a German company's name with und and its suffix is read whole",
      talks + "Kloeckner und Co KGaA said ⟦its profit fell by a fifth⟧.",
      .indirect("Kloeckner und Co KGaA")),
    QuoteCase(
      "A with a dot is an initial, not an article",
      talks + "Chemicals maker A. Schulman Inc said ⟦its profit rose by a fifth⟧.",
      .indirect("A. Schulman Inc")),
    QuoteCase(
      "a surname with its prefix counts as one word of a long name",
      talks
        + "House Banking Committee chairman Fernand St. Germain said ⟦the bill would pass⟧.",
      .indirect("Fernand St. Germain")),
    QuoteCase(
      "a document noun ending in -ing attributes (to its author, when named)",
      "A judge in Ohio heard the appeal of two delegates on Monday.\n\n"
        + "The ruling said ⟦that the two delegates had no standing to appeal⟧.",
      .indirect(nil)),
    QuoteCase(
      "the base form of a cue may be an adjective in a description",
      talks + "Federal and state officials said ⟦the two raised $350 million through the program⟧.",
      .indirect("state officials")),
    QuoteCase(
      "an -s verb after an adverb makes a bare clause",
      pressSecretary
        + "Bennett said ⟦the process often leaves legislators in the dark⟧.",
      .indirect("Laura Bennett")),
    QuoteCase(
      "a relative clause after a name reports for that name",
      officials + "Rubio met Peskov, who said ⟦Moscow was ready for a ceasefire⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a relative clause set off by commas ends at the next comma",
      officials + "Peskov, who says ⟦Moscow is ready for talks⟧, will fly to Istanbul on Friday.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a relative clause, then the main clause's own cue",
      officials
        + "Peskov, who said ⟦he was speaking for himself⟧, said ⟦the talks would resume in May⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a relative clause after a name and its apposition",
      talks
        + "The talks were praised by Kirill Dmitriev, head of the RDIF, who said ⟦investment would follow a deal⟧.",
      .indirect("Kirill Dmitriev")),
    QuoteCase(
      "a relative clause after a group",
      talks + "The delegations heard from local officials who said ⟦the talks had gone well⟧.",
      .indirect("local officials")),
    QuoteCase(
      "a relative clause before the cue: the phrase it follows speaks, someone not met before",
      officials + "A diplomat who asked not to be named said ⟦the talks would resume in May⟧.",
      .indirect("a diplomat")),
    QuoteCase(
      "after a connective alone, what was said follows the attribution",
      officials + "Still, Peskov says, ⟦the negative campaigning has dampened hopes for a deal⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a conjunction opening the speaker's description is the writer's",
      talks + "But the senior officials said ⟦the talks had gone well⟧.",
      .indirect("the senior officials")),
    QuoteCase(
      "a connective opening the speaker's description is the writer's",
      talks + "However the diplomats said ⟦the talks had gone well⟧.",
      .indirect("the diplomats")),
    QuoteCase(
      "a second cue joined by and reports on its own, with the first cue's speaker",
      officials
        + "Peskov said ⟦the delegation will fly home on Friday⟧, and added ⟦that a second round was likely⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a clause before that belongs to the first cue, not to the second",
      officials
        + "Rubio said ⟦the talks were useful⟧ and added ⟦that sanctions stay in place⟧.",
      .indirect("Marco Rubio")),
    QuoteCase(
      "a month before that is no auxiliary",
      officials + "Peskov said on May 22 ⟦that the talks would resume in June⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a clause before a that of its own is what was said, with the that clause",
      officials
        + "Rubio says ⟦no formal offer has been made but that the Kremlin had been sounded out⟧.",
      .indirect("Marco Rubio")),
    QuoteCase(
      "an adjunct after the attribution, then a participle clause of its own",
      officials
        + "⟦The ceasefire is a first step towards peace⟧, Peskov said Friday afternoon, adding ⟦that more talks would follow⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a participle after a cue and its adjunct has the cue's subject",
      officials
        + "Rubio spoke in a note to allies, adding ⟦that the sanctions would stay in place all year⟧.",
      .indirect("Marco Rubio")),
    QuoteCase(
      "a participle after a subject and a connective set off by commas",
      talks
        + "Another diplomat, however, described the mood as calm, adding ⟦that both sides wanted a deal⟧.",
      .indirect("Another diplomat")),
    QuoteCase(
      "an attribution inside a clause whose first part has no verb: the clause whole",
      officials + "⟦Acts of protest, Peskov said, are a matter for the courts⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a time between the subject and the cue",
      officials + "Peskov on Friday said ⟦the delegation would stay in Riyadh⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a clause opened by no and a verb",
      officials + "Rubio said ⟦no decision had been made about new sanctions⟧.",
      .indirect("Marco Rubio")),
    QuoteCase(
      "a clause whose only verb follows its subject pronoun",
      talks + "Several diplomats said ⟦they know which envoys to trust⟧.",
      .indirect("several diplomats")),
    QuoteCase(
      "a cue that reports only with that otherwise reports a clause opened by he or she",
      officials
        + "Peskov said ⟦the talks were useful⟧, and added ⟦he doesn't expect a deal this year⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a pronoun inside the clause stands for someone named before it, not its subject",
      talks
        + "The Kremlin issued a statement after the meeting. ⟦Washington, it said, was not ready for a deal⟧.",
      .indirect("Kremlin")),
    QuoteCase(
      "a cue word used as a noun after the attribution ends nothing",
      officials
        + "⟦Many of the protesters were young⟧, Rubio said, ⟦and they sat at a lunch counter⟧.",
      .indirect("Marco Rubio")),
    QuoteCase(
      "an attribution after an opening adverb: the clause after it",
      officials
        + "Too often, Rubio said, ⟦the debate over sanctions is stuck in old quarrels⟧.",
      .indirect("Marco Rubio")),
    QuoteCase(
      "an attribution after an opening conjunction: the clause after it",
      officials
        + "But, Rubio said, ⟦proposed tariffs would be dropped only if the talks went well⟧.",
      .indirect("Marco Rubio")),
    QuoteCase(
      "a cue word in a phrase after a possessive is a noun",
      talks
        + "Russia's state energy company told the buyers ⟦that gas supplies would be cut in July⟧.",
      .indirect("Russia's state energy company")),
    QuoteCase(
      "a party and state in brackets after the subject, an apposition after them",
      talks
        + "Rep. Dana Whitfield (D-Ore.), chair of the caucus fund, said ⟦members will help raise money for the campaign⟧.",
      .indirect("Dana Whitfield")),
    QuoteCase(
      "an apposition between dashes after the subject",
      talks
        + "Nora Kall -- co-editor of a book on the debates -- said ⟦the candidate tended to make announcements there⟧.",
      .indirect("Nora Kall")),
    QuoteCase(
      "an aside set off by commas after the reported clause's subject",
      talks
        + "Developers say ⟦the program, run by the housing department, has brought billions of dollars to poor areas⟧.",
      .indirect("Developers")),
    QuoteCase(
      "an adverb between the subject and the cue",
      talks
        + "Europeans especially say ⟦the proposed treaty will erode environmental standards⟧.",
      .indirect("Europeans")),
    QuoteCase(
      "according to a document, its author named after by",
      talks
        + "According to a new report by the Ardmore Gazette, ⟦party insiders are trying to mobilize voters in the north⟧.",
      .indirect("Ardmore Gazette")),
    QuoteCase(
      "according to a document nobody wrote in the text",
      talks
        + "According to a fund-raising document, ⟦the new hotel will offer 277 rooms to business travelers⟧.",
      .indirect("a fund-raising document")),
    QuoteCase(
      "a statement to come inside what a closing attribution reports is that attribution's",
      talks
        + "⟦Ardmore will tell its creditors it needs more time to pay⟧, Finance Secretary John Pettersen told reporters.",
      .indirect("John Pettersen")),
    QuoteCase(
      "a statement to come with no attribution closing the sentence is its subject's",
      talks + "Ardmore will tell its creditors ⟦that it needs more time⟧.",
      .indirect("Ardmore")),
    QuoteCase(
      "a statement to come before another speaker joined by and is its subject's",
      talks
        + "Ardmore will tell its creditors ⟦it needs more time⟧, and one dealer said ⟦the bank would agree to a short delay⟧.",
      .indirect("Ardmore"), .indirect("one dealer")),
    QuoteCase(
      "a name's word is no modal",
      talks + "Theresa May told parliament ⟦the talks would resume⟧, her spokesman said.",
      .indirect("Theresa May")),
    QuoteCase(
      "an and inside a title's of phrase joins the title's words, not two speakers",
      talks
        + "⟦Oil prices will stay firm into the third quarter⟧, Minister of Mines and Energy Halvor Pettersen told Reuters.",
      .indirect("Pettersen")),
    QuoteCase(
      "according to a document of an owner described: the owner, without its 's",
      talks
        + "⟦The dock workers will bargain for a first contract⟧, according to the union's Friday release.",
      .indirect("the union")),
    QuoteCase(
      "according to a document in -ing, its author named after by",
      talks + "⟦The delay is costly⟧, according to a court filing by Halvorsen Corp.",
      .indirect("Halvorsen Corp.")),
    QuoteCase(
      "according to someone described with a participle after them",
      talks
        + "⟦The party has about $3 million in ads reserved for the last month⟧, according to a strategist monitoring the race.",
      .indirect("a strategist")),
    QuoteCase(
      "according to a title in quotation marks: the title",
      talks
        + "⟦The envoy was paid $2 million by the firm⟧, according to \"Man of the World,\" a book by a former aide.",
      .indirect("Man of the World")),
    QuoteCase(
      "according to after an opening adjunct: the clause after it",
      talks
        + "By Sept. 30, according to Peskov, ⟦the delegations had met eleven times⟧.",
      .indirect("Peskov")),
    QuoteCase(
      "according to after a subject whose verb follows: the whole clause",
      talks
        + "⟦The harsh truth, according to Peskov, is that neither side trusts the other⟧.",
      .indirect("Peskov")),
    QuoteCase(
      "according to after a clause with its own attribution: that attribution speaks",
      officials
        + "Rubio said ⟦the talks would resume in April⟧, according to a transcript released by the ministry.",
      .indirect("Marco Rubio")),
    QuoteCase(
      "according to something named by someone: the one named after by",
      talks
        + "⟦Exports in January totalled 733,000 tonnes⟧, according to figures received by the Ardmore Sugar Council.",
      .indirect("Ardmore Sugar Council")),
    QuoteCase(
      "according to people named by someone: the people",
      talks
        + "⟦More firms will fall prey to buyers from abroad⟧, according to merger specialists polled by the Ardmore Gazette.",
      .indirect("merger specialists")),
    QuoteCase(
      "according to a source, then an attribution: the attribution speaks",
      talks
        + "⟦Orders placed in August rose 14.9 pct, according to a monthly survey of importers⟧, the Statistics Department said.",
      .indirect("Statistics Department")),
    QuoteCase(
      "according to in a clause a verb goes on with",
      talks
        + "⟦The delegates read the drafts on Thursday⟧, according to their aides, and said they had more questions than answers.",
      .indirect("their aides")),
    QuoteCase(
      "a possessive opens the subject's phrase, which runs to its verb",
      talks
        + "Ardmore's communist government raised food prices but said ⟦it had taken an economic risk⟧.",
      .indirect("Ardmore's communist government")),
    QuoteCase(
      "a possessive phrase before a participle",
      talks
        + "Ardmore's majority Christian Democrat party, saying ⟦the government is finished⟧, has withdrawn its ministers.",
      .indirect("Ardmore's majority Christian Democrat party")),
    QuoteCase(
      "WHO in capitals is the organisation, not a relative pronoun",
      talks + "⟦A funding gap still stood in the way of the vaccine drive⟧, the WHO said.",
      .indirect("WHO")),
    QuoteCase(
      "a participle right after an attribution reports the clause a pronoun opens",
      officials
        + "\"⟦We are ready to talk,⟧\" Peskov said, adding ⟦he would not travel to Ankara⟧.",
      .direct("Dmitry Peskov"), .indirect("Dmitry Peskov")),
    QuoteCase(
      "it and an auxiliary right after the cue open a clause",
      talks + "The ministry announced ⟦it had reached an agreement on grain exports⟧.",
      .indirect("ministry")),
    QuoteCase(
      "an and joining the objects of a group's qualifier",
      talks + "Experts on Iran and nuclear policy said ⟦the talks could change little⟧.",
      .indirect("Experts")),
    QuoteCase(
      "an -s form right after an attribution set off in a clause is its verb",
      officials + "⟦That approach, Peskov said, rewards patience over speed in every round⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a clause a conjunction opens after the attribution is the writer's",
      officials
        + "⟦The ruling is an insult to all voters⟧, the lawmakers said Friday, as they left the chamber.",
      .indirect("the lawmakers")),
    QuoteCase(
      "a clause whose singular subject takes an -s verb after said",
      officials
        + "Peskov said ⟦an internal review shows progress on all the prisoner exchange questions⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "a clause whose plural subject takes a verb without an ending",
      officials + "Peskov said ⟦the talks show progress on prisoner exchanges⟧.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "told after an apposition: the person before it speaks, not the one told",
      talks
        + "⟦The banks have an unfair advantage⟧, Oskar Lind, head of the Harbour Bankers Association, told Reuters.",
      .indirect("Oskar Lind")),
    QuoteCase(
      "told after a relative clause: the description before it speaks",
      talks
        + "⟦It would take a year to repair the pipeline⟧, the official, who did not want to be named, told Reuters.",
      .indirect("the official")),
    QuoteCase(
      "told with the people told after it closes the sentence",
      talks
        + "⟦The ministry should cut the rice price⟧, Arvo Tamm, director of the food agency, told reporters.",
      .indirect("Arvo Tamm")),
    QuoteCase(
      "told Reuters and what was said after an apposition",
      talks
        + "Arvo Tamm, the harbour's director, told Reuters ⟦the talks, which began in May, ended without agreement⟧.",
      .indirect("Arvo Tamm")),
    QuoteCase(
      "a statement ends before the attribution that closes the sentence, past a noun cue word",
      talks
        + "Trading stopped after the ministry said ⟦it would raise state aid to farmers, but prices are expected to recover⟧, one dealer said.",
      .indirect("ministry")),
    QuoteCase(
      "it after only words of time opens what a cue of it reports",
      talks + "The harbour authority announced Monday ⟦it was opening a new terminal in Tallinn⟧.",
      .indirect("harbour authority")),
    QuoteCase(
      "a cue joined by but to a clause without one has that clause's subject",
      talks
        + "Asked about the report, harbour director Arvo Tamm did not apologize, but said ⟦the delay was caused by the storm⟧.",
      .indirect("Arvo Tamm")),
    QuoteCase(
      "a negated cue reports nothing but ends the statement before it",
      officials + "Peskov said ⟦that Moscow was ready for talks⟧, but Rubio did not say when.",
      .indirect("Dmitry Peskov")),
    QuoteCase(
      "two cues joined by but are two statements",
      talks
        + "Arvo Tamm, the harbour's director, said ⟦the port would reopen in May⟧, but said ⟦costs could still rise⟧.",
      .indirect("Arvo Tamm")),
    QuoteCase(
      "a participle opening the sentence is no speaker",
      talks
        + "Questioned about the delay, harbour director Arvo Tamm did not apologize, but said ⟦the storm was to blame⟧.",
      .indirect("Arvo Tamm")),
    QuoteCase(
      "a document noun after a modifier heads the subject, not a cue of its own",
      port + "The annual harbour report said ⟦that the number of ships declined in the spring⟧.",
      .indirect("Tallinn Port Authority")),
    QuoteCase(
      "the bare form after a plural is a verb",
      talks + "The harbour pilots report ⟦that the channel is silting up⟧.",
      .indirect("The harbour pilots")),
    QuoteCase(
      "the -s form after a singular is a verb",
      talks + "The harbour authority reports ⟦that the channel is silting up⟧.",
      .indirect("The harbour authority")),
    QuoteCase(
      "a document noun before a past form heads the subject",
      port + "The survey report showed ⟦that the number of ships declined in the spring⟧.",
      .indirect("Tallinn Port Authority")),
    QuoteCase(
      "an adjective keeps its object after its own preposition",
      talks + "\"⟦The deal is off,⟧\" one trader away from the floor said.",
      .direct("one trader away from the floor")),
    QuoteCase(
      "an adjective keeps its object after the cue",
      talks + "\"⟦The deal is off,⟧\" said a source close to the delegation.",
      .direct("a source close to the delegation")),
    QuoteCase(
      "an adjunct naming a document between the cue and the clause",
      talks + "Arvo Tamm said in the harbour's annual report ⟦the port would reopen in May⟧.",
      .indirect("Arvo Tamm")),
    QuoteCase(
      "an adjunct whose noun is a participle between the cue and the clause",
      talks + "Arvo Tamm said at a meeting ⟦the port would reopen in May⟧.",
      .indirect("Arvo Tamm")),
    QuoteCase(
      "a long adjunct naming a document after the attribution",
      talks
        + "⟦The port would reopen in May⟧, Arvo Tamm said in the harbour's annual report on Baltic shipping routes.",
      .indirect("Arvo Tamm")),
    QuoteCase(
      "a name's number is not in its spelling: the -s form after it is a verb",
      talks + "The New York Times reports ⟦that the talks stalled⟧.",
      .indirect("New York Times")),
    QuoteCase(
      "a present form after a stranded preposition is a verb before that",
      talks + "Aid workers inside say ⟦that the camp is running out of water⟧.",
      .indirect("Aid workers")),
    QuoteCase(
      "a noun in -ly after a possessive pronoun is the subject, not an adverb",
      officials + "\"⟦He was a gentle soul,⟧\" his family said.",
      .direct("his family")),
    QuoteCase(
      "an adverb after the subject is no part of it",
      talks + "The delegates unanimously declared ⟦that the talks had failed⟧.",
      .indirect("The delegates")),
    QuoteCase(
      "a people after the is a subject: the base form after it is a verb",
      talks + "The Japanese think ⟦Baltic ports are now more competitive⟧.",
      .indirect("Japanese")),
    QuoteCase(
      "after a phrase a preposition leads, the verb agrees with the noun before it",
      talks + "Western diplomats in the region say ⟦Moscow was responsible⟧.",
      .indirect("Western diplomats")),
    QuoteCase(
      "an irregular plural agrees with the base form",
      talks + "The harbour men say ⟦traffic is recovering⟧.",
      .indirect("The harbour men")),
    QuoteCase(
      "an adjective with its object after the subject leaves the base form a verb",
      talks + "⟦The port will reopen in May⟧, people familiar with the matter say.",
      .indirect("people familiar with the matter")),
    QuoteCase(
      "a relative clause after the subject leaves the base form a verb",
      talks + "⟦The port will reopen in May⟧, people who attended the meeting say.",
      .indirect("people")),
    QuoteCase(
      "as and a past form tells nothing: the next he is the speaker before",
      talks
        + "Analyst Mark Fenton said ⟦the harbour's share may not be as a high as expected since ships were delayed⟧. \"⟦It is not over,⟧\" he said.",
      .indirect("Mark Fenton"), .direct("Mark Fenton")),
    QuoteCase(
      "a joined verb's subject led by a determiner runs through its nouns",
      port
        + "A senior ministry official welcomed the scheme and said ⟦it may encourage new lending to the port⟧.",
      .indirect("a senior ministry official")),
    QuoteCase(
      "a verb joined inside a relative clause set off by a comma is not the subject's",
      port
        + "The company markets toy kits, which shoot rays of light and tell you when you have hit someone."
    ),
    QuoteCase(
      "a relative clause closed by a dash leaves the joined verb the subject's",
      port
        + "Anthony Wilson tried to revive Factory - which lasted for 14 years - but conceded ⟦these efforts had been dismal⟧.",
      .indirect("Anthony Wilson")),
  ]

  /// A verb of evidence (`show`, `find`, `indicate`) reports what a document or a piece of
  /// evidence holds, with the document as its source.
  static let evidence: [QuoteCase] = [
    QuoteCase(
      "evidence by someone named with a capitalised evidence noun (Census): the one named",
      talks + "A report released Tuesday by the Census Bureau shows ⟦that incomes rose last year⟧.",
      .indirect("Census Bureau")),
    QuoteCase(
      "evidence from someone named: the one named",
      talks + "New numbers from the Labor Department show ⟦that incomes rose last year⟧.",
      .indirect("Labor Department")),
    QuoteCase(
      "what evidence shows in the present closes the sentence",
      talks + "⟦The envoy paid the fine in two instalments⟧, the emails show.",
      .indirect("the emails")),
    QuoteCase(
      "an infinitive after a cue in what evidence shows claims nothing",
      talks + "⟦The envoy agreed to pay the fine in two instalments⟧, the emails show.",
      .indirect("the emails")),
    QuoteCase(
      "a poll shows that",
      talks + "A new poll shows ⟦that most voters back the ceasefire plan⟧.",
      .indirect("a new poll")),
    QuoteCase(
      "records show, a bare clause",
      talks + "Court records show ⟦the company paid the fine in two instalments⟧.",
      .indirect("Court records")),
    QuoteCase(
      "the study has found that, a word between",
      talks
        + "The study has found ⟦that the harbour lost a third of its trade in one year⟧.",
      .indirect("The study")),
    QuoteCase(
      "what the figures show closes the sentence",
      talks + "⟦Exports fell for a third month in March⟧, official figures showed.",
      .indirect("official figures")),
    QuoteCase(
      "what evidence shows is a thing, up to a comma",
      talks + "Polls show ⟦a close contest in the port city⟧, where the vote is on Sunday.",
      .indirect("polls")),
    QuoteCase(
      "a number opens what evidence found",
      talks + "The study found ⟦31 cases of fraud among a million ballots⟧.",
      .indirect("The study")),
    QuoteCase(
      "a cue word read as a noun is nobody speaking",
      talks + "The survey found ⟦that the race was tight in the state⟧.",
      .indirect("The survey")),
    QuoteCase(
      "an evidence noun with words of its own after it",
      talks
        + "The latest opinion poll released Friday shows ⟦that the ruling party has lost its lead⟧.",
      .indirect("The latest opinion poll")),
    QuoteCase(
      "a piece of evidence opening a sentence alone is no name",
      port + "Footage shows ⟦that the ferry left the harbour before the storm⟧.",
      .indirect("footage")),
    QuoteCase(
      "an evidence noun with a relative clause of its own",
      port + "A 2014 study that appeared in the harbour journal found ⟦that trade had halved⟧.",
      .indirect("a 2014 study")),
    QuoteCase(
      "a number among the words after an evidence noun",
      port + "A study of 2,000 dock workers found ⟦that most had worked a double shift⟧.",
      .indirect("a study")),
    QuoteCase(
      "a cue inside what the evidence shows is no one else speaking",
      port + "Polls showed ⟦that few voters thought of the port as a priority⟧.",
      .indirect("polls")),
    QuoteCase(
      "a cue read as an adjective after a comma is no one else speaking",
      port
        + "The reports said ⟦that the city would be offered a five pct stake, up from an originally proposed three pct⟧.",
      .indirect("the reports")),
  ]

  /// `call for` reports what is demanded: its object.
  static let demands: [QuoteCase] = [
    QuoteCase(
      "called for and its object, up to a comma",
      talks + "The union called for ⟦a moratorium on new port fees⟧, which rose twice this year.",
      .indirect("The union")),
    QuoteCase(
      "has called for and a gerund",
      talks + "Lavrov has called for ⟦lifting the sanctions on Russian banks⟧.",
      .indirect("Lavrov")),
    QuoteCase(
      "a passive called for is no demand",
      talks + "Ovechkin was called for tripping early in the second period."),
    QuoteCase(
      "what a thing calls for is no demand",
      talks + "The new contract calls for shipments of grain to the port every month."),
  ]

  static let notEvidence: [QuoteCase] = [
    QuoteCase(
      "found with a person as subject",
      talks + "Police found the missing car near the harbour on Tuesday."),
    QuoteCase(
      "shares showed gains", talks + "Shares showed strong gains in early trading on Monday."),
    QuoteCase(
      "a document that is the object of another verb",
      talks + "Police searching the records of the firm found a gun in the office."),
    QuoteCase(
      "show as a noun in a role",
      talks
        + "Talk show host Jerry Springer, whose programme inspired the opera, has said ⟦he would not have written it⟧.",
      .indirect("Jerry Springer")),
    QuoteCase(
      "a document inside another attribution is the speaker's",
      talks
        + "⟦Sterling held firm as two polls showed that the ruling party had increased its lead⟧, dealers said.",
      .indirect("dealers")),
    QuoteCase(
      "an attribution inverted after a comma claims what the figures show",
      port
        + "⟦The figures show strong growth at the port, but the gains may not last⟧, said Mark Fenton, an analyst at Baltic Bank.",
      .indirect("Mark Fenton")),
    QuoteCase(
      "a piece of evidence that someone else in the sentence reports speaks for nobody",
      port + "⟦Latest harbour data suggest that trade has halved⟧, dealers said.",
      .indirect("dealers")),
    QuoteCase(
      "a capitalised evidence noun alone may be a company's short name, not a document",
      port + "Video said it has 7,000 shares of common stock outstanding."),
    QuoteCase(
      "a clause a subordinator opens is what the evidence shows, not someone else speaking",
      port + "Polls showed ⟦rising support for the port⟧, while only eight pct say they oppose it.",
      .indirect("polls")),
    QuoteCase(
      "a participle after a comma is the evidence's own",
      port + "Figures showed ⟦exports doubled, suggesting the port had recovered⟧.",
      .indirect("figures")),
    QuoteCase(
      "the noun a preposition's object modifies is the subject",
      port
        + "Results from a survey of 2,000 dock workers found ⟦that most had worked a double shift⟧.",
      .indirect("results")),
    QuoteCase(
      "the object of a preposition is no subject",
      port + "In a poll conducted for the harbour board showed the ruling party far ahead."),
    QuoteCase(
      "a gerund with its object is no speaker",
      port + "Naming the new port director said little about the plan's cost."),
    QuoteCase(
      "a quote beside what the figures show keeps the speaker before it",
      officials
        + "\"⟦We are ready to talk,⟧\" Peskov said. \"⟦Nothing has changed in our position since the spring.⟧\" The figures showed ⟦that trade between the two had halved⟧.",
      .direct("Dmitry Peskov"), .direct("Dmitry Peskov"), .indirect("The figures")),
  ]

  @Test("reported speech without quoted words is indirect", arguments: indirect)
  func indirectQuotes(_ row: QuoteCase) throws {
    try QuoteFixture.check(row)
  }

  static let notReported: [QuoteCase] = [
    QuoteCase(
      "passive said to be", talks + "An agreement on prisoner exchanges is said to be close."),
    QuoteCase("add with an object", talks + "Lavrov added a personal note to the letter."),
    QuoteCase(
      "a denial reports no clause without that",
      talks + "The ministry denied they jammed the phones of the delegations."),
    QuoteCase(
      "it after a cue and to is an object",
      talks + "The delegations agreed to make it easier for envoys to travel."),
    QuoteCase(
      "a participle with what is asked after it",
      talks + "Several of the clubs wrote to the council, asking the city to correct its figures."),
    QuoteCase(
      "a participle after a clause whose subject is no speaker",
      talks + "Oil prices fell sharply on Monday, adding to fears of a slowdown in Asia."),
    QuoteCase(
      "a progressive cue other than saying needs that",
      talks
        + "Several of the clubs are now writing Surrey City Council as it proceeds to its final approval."
    ),
    QuoteCase("announce an action", talks + "Rubio announced a new round of sanctions on Friday."),
    QuoteCase(
      "a negated cue reports nothing",
      talks + "Arvo Tamm did not say he would resign, and the ministry never said it would sell."),
    // NB: a guard.
    QuoteCase(
      "a cue negated before an adverb reports nothing",
      talks + "The ministry didn't publicly reveal how many ships it had sent to the port."),
    QuoteCase(
      "a participle with its agent is passive",
      talks + "The last song written by the band was released on a compilation on Friday."),
    QuoteCase(
      "told a story", talks + "Rubio told the story of his first visit to Moscow in detail."),
    QuoteCase("spoke with someone", talks + "Lavrov spoke with Rubio by phone for forty minutes."),
    QuoteCase(
      "state in a title is no verb",
      talks + "Secretary of State Marco Rubio arrived in Brussels on Thursday for a NATO meeting."),
    QuoteCase(
      "state in a title is no verb, two people",
      talks
        + "Kremlin spokesman Dmitry Peskov and US Secretary of State Marco Rubio commented on the talks."
    ),
    QuoteCase(
      "an attribution after a connective that ends the sentence reports nothing",
      talks + "Still, Peskov said, .\n\nStill, Peskov said,"),
    QuoteCase(
      "a plural noun after a connective is no attribution",
      talks
        + "Meanwhile, the holders of perpetual notes, most of whom are banks, must still find a buyer."
    ),
    QuoteCase(
      "a relative clause with a quoted title",
      talks
        + "Lavrov, who wrote the book \"Diplomacy and Power\" in 2019, arrived in Ankara on Monday."
    ),
    QuoteCase(
      "wrote a book with a title",
      talks + "Lavrov, who wrote the book \"Diplomacy and Power\", arrived in Ankara on Monday."),
    QuoteCase(
      "a cue word after a determiner is a noun",
      talks + "A final report is to be released in the spring after the last round of talks."),
    QuoteCase(
      "a cue word before a verb of its own is a noun",
      talks + "The yield on the ten-year Treasury note rose to 2.76 per cent from 2.73 per cent."),
    QuoteCase(
      "a cue word after a possessive and before a past form is a noun",
      talks + "The company's shares tumbled on Monday after the airline cut its forecast again."),
    QuoteCase(
      "than expected is no attribution",
      talks
        + "The weaker than expected jobs data had reduced expectations that the central bank will raise rates."
    ),
    QuoteCase(
      "a phrase ending in a connector is nobody",
      talks + "A basket of currencies said nothing about the state of trade in Asia."),
    QuoteCase(
      "an amount is nobody",
      talks + "Brent crude, used to price international oils, added 30 cents to $61.95 a barrel."),
    QuoteCase(
      "an impersonal it is nobody",
      talks + "It's believed about 500,000 prescriptions are dispensed each year in the province."),
    QuoteCase(
      "a noun ending in s after a cue other than say is its object",
      talks + "Traders expect a world cocoa surplus of 100,000 tonnes this year."),
    QuoteCase(
      "a noun after a cue set off by commas is no speaker",
      talks + "Rubio, the top US diplomat, noted the change in the interview last week."),
    QuoteCase(
      "a participle's pronoun after a preposition opens no clause",
      talks + "The film won more praise on Monday, adding to honours it has already picked up."),
    QuoteCase(
      "a time and a plural between the cue and a verb open no clause",
      talks + "Officials said on Monday troops killed the militants who had attacked the base."),
    QuoteCase(
      "a cue word after a preposition is a noun",
      talks + "A fall in note circulation will add some 300 million to the system today."),
    QuoteCase(
      "a cue word's plural after a plural determiner is a noun",
      talks + "The payment includes two promissory notes guaranteed by an affiliate of the buyer."
    ),
    QuoteCase(
      "a time is nobody",
      talks + "Most of that surplus, this year estimated at around 2.5 billion, will be repaid."),
    QuoteCase(
      "a cue's base form after a singular phrase is the noun that ends it",
      talks + "Estonia, a key state in Baltic shipping, is building a new harbour."),
    QuoteCase(
      "a cue's base form after a determiner and a nationality, before a noun, is a noun",
      talks + "The Estonian state shipping company bought two ferries on Monday."),
    QuoteCase(
      "a cue's base form after a nationality, before a noun, is a noun",
      talks + "Estonian state media carried the news of the talks on Monday."),
    QuoteCase(
      "a cue's base form after a singular phrase a preposition leads, after a singular noun",
      talks
        + "Arvo Tamm, as director of the regional state harbour authority, signed the lease on Monday."
    ),
    QuoteCase(
      "a phrase led by a preposition is nobody",
      talks
        + "And in the city's proposed budget, the approved debt is $316 million, well below the mayor's claim."
    ),
  ]

  static let notQuotedObjects: [QuoteCase] = [
    QuoteCase(
      "called without a quotation",
      talks + "Rubio called the meeting a success and flew home on Friday."),
    QuoteCase(
      "a name given in marks",
      talks + "The ministry withdrew a messaging app called \"Secure Line\" on Monday."),
    QuoteCase(
      "a nickname one calls oneself",
      talks + "The boxer from Kyiv calls herself \"The Lioness\" in every interview."),
    QuoteCase(
      "a call as a noun before a quotation",
      talks + "The phone call between the two men was described later as tense."),
  ]

  /// Each kind of cue beside `said` (`SpeechLexicon.CueVerb`): requests, a source and a
  /// colon, quoted objects, verbs of evidence, demands; and the look-alikes that report
  /// nothing.
  @Test(
    "requests, colon sources, quoted objects, evidence and demands report what they hold, and only that",
    arguments: requests + colonSources + notColonSources + quotedObjects + notQuotedObjects
      + evidence + notEvidence + demands)
  func otherCues(_ row: QuoteCase) throws {
    try QuoteFixture.check(row)
  }

  @Test("verbs of saying used otherwise report nothing", arguments: notReported)
  func notReportedSpeech(_ row: QuoteCase) throws {
    try QuoteFixture.check(row)
  }
}
