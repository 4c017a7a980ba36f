import StoryKit
import Testing

/// Words in quotation marks that nobody said: titles of works, scare quotes, nicknames; and
/// apostrophes that are no quotation marks at all. Rows without marks expect no quote at all.
@Suite("Quote extraction: quotation marks that quote nobody")
struct QuoteExtractionNegativeTests {
  static let lead = "The festival opened in Venice on Friday.\n\n"

  static let negatives: [QuoteCase] = [
    QuoteCase(
      "a film title",
      lead + "The jury chose the film \"The Last Tycoon\" for the closing night."),
    QuoteCase(
      "a film title in curly marks",
      lead + "Critics praised the film “The Last Tycoon” for its restraint and its score."),
    QuoteCase(
      "a book title after her",
      lead + "Her book \"A Long Way Home\" sold more than a million copies in its first year."),
    QuoteCase(
      "a book title in guillemets",
      lead + "The director adapted the novel «A Long Way Home» for the screen."),
    QuoteCase(
      "a song title",
      lead + "The orchestra played \"Bohemian Rhapsody\" twice before the screening began."),
    QuoteCase(
      "a scare-quoted word after so-called",
      lead + "The government defended the so-called \"reform\" of the film subsidies."),
    QuoteCase(
      "a scare-quoted phrase without a speaker",
      lead + "The new rules, a \"temporary measure\" introduced in March, remain in force."),
    QuoteCase(
      "a nickname",
      lead + "Dwayne \"The Rock\" Johnson walked the red carpet with his daughters."),
    QuoteCase(
      "a nickname in curly single marks",
      lead + "Former boxer Mike ‘Iron Mike’ Tyson arrived late and left early."),
    QuoteCase(
      "a newspaper name",
      lead + "The interview was first published by \"Kommersant\" on Monday."),
    QuoteCase(
      "apostrophes only",
      lead + "It's the ministers' decision, and in the end it's Lavrov's call, as in the '90s."),
    QuoteCase(
      "typographic apostrophes only",
      lead + "It’s the ministers’ decision, and in the end it’s Lavrov’s call, as in the ’90s."),
    QuoteCase(
      "single-quoted titles at a sentence start",
      lead + "‘Oppenheimer’ and ‘Barbie’ dominated the box office that summer."),
    QuoteCase(
      "a nickname next to a real statement",
      lead + "Dwayne \"The Rock\" Johnson said ⟦that he would host the ceremony next year⟧.",
      .indirect("Dwayne Johnson")),
  ]

  @Test("titles, scare quotes, nicknames and apostrophes are no quotes", arguments: negatives)
  func noQuote(_ row: QuoteCase) throws {
    try QuoteFixture.check(row)
  }
}
