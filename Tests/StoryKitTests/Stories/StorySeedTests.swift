import StoryKit
import StorylineResources
import Testing

/// The five seed articles: the April 27 call between Lavrov and Rubio told by two outlets, and
/// the later calls of mid-May and late May.
@Suite("Stories: the seed articles")
struct StorySeedTests {
  /// The stories of the bundled sample, and each seed's story by its three-digit prefix.
  static func stories() throws -> (stories: [Story], storyOf: [String: Story]) {
    let sample = try #require(BundledResources.sampleCorpus)
    let articles = try ArticleLoader().load(paths: [sample.path]).articles
    let stories = try StoryCatalog.stories(
      of: articles, duplicates: DuplicateDetector().groups(articles),
      quotes: QuoteAnalysis.analyse(articles))
    var storyOf: [String: Story] = [:]
    for story in stories {
      for article in story.articles { storyOf[String(article.rawValue.prefix(3))] = story }
    }
    return (stories, storyOf)
  }

  @Test("000 and 001 report the same April call: one story")
  func aprilCall() throws {
    let (_, storyOf) = try Self.stories()
    let story = try #require(storyOf["000"])
    #expect(storyOf["001"]?.id == story.id)
    #expect(story.firstDate?.date.description == "2025-04-28")
    #expect(story.speakers.contains("Sergei Lavrov"))
  }

  @Test("002 and 004 are later calls: stories of their own, not dated by the days they mention")
  func laterCalls() throws {
    let (_, storyOf) = try Self.stories()
    let april = try #require(storyOf["000"])
    let midMay = try #require(storyOf["004"])
    let lateMay = try #require(storyOf["002"])
    #expect(Set([april.id, midMay.id, lateMay.id]).count == 3)
    // 004 mentions "the negotiations that took place on May 16", 002 talks "on June 2" still
    // to come: events, not publication dates; neither says when it was published.
    #expect(midMay.firstDate == nil)
    #expect(lateMay.firstDate == nil)
  }

  @Test("the three calls are one thread: their stories are linked")
  func thread() throws {
    let (_, storyOf) = try Self.stories()
    let calls = try ["000", "004", "002"].map { try #require(storyOf[$0]) }
    for story in calls {
      let others = Set(calls.map(\.id)).subtracting([story.id])
      #expect(others.isSubset(of: Set(story.related)))
    }
  }
}
