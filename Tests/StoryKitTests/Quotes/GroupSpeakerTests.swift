import StoryKit
import Testing

/// People described without names are one group speaker, marked as a group, never a person:
/// `analysts`, `officials`, `police`; one unnamed person (`a spokesman`) is described; a
/// document with no author named (`official figures`) is a document.
@Suite("Quote extraction: group speakers")
struct GroupSpeakerTests {
  static let lead =
    "Shares in Halvorsen Telekom rose 4% on Tuesday after the firm reported record profits.\n\n"

  @Test(
    "a plural or collective description is a group; one unnamed person is described; a document is a document",
    arguments: [
      (
        sentence: "Analysts said the results were better than expected.", speaker: "Analysts",
        kind: SpeakerKind.group
      ),
      (
        sentence: "Police said the offices had been searched twice.", speaker: "Police",
        kind: .group
      ),
      (
        sentence: "Officials said the sale would be completed in May.", speaker: "Officials",
        kind: .group
      ),
      (
        sentence: "The sale will not be completed by May, F.B.I. officials said.",
        speaker: "F.B.I. officials", kind: .group
      ),
      (
        sentence: "A spokesman said the sale would be completed in May.", speaker: "a spokesman",
        kind: .described
      ),
      (
        sentence:
          "A person familiar with the negotiations said the sale would be completed in May.",
        speaker: "a person familiar with the negotiations", kind: .described
      ),
      (
        sentence: "Official figures showed the firm's exports had doubled in a year.",
        speaker: "Official figures", kind: .document
      ),
      (
        sentence: "The firm's accounts were in order, tests revealed.", speaker: "tests",
        kind: .document
      ),
      (
        sentence: "A new survey found that most of its customers would stay.",
        speaker: "a new survey", kind: .document
      ),
    ])
  func groups(sentence: String, speaker: String, kind: SpeakerKind) throws {
    let found = try QuoteFixture.onlyQuote(in: Self.lead + sentence)
    #expect(found.quote.speaker == speaker)
    #expect(found.speakers.first { $0.name == speaker }?.kind == kind)
  }
}

/// `The spokesman said` after a mention of the person he speaks for is the spokesman.
@Suite("Quote extraction: who speaks for whom")
struct ProxySpeakerTests {
  @Test(
    "a definite spokesman or aide is not the person just mentioned; a definite epithet is",
    arguments: [
      (
        text:
          "President Ronald Reagan met the Soviet envoy on Monday.\n\n\"We are pleased with the talks,\" the spokesman said.",
        speaker: "the spokesman"
      ),
      (
        text:
          "President Ronald Reagan met the Soviet envoy on Monday.\n\n\"We are pleased with the talks,\" the aide said.",
        speaker: "the aide"
      ),
      (
        text:
          "Defenceman Jake Ortiz scored twice on Monday.\n\n\"It was a good night,\" the rookie defenceman said.",
        speaker: "Jake Ortiz"
      ),
    ])
  func proxies(text: String, speaker: String) throws {
    let quote = try QuoteFixture.onlyQuote(in: text).quote
    #expect(quote.speaker?.lowercased() == speaker.lowercased())
  }
}

/// A group is never the one person a role of theirs fits, nor one of their roles: `the
/// officials` after two officials are named, `Finance Ministry officials` in the minister's
/// article, `officials travelling with` a minister.
@Suite("Quote extraction: groups are not people")
struct GroupNotPersonTests {
  @Test(
    "a plural description names the group, not the person mentioned before it",
    arguments: [
      (
        text:
          "Treasury Secretary Hal Brenner and budget chief Ona Ruiz defended the plan to sell the reserves.\n\nIn response to questions from a committee member, the officials said the plan would cut the deficit.",
        speaker: "the officials"
      ),
      (
        text:
          "Finance Minister Aldo Ferri will meet his counterparts in Rome on Friday.\n\nFinance Ministry officials said the meeting would cover exchange rates.",
        speaker: "Finance Ministry officials"
      ),
      (
        text:
          "The dollar opened easier on Tuesday.\n\nJapanese officials travelling with Finance Minister Kenji Arata told reporters the ministers would meet today.",
        speaker: "Japanese officials"
      ),
      (
        text:
          "Defence lawyer Reid Walton filed the appeal on Monday.\n\nDefence lawyers said the evidence had been gathered unlawfully.",
        speaker: "Defence lawyers"
      ),
      (
        text:
          "Chairman Clive Jobbs presented the results on Monday.\n\nChairman Clive Jobbs said in the annual report the mine would mill more ore this year.",
        speaker: "Clive Jobbs"
      ),
    ])
  func groupsStayGroups(text: String, speaker: String) throws {
    let quote = try QuoteFixture.onlyQuote(in: text).quote
    #expect(quote.speaker?.lowercased() == speaker.lowercased())
  }

  @Test("a plural noun before a name is no role of that person")
  func pluralIsNoRole() throws {
    let found = try QuoteFixture.onlyQuote(
      in:
        "The talks ended on Sunday.\n\nAfter talks between Japanese and British officials Lawson told reporters \"we have achieved our objective.\""
    )
    #expect(found.quote.speaker == "Lawson")
    let lawson = try #require(found.speakers.first { $0.name == "Lawson" })
    #expect(!lawson.roles.contains { $0.lowercased().contains("officials") })
  }
}
