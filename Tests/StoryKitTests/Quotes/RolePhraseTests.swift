import Testing

@testable import StoryKit

/// What may stand before a name as its role: a short noun phrase with a role word; never a
/// piece of the sentence, nor another person named before `and`.
@Suite("Roles: the words before a name")
struct RolePhraseTests {
  @Test(
    "a role is a noun phrase holding a role word, with no other person's name before and",
    arguments: [
      (words: "Defense Secretary", isRole: true),
      (words: "Russian Foreign Minister", isRole: true),
      // A firm named after a person keeps its analyst's role.
      (words: "Dean Witter analyst", isRole: true),
      (words: "Phillips and Drew analyst", isRole: true),
      (words: "Morgan Stanley and Co analyst", isRole: true),
      (words: "Secretary of State George Shultz and Defense Secretary", isRole: false),
      (words: "chairman William Schreyer and president", isRole: false),
      (words: "However Baker and", isRole: false),
      (words: "Last Friday", isRole: false),
    ])
  func role(words: String, isRole: Bool) throws {
    let text = QuoteText(
      article: try QuoteFixture.article(words), lexicon: try QuoteFixture.extractor.get().lexicon)
    #expect(RolePhrase.isRole(text.tokens, 0..<text.tokens.count) == isRole)
  }
}

/// A portfolio of two words joined by `and` before a title (`Trade and Industry Secretary`)
/// is one role, as it is after the cue; another person named before `and` is not.
@Suite("Roles: a portfolio joined by and before a title")
struct PortfolioRoleTests {
  @Test(
    "the speaker's role holds the whole portfolio, whichever side of the cue it stands",
    arguments: [
      (
        text: "Trade and Transport Minister Anna Berg said the ferries would sail on Monday.",
        speaker: "Anna Berg", role: "Trade and Transport Minister"
      ),
      (
        text: "Health and Human Services Secretary Alex Moreno said the program would grow.",
        speaker: "Alex Moreno", role: "Health and Human Services Secretary"
      ),
      (
        text: "\"The ferries will sail on Monday,\" said Fisheries and Oceans Minister Anna Berg.",
        speaker: "Anna Berg", role: "Fisheries and Oceans Minister"
      ),
      (
        text: "John Smith and Foreign Minister Anna Berg said the ferries would sail on Monday.",
        speaker: "Anna Berg", role: "Foreign Minister"
      ),
    ])
  func portfolio(text: String, speaker: String, role: String) throws {
    let article = try QuoteFixture.article("The cabinet met on Monday.\n\n" + text)
    let result = try QuoteFixture.extractor.get().extract(from: article)
    let found = result.speakers.first { $0.name == speaker }
    #expect(found?.roles.contains(role) == true, "roles: \(found?.roles ?? [])")
    #expect(result.quotes.allSatisfy { $0.speaker == speaker })
  }
}
