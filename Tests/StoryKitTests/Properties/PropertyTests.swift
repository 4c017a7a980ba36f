import Foundation
import StoryKit
import StoryTestSupport
import StorylineResources
import Testing

/// Messy variants of the bundled sample articles: stray and mixed quotation marks, control
/// and invisible characters, repeated and cut paragraphs, CRLF line ends.
enum MessyText {
  static let sample: [String] = {
    guard let folder = BundledResources.sampleCorpus,
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else { return [] }
    return names.sorted().compactMap { name in
      try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
  }()

  static let insertions = [
    "\"", "\u{201C}", "\u{201D}", "\u{201E}", "'", "\u{2018}", "\u{2019}", "\u{AB}", "\u{BB}",
    "\u{1B}[2J", "\u{7}", "\u{202E}", "\u{200D}", "\u{200B}", "\u{AD}", "\r\n", "\n\n", ": ",
    " said ", " he said. ", "&amp;", "\u{301}", "\u{1F600}", "\t", "\u{A0}",
  ]

  /// A variant of `text`: `edits` insertions at random places, maybe a paragraph repeated, maybe
  /// cut at a random point.
  static func variant(of text: String, edits: Int, using random: inout SeededGenerator) -> String {
    var scalars = Array(text.unicodeScalars)
    for _ in 0..<edits where !scalars.isEmpty {
      let at = Int.random(in: 0...scalars.count, using: &random)
      let piece = insertions[Int.random(in: 0..<insertions.count, using: &random)]
      scalars.insert(contentsOf: piece.unicodeScalars, at: at)
    }
    var result = String(String.UnicodeScalarView(scalars))
    if Bool.random(using: &random) {
      let paragraphs = result.components(separatedBy: "\n\n")
      if let repeated = paragraphs.randomElement(using: &random) { result += "\n\n" + repeated }
    }
    if Int.random(in: 0..<4, using: &random) == 0 {
      let cut = Int.random(in: 0...result.unicodeScalars.count, using: &random)
      result = String(String.UnicodeScalarView(result.unicodeScalars.prefix(cut)))
    }
    return result
  }
}

/// Properties that must hold for any input, checked on seeded messy variants of the sample.
@Suite("Properties on messy text (seeded)")
struct PropertyTests {
  static let seeds: [UInt64] = Array(1...12)

  @Test("the offset map round-trips and copied text is the original's", arguments: seeds)
  func alignmentRoundTrips(_ seed: UInt64) throws {
    var random = SeededGenerator(seed: seed)
    let cleaner = try ArticleCleaner.bundled()
    for (number, text) in MessyText.sample.enumerated() {
      let messy = MessyText.variant(of: text, edits: 40, using: &random)
      let article = try cleaner.clean(
        RawArticle(id: ArticleID("p\(number)"), location: SourceLocation(path: "p"), text: messy))
      let original = Array(article.originalText.unicodeScalars)
      let clean = Array(article.cleanText.unicodeScalars)
      #expect(article.alignment.cleanLength == clean.count, "seed \(seed), article \(number)")
      for segment in article.alignment.segments where segment.isCopy {
        for offset in 0..<segment.cleanLength {
          let cleanOffset = segment.cleanStart + offset
          let originalOffset = article.alignment.originalOffset(ofClean: cleanOffset)
          #expect(originalOffset == segment.originalStart + offset)
          #expect(clean[cleanOffset] == original[originalOffset], "seed \(seed)")
          #expect(article.alignment.cleanOffset(ofOriginal: originalOffset) == cleanOffset)
        }
      }
      // Nothing that could steer a terminal is left in the clean text.
      #expect(
        !clean.contains { $0.value < 0x20 && $0 != "\n" || $0 == "\u{202E}" || $0 == "\u{1B}" },
        "seed \(seed), article \(number)")
    }
  }

  @Test("quote ranges lie in their article and hold the text they claim", arguments: seeds)
  func quoteRanges(_ seed: UInt64) throws {
    var random = SeededGenerator(seed: seed)
    let texts = MessyText.sample.map { MessyText.variant(of: $0, edits: 25, using: &random) }
    let cleaner = try ArticleCleaner.bundled()
    let extractor = try QuoteExtractor.bundled()
    var checked = 0
    defer { #expect(checked > 20, "too few quotes to check (seed \(seed))") }
    for (number, text) in texts.enumerated() {
      let article = try cleaner.clean(
        RawArticle(id: ArticleID("q\(number)"), location: SourceLocation(path: "q"), text: text))
      let length = article.originalText.unicodeScalars.count
      for quote in extractor.extract(from: article).quotes {
        checked += 1
        #expect(0 <= quote.range.start && quote.range.start <= quote.range.end)
        #expect(quote.range.end <= length, "seed \(seed): \(quote.range) beyond \(length)")
        guard quote.range.end <= length else { continue }
        #expect(
          quote.text == article.originalText.scalarSlice(quote.range.start, quote.range.end),
          "seed \(seed), article \(number)")
        for span in [quote.cue, quote.speakerMention].compactMap({ $0 })
        where span.range.end <= length {
          #expect(span.text == article.originalText.scalarSlice(span.range.start, span.range.end))
        }
      }
    }
  }

  @Test(
    "stories partition the corpus, groups are consistent, and order does not matter",
    arguments: [UInt64(7), 21, 42])
  func partitionAndOrder(_ seed: UInt64) throws {
    var random = SeededGenerator(seed: seed)
    // Each sample article, two messy variants of it (copies or near copies) and a stranger.
    var records: [LibraryFixture.Record] = []
    for (number, text) in MessyText.sample.enumerated() {
      records.append(.init(id: "s\(number)", title: nil, date: nil, source: "A", text: text))
      for copy in 0..<2 {
        records.append(
          .init(
            id: "s\(number)-\(copy)", title: nil, date: nil, source: "B\(copy)",
            text: MessyText.variant(of: text, edits: 3, using: &random)))
      }
    }
    var shuffled = records
    shuffled.shuffle(using: &random)
    var results: [(stories: Set<Set<String>>, groups: Set<[String]>)] = []
    for order in [records, shuffled] {
      let folder = try TemporaryFolder()
      defer { folder.remove() }
      try folder.write("corpus/all.jsonl", LibraryFixture.jsonLines(order))
      let library = try LibraryFixture.fresh([folder.path + "/corpus"])
      let stories = try library.stories()
      let members = stories.flatMap { $0.members.map(\.article.rawValue) }
      #expect(Set(members).count == members.count, "an article in two stories (seed \(seed))")
      #expect(Set(members) == Set(records.map(\.id)), "an article in no story (seed \(seed))")
      let groups = try library.duplicateGroups()
      #expect(!groups.isEmpty, "the near copies should form groups (seed \(seed))")
      var grouped = Set<String>()
      for group in groups {
        let copies = group.copies.map(\.article.rawValue)
        #expect(!copies.contains(group.original.rawValue))
        for article in [group.original.rawValue] + copies {
          #expect(grouped.insert(article).inserted, "\(article) in two groups (seed \(seed))")
        }
      }
      results.append(
        (
          Set(stories.map { Set($0.members.map(\.article.rawValue)) }),
          Set(groups.map { [$0.original.rawValue] + $0.copies.map(\.article.rawValue).sorted() })
        ))
    }
    #expect(
      results[0].stories == results[1].stories, "stories depend on input order (seed \(seed))")
    #expect(results[0].groups == results[1].groups, "groups depend on input order (seed \(seed))")
  }
}
