import StoryKit
import Testing

/// Quotations across paragraphs: quotes of several paragraphs, marks that never close, and a
/// paragraph ending in a colon that introduces the quotation below it.
@Suite("Quote extraction: quotations across paragraphs")
struct QuoteExtractionParagraphTests {
  static let budget =
    "Finance Minister Maria Hofer presented next year's budget to parliament on Tuesday.\n\n"
  static let lavrov =
    "Russian Foreign Minister Sergei Lavrov spoke to reporters in Moscow on Tuesday.\n\n"

  static let multiParagraph: [QuoteCase] = [
    QuoteCase(
      "three paragraphs, attribution in the last",
      budget + """
        "⟦We have cut spending in every ministry, including my own.⟧

        "⟦Nobody likes these decisions, but the alternative would be far worse.⟧

        "⟦We owe it to the next generation to get this right,⟧" Hofer said.

        The opposition called the budget reckless and vowed to vote against it.
        """,
      .direct("Maria Hofer")),
    QuoteCase(
      "three paragraphs, attribution in the first",
      budget + """
        "⟦We have cut spending in every ministry, including my own,⟧" Hofer said. "⟦Nobody likes these decisions.⟧

        "⟦But the alternative would be far worse.⟧

        "⟦We owe it to the next generation to get this right.⟧"

        The opposition called the budget reckless and vowed to vote against it.
        """,
      .direct("Maria Hofer")),
    QuoteCase(
      "curly marks, introduced by a colon",
      budget + """
        Hofer told lawmakers:

        “⟦We have cut spending in every ministry, including my own.⟧

        “⟦Nobody likes these decisions, but the alternative would be far worse.⟧”

        The opposition called the budget reckless and vowed to vote against it.
        """,
      .direct("Maria Hofer")),
    QuoteCase(
      "a pronoun attribution in the last paragraph",
      budget + """
        Hofer defended the cuts in a long speech.

        “⟦We have cut spending in every ministry, including my own.⟧

        “⟦Nobody likes these decisions,⟧” she said.
        """,
      .direct("Maria Hofer")),
  ]

  @Test("a quote over several paragraphs gives one quote per paragraph", arguments: multiParagraph)
  func quotesOverParagraphs(_ row: QuoteCase) throws {
    try QuoteFixture.check(row)
  }

  static let unclosed: [QuoteCase] = [
    QuoteCase(
      "ends at a cue-first attribution with a role phrase",
      lavrov + """
        "⟦So the talks can go on, but the shelling of our cities should stop⟧, stated the Russian Foreign Minister.

        The ministry later published a transcript of the briefing on its website.
        """,
      .direct("Sergei Lavrov", unclosed: true)),
    QuoteCase(
      "ends at a name-first attribution",
      lavrov + """
        "⟦We are ready for a ceasefire, but not for a trap⟧, Lavrov said.

        The ministry later published a transcript of the briefing on its website.
        """,
      .direct("Sergei Lavrov", unclosed: true)),
    QuoteCase(
      "ends at the attribution, the paragraph goes on",
      lavrov + """
        “⟦We never target civilian sites⟧, Lavrov said. He then accused Kyiv of hiding weapons in schools.

        The ministry later published a transcript of the briefing on its website.
        """,
      .direct("Sergei Lavrov", unclosed: true)),
    QuoteCase(
      "without attribution, ends with its paragraph",
      """
      Russian Foreign Minister Sergei Lavrov told reporters in Moscow on Tuesday ⟦that the talks had stalled⟧.

      "⟦We never target civilian sites. Our army strikes only military goals.⟧

      Ukrainian officials rejected the claim and published photographs of a damaged school.
      """,
      .indirect("Sergei Lavrov"), .direct("Sergei Lavrov", unclosed: true)),
    QuoteCase(
      "ends at its attribution although the next paragraph opens a quotation",
      lavrov + """
        "⟦We never target civilian sites⟧, Lavrov said.

        "⟦Our army strikes only military goals,⟧" he added.
        """,
      .direct("Sergei Lavrov", unclosed: true), .direct("Sergei Lavrov")),
  ]

  @Test(
    "an opening mark that never closes ends at its attribution or its paragraph",
    arguments: unclosed)
  func unclosedQuotes(_ row: QuoteCase) throws {
    try QuoteFixture.check(row)
  }

  static let colonIntroduction: [QuoteCase] = [
    QuoteCase(
      "role and name, cue and a phrase before the colon",
      """
      Moscow announced a three-day truce for the holidays on Monday.

      In response, Ukrainian Foreign Minister Andriy Sibiha wrote on social media platform X:

      "⟦Why wait until the holidays? If the guns can fall silent then, they can fall silent today.⟧"
      """,
      .direct("Andriy Sibiha")),
    QuoteCase(
      "a surname and curly marks",
      """
      Ukrainian Foreign Minister Andriy Sibiha visited Warsaw on Thursday.

      Asked about the truce, Sibiha said:

      “⟦A ceasefire for three days is a show, not a peace plan.⟧”
      """,
      .direct("Andriy Sibiha")),
    QuoteCase(
      "an organisation",
      """
      The Russian Foreign Ministry published a readout of the call on Sunday.

      The ministry said in a statement:

      "⟦The parties agreed to keep working channels open at every level.⟧"
      """,
      .direct("Russian Foreign Ministry")),
  ]

  @Test("a colon ending a paragraph introduces the quotation below", arguments: colonIntroduction)
  func colonIntroductions(_ row: QuoteCase) throws {
    try QuoteFixture.check(row)
  }
}
