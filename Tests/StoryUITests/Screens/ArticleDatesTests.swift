import StoryKit
import Testing

@testable import StoryUI

/// The article header's dates: the date the article is shown with, and the days its text
/// mentions (events), never taken for its own date.
@Suite struct ArticleDatesTests {
  static func detail(_ text: String, date: String?) throws -> ArticleDetail {
    let article = try ArticleCleaner.bundled().clean(
      RawArticle(id: "a", location: SourceLocation(path: "a.txt"), text: text, date: date))
    return ArticleDetail(article: article, quotes: [])
  }

  @Test("an obituary is dated by its publication, and the birth it mentions is an event")
  func obituary() throws {
    let detail = try Self.detail(
      "The novelist died at his home on Monday.\n\nHe was born in Luton on 5 April 1920 and "
        + "moved to Canada in 1947.",
      date: "2004-11-25")
    #expect(detail.shownDate?.description == "2004-11-25")
    #expect(detail.eventDays.map(\.description).contains("1920-04-05"))
    let header = ArticleLayout(detail, width: 80).lines.prefix(4).map(\.text.plain)
    #expect(header.contains { $0.hasPrefix("mentions ") && $0.contains("1920-04-05") })
  }

  @Test("an undated article shows no date, whatever day it mentions")
  func undated() throws {
    let detail = try Self.detail(
      "The summit should take place in Geneva on June 2, officials said.", date: nil)
    #expect(detail.shownDate == nil)
    let header = ArticleLayout(detail, width: 80).lines.prefix(3).map(\.text.plain)
    #expect(!header.contains { $0.contains("06-02") && !$0.hasPrefix("mentions") })
  }

  @Test("the header lists six days, then how many more")
  func manyDays() throws {
    let days = (1...9).compactMap { ArticleDate(year: 2025, month: 3, day: $0) }
    #expect(
      ArticleLayout.eventLine(days)
        == "mentions 2025-03-01 · 2025-03-02 · 2025-03-03 · 2025-03-04 · 2025-03-05 · "
        + "2025-03-06 · 3 more")
  }
}
