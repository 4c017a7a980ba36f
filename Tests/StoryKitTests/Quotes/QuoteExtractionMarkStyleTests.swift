import StoryKit
import Testing

/// Every style of quotation mark, apostrophes inside quotations, quotes within quotes, and
/// ASCII marks paired with curly ones: each quotation is one direct quote, marks excluded.
@Suite("Quote extraction: quotation mark styles")
struct QuoteExtractionMarkStyleTests {
  static let ministers =
    "Russian Foreign Minister Sergei Lavrov spoke at a forum in Moscow on Monday. Ukrainian Foreign Minister Andriy Sibiha spoke in Kyiv.\n\n"
  static let spokeswoman =
    "European Commission spokeswoman Anna Keller briefed reporters in Brussels on Tuesday.\n\n"
  static let spokesman =
    "Kremlin spokesman Dmitry Peskov spoke to reporters in Moscow on Tuesday.\n\n"

  static let styles: [QuoteCase] = [
    QuoteCase(
      "curly double “…”",
      ministers + "“⟦We are ready to talk, but not under pressure,⟧” Lavrov said.",
      .direct("Sergei Lavrov")),
    QuoteCase(
      "ASCII double \"…\"",
      ministers + "\"⟦Nobody in Moscow wants this conflict to drag on,⟧\" Lavrov said.",
      .direct("Sergei Lavrov")),
    QuoteCase(
      "German „…“",
      ministers + "„⟦Our proposals are on the table, and they are serious,⟧“ Lavrov said.",
      .direct("Sergei Lavrov")),
    QuoteCase(
      "low-high „…\"",
      ministers + "„⟦The next round should take place in Istanbul,⟧\" Lavrov said.",
      .direct("Sergei Lavrov")),
    QuoteCase(
      "Polish „…”",
      ministers + "„⟦Kyiv has received nothing in writing,⟧” Sibiha said.",
      .direct("Andriy Sibiha")),
    QuoteCase(
      "guillemets «…»",
      ministers + "«⟦We will respond to any provocation,⟧» Lavrov said.",
      .direct("Sergei Lavrov")),
    QuoteCase(
      "guillemets with inner spaces « … »",
      ministers + "« ⟦We will respond to any provocation,⟧ » Lavrov said.",
      .direct("Sergei Lavrov")),
    QuoteCase(
      "reversed guillemets »…«",
      ministers + "»⟦We will respond to any provocation,⟧« Lavrov said.",
      .direct("Sergei Lavrov")),
    QuoteCase(
      "single guillemets ‹…›",
      ministers + "‹⟦Kyiv will not trade land for promises,⟧› Sibiha said.",
      .direct("Andriy Sibiha")),
    QuoteCase(
      "curly single ‘…’ at a sentence start",
      ministers + "‘⟦We will not be intimidated by anyone,⟧’ Sibiha said.",
      .direct("Andriy Sibiha")),
    QuoteCase(
      "ASCII single '…' at a sentence start",
      ministers + "'⟦Talks are the only way out of this war,⟧' Lavrov said.",
      .direct("Sergei Lavrov")),
    QuoteCase(
      "curly single ‘…’ as a headline-style lead",
      ministers
        + "‘⟦They treated us like hostages⟧’: Sibiha describes the fate of prisoners of war in Russian custody.",
      .direct("Andriy Sibiha")),
    QuoteCase(
      "doubled apostrophes ''…'' of archive text",
      ministers + "''⟦We are ready to talk, but not under pressure,⟧'' said Lavrov.",
      .direct("Sergei Lavrov")),
    QuoteCase(
      "doubled apostrophes with a contraction and an apostrophe written twice inside",
      ministers + "''⟦It's the ministry''s offer, and it's not new,⟧'' Sibiha said.",
      .direct("Andriy Sibiha")),
    QuoteCase(
      "grave accents opening ``…''",
      ministers + "``⟦Our proposals are on the table,⟧'' Lavrov said.",
      .direct("Sergei Lavrov")),
    QuoteCase(
      "curly double after a colon",
      ministers + "Lavrov said: “⟦Our position has not changed.⟧”",
      .direct("Sergei Lavrov")),
    QuoteCase(
      "guillemets after a colon",
      ministers + "Lavrov said: «⟦Our position has not changed.⟧»",
      .direct("Sergei Lavrov")),
    QuoteCase(
      "curly single after a colon",
      ministers + "Sibiha said: ‘⟦Our position has not changed either.⟧’",
      .direct("Andriy Sibiha")),
  ]

  @Test("each mark style is a direct quote", arguments: styles)
  func markStyles(_ row: QuoteCase) throws {
    try QuoteFixture.check(row)
  }

  static let apostrophes: [QuoteCase] = [
    QuoteCase(
      "possessive and contraction inside curly double",
      ministers + "“⟦Lavrov's offer is not serious, and it's not new,⟧” Sibiha said.",
      .direct("Andriy Sibiha")),
    QuoteCase(
      "typographic apostrophes inside curly double",
      ministers + "“⟦Lavrov’s offer is not serious, and it’s not new,⟧” Sibiha said.",
      .direct("Andriy Sibiha")),
    QuoteCase(
      "decade apostrophe inside ASCII double",
      ministers + "\"⟦We have not seen shelling like this since the '90s,⟧\" Sibiha said.",
      .direct("Andriy Sibiha")),
    QuoteCase(
      "contraction inside ASCII single",
      ministers + "'⟦It's a trap, and everyone in Kyiv knows it,⟧' Sibiha said.",
      .direct("Andriy Sibiha")),
    QuoteCase(
      "possessive inside curly single",
      ministers + "‘⟦Lavrov's promises mean nothing to us,⟧’ Sibiha said.",
      .direct("Andriy Sibiha")),
    QuoteCase(
      "plural possessive inside ASCII single",
      ministers + "'⟦The ministers' meeting achieved nothing at all,⟧' Sibiha said.",
      .direct("Andriy Sibiha")),
    QuoteCase(
      "typographic decade and contraction inside curly single",
      ministers
        + "‘⟦We are not in the ’90s any more, and it’s time Moscow understood that,⟧’ Sibiha said.",
      .direct("Andriy Sibiha")),
  ]

  @Test("apostrophes do not break a quotation", arguments: apostrophes)
  func apostrophesInside(_ row: QuoteCase) throws {
    try QuoteFixture.check(row)
  }

  static let nested: [QuoteCase] = [
    QuoteCase(
      "ASCII single inside ASCII double, pronoun speaker",
      spokeswoman + "\"⟦He said 'no' twice and walked out of the room,⟧\" she said.",
      .direct("Anna Keller")),
    QuoteCase(
      "curly single inside curly double",
      spokeswoman + "“⟦The minister told us ‘not now’ and hung up,⟧” Keller said.",
      .direct("Anna Keller")),
    QuoteCase(
      "the inner quotation ends the outer one",
      spokeswoman + "\"⟦Everyone in Brussels keeps asking 'why now?'⟧\" Keller said.",
      .direct("Anna Keller")),
    QuoteCase(
      "the inner quotation opens the outer one",
      spokeswoman + "\"⟦'Never again' is what we promised in 1945,⟧\" Keller said.",
      .direct("Anna Keller")),
    QuoteCase(
      "curly double inside guillemets",
      spokeswoman + "«⟦He called the plan “a dead end” and left the talks,⟧» Keller said.",
      .direct("Anna Keller")),
    QuoteCase(
      "a quoted cue inside the quotation is not reported speech",
      spokeswoman
        + "\"⟦The Hungarian envoy said 'we will block it' and the room went quiet,⟧\" Keller said.",
      .direct("Anna Keller")),
  ]

  @Test("a quote within a quote is one direct quote", arguments: nested)
  func nestedQuotes(_ row: QuoteCase) throws {
    try QuoteFixture.check(row)
  }

  static let mixedPairs: [QuoteCase] = [
    QuoteCase(
      "ASCII open, curly close, pronoun speaker",
      spokesman + "\"⟦We are exchanging information through the usual channels,⟧” he explained.",
      .direct("Dmitry Peskov")),
    QuoteCase(
      "curly open, ASCII close",
      spokesman + "“⟦There is no date for the next round yet,⟧\" Peskov said.",
      .direct("Dmitry Peskov")),
    QuoteCase(
      "ASCII open, curly close after a colon",
      spokesman + "Peskov said: \"⟦The contacts continue at the expert level.⟧”",
      .direct("Dmitry Peskov")),
    QuoteCase(
      "two quotations, each with a mixed pair",
      spokesman
        + "\"⟦The contacts continue,⟧” Peskov said. “⟦But there is nothing to announce yet.⟧\"",
      .direct("Dmitry Peskov")),
  ]

  @Test("ASCII and curly marks pair with each other", arguments: mixedPairs)
  func mixedPairsOfMarks(_ row: QuoteCase) throws {
    try QuoteFixture.check(row)
  }
}
