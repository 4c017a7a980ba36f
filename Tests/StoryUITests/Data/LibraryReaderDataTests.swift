import StoryKit
import StoryUI
import Testing

/// The library adapter gives the same answers whether its bulk lookups (summaries, duplicate
/// groups) were read beforehand or not.
@Suite struct LibraryReaderDataTests {
  @Test(arguments: ["sample", "copies", "edits"])
  func preparedLookupsChangeNoAnswer(_ fixture: String) throws {
    func make() throws -> LibraryReaderData {
      switch fixture {
      case "copies": try ReaderFixture.copies()
      case "edits": try ReaderFixture.edits()
      default: try ReaderFixture.sample()
      }
    }
    let plain = try make()
    // NB: the same library, a second adapter with lookups of its own.
    let prepared = LibraryReaderData(library: plain.library, name: plain.name)
    try prepared.prepareLookups()
    let stories = try plain.stories(order: .newest, offset: 0, limit: 100)
    #expect(!stories.isEmpty)
    for item in stories {
      let expected = try plain.story(item.heading.id)
      #expect(try prepared.story(item.heading.id) == expected)
      for member in expected?.members ?? [] {
        #expect(try prepared.article(member.article) == plain.article(member.article))
      }
    }
    let ids = try stories.flatMap { try plain.story($0.heading.id)?.story.articles ?? [] }
    #expect(try prepared.summaries(of: ids) == plain.summaries(of: ids))
    #expect(try plain.summaries(of: ids).count == Set(ids).count)
  }
}
