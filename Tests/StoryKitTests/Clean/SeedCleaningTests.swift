import Foundation
import StoryKit
import StoryTestSupport
import StorylineResources
import Testing

/// The five real scraped articles of the bundled sample, cleaned.
@Suite("Cleaning the seed articles")
struct SeedCleaningTests {
  static func seeds() throws -> [String: Article] {
    let sample = try #require(BundledResources.sampleCorpus)
    let result = try ArticleLoader().load(paths: [sample.path])
    #expect(result.problems.isEmpty)
    return Dictionary(
      uniqueKeysWithValues: result.articles.map { (String($0.id.rawValue.prefix(3)), $0) })
  }

  /// Boilerplate lines of the seeds: none may be left in the clean text.
  static let boilerplate: [(seed: String, line: String)] = [
    ("001", "403"), ("001", "Sorry!!"),
    ("001", "Error! We're sorry, but the page you were looking for doesn't exist."),
    ("001", "Legal Disclaimer:"), ("001", "MENAFN provides the information"),
    ("001", "CommentsNo comment"), ("002", "By AI"), ("002", "Read More @"), ("002", "TAGGED:"),
    ("002", "Share This Article"), ("003", "Photo: https://commons.wikimedia.org"),
    ("003", "by Semyon Borisov"), ("004", "Link to main version"), ("004", "143"),
    ("000", " date 2025-04-28"), ("002", "**"),
  ]

  @Test("every boilerplate line is gone")
  func boilerplateGone() throws {
    let seeds = try Self.seeds()
    for (seed, line) in Self.boilerplate {
      let article = try #require(seeds[seed])
      #expect(!article.cleanText.contains(line), "\(seed) still has \(line)")
    }
    let seed002 = try #require(seeds["002"])
    #expect(!seed002.cleanText.hasPrefix("AI"))
    #expect(seed002.author == "AI")
  }

  /// A sentence from every paragraph of real text: all must be kept.
  static let kept: [(seed: String, text: String)] = [
    ("000", "Moscow, April 28 (IANS) Russian Foreign Minister Sergei Lavrov held"),
    ("000", "stated the Russian Foreign Minister."),
    ("000", "Lavorv stated that Russia only targets military goals"),
    ("001", "(MENAFN) Russia and the United States have reported steps forward"),
    (
      "001",
      "agreed to maintain communication across various diplomatic levels, the ministry noted."
    ),
    ("002", "Russia Moves Closer to New Round of Talks with Ukraine"),
    ("002", "What Does This Mean for the Conflict?"),
    ("002", "or if more concessions are required to bring about a sustainable peace."),
    ("003", "Russia and the United States Continue Contacts on Ukraine Conflict Resolution"),
    ("003", "\"We are exchanging information through the appropriate channels,” he explained."),
    (
      "003",
      "Kyiv is ready to support a \"long-term, durable, and comprehensive ceasefire,\" he added."
    ),
    ("003", "\"Why wait until May 8?"),
    ("004", "The US does not want to participate in endless negotiations"),
    (
      "004",
      "\"I have said before that we are not going to be flying around the world trying to set up meetings,\" Rubio said."
    ),
  ]

  @Test("all article text is kept")
  func textKept() throws {
    let seeds = try Self.seeds()
    for (seed, text) in Self.kept {
      let article = try #require(seeds[seed])
      #expect(article.cleanText.contains(text), "\(seed) lost: \(text)")
    }
  }

  @Test("001's four repeated paragraphs appear once")
  func repeatedParagraphs() throws {
    let article = try #require(try Self.seeds()["001"])
    #expect(article.repeatedParagraphs == 4)
    let sentence = "The officials also discussed a range of international issues"
    #expect(article.cleanText.components(separatedBy: sentence).count == 2)
  }

  static let titles: [(seed: String, title: String, provenance: Provenance)] = [
    (
      "000",
      "Russian Foreign Minister Sergei Lavrov held a telephonic conversation with the US Secretary of State Marco Rubio",
      .derived
    ),
    ("001", "U.S., Russia Report Progress Toward Ukraine Peace Efforts", .detected),
    (
      "002",
      "Foreign ministry: Lavrov informs Rubio about preparations for a new round of Russia-Ukraine discussions",
      .detected
    ),
    (
      "003", "Russia and USA Continue Cooperation to Resolve Ukraine Conflict \u{2013} Kremlin",
      .detected
    ),
    (
      "004",
      "Moscow and Kiev are preparing plans with their ideas and demands for a ceasefire in Ukraine",
      .detected
    ),
  ]

  @Test("titles and dates as the seeds give them")
  func titlesAndDates() throws {
    let seeds = try Self.seeds()
    for (seed, title, provenance) in Self.titles {
      let article = try #require(seeds[seed])
      #expect(article.title == title)
      #expect(article.titleProvenance == provenance)
      if let range = article.titleRange {
        #expect(
          !article.cleanText.contains(article.originalText.scalarSlice(range.start, range.end)))
      }
    }
    #expect(seeds["000"]?.date?.description == "2025-04-28")
    #expect(seeds["001"]?.date?.description == "2025-04-28")
    #expect(seeds["003"]?.date?.description == "2025-04-28")
    #expect(seeds["002"]?.date == nil)
    #expect(seeds["004"]?.date == nil)
  }

  @Test("sources are detected where the text says so, unknown otherwise")
  func sources() throws {
    let seeds = try Self.seeds()
    #expect(seeds["000"]?.source == "IANS")
    #expect(seeds["001"]?.source == "MENAFN")
    #expect(seeds["002"]?.source == "Reuters")
    #expect(seeds["003"]?.source == "TASS")
    #expect(seeds["004"]?.source == nil)
  }

  @Test("every clean paragraph maps back to the original text it came from")
  func alignment() throws {
    for article in try Self.seeds().values {
      for range in article.paragraphRanges {
        let clean = article.cleanText.scalarSlice(range.lowerBound, range.upperBound)
        let original = article.alignment.originalRange(ofClean: range)
        let source = article.originalText.scalarSlice(original.start, original.end)
        #expect(normalizedForComparison(source) == normalizedForComparison(clean), "\(article.id)")
      }
    }
  }

  func normalizedForComparison(_ text: String) -> String {
    text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "\u{A0}", with: " ")
      .trimmingCharacters(in: .whitespaces)
  }
}
