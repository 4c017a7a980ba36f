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
