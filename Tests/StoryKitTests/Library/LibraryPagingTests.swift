import Foundation
import StoryKit
import StoryTestSupport
import StorylineResources
import Testing

/// Articles and quotes read a page at a time give what reading them all at once gives, in the
/// same order, whatever the page size.
@Suite struct LibraryPagingTests {
  static func sample() throws -> Library {
    let sample = try #require(BundledResources.sampleCorpus)
    return try LibraryFixture.fresh([sample.path])
  }

  @Test("articles page by page", arguments: [1, 2, 4, 1000])
  func articlePages(size: Int) throws {
    let library = try Self.sample()
    var pages: [[Article]] = []
    try library.forEachArticlePage(size: size) { pages.append($0) }
    #expect(pages.flatMap { $0 } == (try library.articles()))
    #expect(pages.allSatisfy { !$0.isEmpty && $0.count <= size })
  }

  @Test("quotes page by page of articles", arguments: [1, 2, 4, 1000])
  func quotePages(articles: Int) throws {
    let library = try Self.sample()
    var quotes: [Quote] = []
    try library.forEachQuotePage(articles: articles) { quotes += $0 }
    #expect(quotes == (try library.quotes()))
    #expect(!quotes.isEmpty)
  }

  @Test("an empty library has no page")
  func emptyLibrary() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let library = try LibraryFixture.fresh([folder.path])
    var pages = 0
    try library.forEachArticlePage { _ in pages += 1 }
    try library.forEachQuotePage { _ in pages += 1 }
    #expect(pages == 0)
  }
}

/// Reading states read together are those read one by one.
@Suite struct ReadingStatesTogetherTests {
  @Test func storiesAndArticlesTogether() throws {
    let sample = try #require(BundledResources.sampleCorpus)
    let library = try LibraryFixture.fresh([sample.path])
    let stories = try library.stories()
    let articles = try library.articles().map(\.id)
    try library.setReadingState(ReadingState(isRead: true, isStarred: true), of: stories[0].id)
    try library.setReadingState(ReadingState(isRead: true), of: articles[1])
    try library.setReadingState(ReadingState(isStarred: true), of: articles[2])
    let storyStates = try library.readingStates(of: stories.map(\.id))
    for story in stories {
      #expect(storyStates[story.id] == (try library.readingState(of: story.id)))
    }
    let articleStates = try library.readingStates(of: articles)
    for article in articles {
      #expect((articleStates[article] ?? ReadingState()) == (try library.readingState(of: article)))
    }
    #expect(articleStates.count == 2)
  }
}
