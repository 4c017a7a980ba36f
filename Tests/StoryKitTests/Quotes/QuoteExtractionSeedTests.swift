import StoryKit
import StoryTestSupport
import StorylineResources
import Testing

/// The quotes of the five seed articles of the bundled sample, as a careful reader finds them.
@Suite("Quote extraction: the seed articles")
struct QuoteExtractionSeedTests {
  /// The seeds, by their three-digit prefix, and their corpus analysis.
  static func corpus() throws -> (articles: [String: Article], analysis: QuoteAnalysis) {
    let sample = try #require(BundledResources.sampleCorpus)
    let loaded = try ArticleLoader().load(paths: [sample.path])
    #expect(loaded.problems.isEmpty)
    let articles = Dictionary(
      uniqueKeysWithValues: loaded.articles.map { (String($0.id.rawValue.prefix(3)), $0) })
    return (articles, try QuoteAnalysis.analyse(loaded.articles))
  }

  /// The quotes of one seed.
  static func quotes(_ seed: String) throws -> [Quote] {
    let (articles, analysis) = try corpus()
    let article = try #require(articles[seed], "no seed \(seed)")
    return analysis.quotes(in: article.id)
  }

  /// Whether `speaker` holds `word` as one of its words (any case).
  static func speaker(_ speaker: String?, has word: String) -> Bool {
    guard let speaker else { return false }
    return speaker.lowercased().split(separator: " ").contains { $0 == word.lowercased() }
  }

  /// One quote of a seed: a fragment of its text, its speaker's last name (or organisation
  /// word), its kind, and, where it matters, its whole text.
  struct SeedQuote: Sendable, CustomTestStringConvertible {
    var seed: String
    var fragment: String
    var speaker: String
    var kind: QuoteKind
    var text: String?
    var unclosed: Bool
    var sourceLocation: Testing.SourceLocation
    var testDescription: String { "\(seed) \(speaker) \(kind): \(fragment)" }

    init(
      _ seed: String, _ fragment: String, _ speaker: String, _ kind: QuoteKind,
      text: String? = nil, unclosed: Bool = false,
      sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
      self.seed = seed
      self.fragment = fragment
      self.speaker = speaker
      self.kind = kind
      self.text = text
      self.unclosed = unclosed
      self.sourceLocation = sourceLocation
    }
  }

  static let expected: [SeedQuote] = [
    // 000: IANS on the Lavrov–Rubio call.
    SeedQuote(
      "000", "held a telephonic conversation", "Ministry", .indirect,
      text:
        "Russian Foreign Minister Sergei Lavrov held a telephonic conversation with the US Secretary of State Marco Rubio, highlighting the importance of strengthening conditions to launch talks on achieving peace in Ukraine"
    ),
    SeedQuote("000", "The focus was on the Ukraine crisis", "Ministry", .direct),
    SeedQuote("000", "The parties continued a fruitful exchange", "Ministry", .direct),
    SeedQuote("000", "President Putin was ready to resume negotiations", "Peskov", .indirect),
    SeedQuote("000", "constructive and quite useful", "Ushakov", .mixed),
    SeedQuote("000", "Moscow has repeatedly demonstrated", "Lavrov", .indirect),
    SeedQuote(
      "000", "If you believe", "Lavrov", .direct,
      text:
        "If you believe that it's only Ukraine who is interested in confidence building, I think a short answer would be this is an illusion,"
    ),
    SeedQuote("000", "Russia had earlier backed US President Donald Trump", "Lavrov", .indirect),
    SeedQuote("000", "Russia only targets military goals", "Lavrov", .indirect),
    SeedQuote("000", "President Putin expressed this so many times", "Lavrov", .direct),
    SeedQuote("000", "And regarding the ceasefire", "Lavrov", .direct),
    SeedQuote(
      "000", "So, President Putin said ceasefire", "Lavrov", .direct,
      text:
        "So, President Putin said ceasefire, yes, but we want the guarantees that the ceasefire would not be used again to beef up the Ukrainian military, and that the supplies of arms should stop",
      unclosed: true),
    // 001: MENAFN, four paragraphs repeated.
    SeedQuote(
      "001", "this development came during a Sunday night phone call", "Ministry", .indirect),
    SeedQuote("001", "the conversation concentrated mainly", "Ministry", .indirect),
    SeedQuote("001", "stressed the importance of consolidating", "Ministry", .mixed),
    SeedQuote("001", "agreed to maintain communication", "Ministry", .indirect),
    // 002: an AI rewrite.
    SeedQuote("002", "Lavrov spoke to U.S. Secretary of State Marco Rubio", "Ministry", .indirect),
    SeedQuote("002", "Russia is committed to achieving a sustainable peace", "Ministry", .indirect),
    SeedQuote("002", "the next round of negotiations should take place", "Lavrov", .indirect),
    SeedQuote("002", "this exchange was focused on efforts", "Ministry", .indirect),
    // 003: the Kremlin on contacts with the US.
    SeedQuote(
      "003", "maintaining contacts and exchanging information", "Peskov", .indirect,
      text:
        "Russia and the United States are maintaining contacts and exchanging information regarding the resolution of the conflict in Ukraine"
    ),
    SeedQuote(
      "003", "We are exchanging information", "Peskov", .direct,
      text: "We are exchanging information through the appropriate channels,"),
    SeedQuote("003", "Russia holds strong positions", "Dmitriev", .indirect),
    SeedQuote(
      "003", "increasingly disillusioned", "Leavitt", .indirect,
      text:
        "US President Donald Trump is reportedly becoming increasingly disillusioned with both his Russian counterpart Vladimir Putin and Ukrainian President Volodymyr Zelensky"
    ),
    SeedQuote("003", "both presidents need to come to the negotiating table", "Leavitt", .indirect),
    SeedQuote("003", "Trump made it clear he seeks a permanent ceasefire", "Leavitt", .indirect),
    SeedQuote("003", "if Kyiv violates the ceasefire", "Kremlin", .mixed),
    SeedQuote(
      "003", "Why wait until May 8?", "Sibiha", .direct,
      text:
        "Why wait until May 8? If the fighting can stop now, it can stop from any date for 30 days."
    ),
    SeedQuote("003", "long-term, durable, and comprehensive ceasefire", "Sibiha", .mixed),
    // 004: Rubio after the call with Lavrov.
    SeedQuote("004", "participate in endless negotiations", "Rubio", .indirect),
    SeedQuote("004", "Moscow is preparing a document", "Rubio", .indirect),
    SeedQuote("004", "We discussed a number of things", "Rubio", .direct),
    SeedQuote(
      "004", "wanted to hear Lavrov's opinion", "Rubio", .mixed,
      text:
        "that during the conversation he “wanted to hear Lavrov's opinion on the negotiations that took place on May 16 in Istanbul"
    ),
    SeedQuote(
      "004", "They were not a waste of time", "Rubio", .direct,
      text:
        "They were not a waste of time. For example, there will be an exchange of prisoners. This is very good from a humanitarian point of view,"
    ),
    SeedQuote("004", "Kiev will also work on its own ceasefire plan", "Rubio", .indirect),
    SeedQuote(
      "004", "close enough", "Rubio", .mixed,
      text:
        "that the proposals prepared by Russia and Ukraine will be \"close enough\" to each other"),
    SeedQuote("004", "noted the positive role of the United States", "Lavrov", .mixed),
    SeedQuote("004", "does not want to engage in endless negotiations", "Rubio", .indirect),
    SeedQuote("004", "We do not want to be in a process", "Rubio", .direct),
    SeedQuote("004", "If we get a document in the next few days", "Rubio", .direct),
    SeedQuote("004", "many other events happening in the world", "Rubio", .indirect),
    SeedQuote(
      "004", "I have said before", "Rubio", .direct,
      text:
        "I have said before that we are not going to be flying around the world trying to set up meetings,"
    ),
  ]

  @Test("each quote a reader finds, with its speaker and kind", arguments: expected)
  func seedQuote(_ row: SeedQuote) throws {
    let location = row.sourceLocation
    let quotes = try Self.quotes(row.seed)
    let matches = quotes.filter { $0.text.contains(row.fragment) }
    #expect(
      matches.count <= 1,
      "the fragment stands in \(matches.count) quotes: \(QuoteFixture.describe(matches))",
      sourceLocation: location)
    let quote = try #require(
      matches.first, "no quote holds \"\(row.fragment)\"; quotes: \(QuoteFixture.describe(quotes))",
      sourceLocation: location)
    #expect(
      quote.kind == row.kind, "kind of \(QuoteFixture.describe(quote))", sourceLocation: location)
    #expect(
      Self.speaker(quote.speaker, has: row.speaker),
      "speaker of \(QuoteFixture.describe(quote))", sourceLocation: location)
    if let text = row.text {
      #expect(quote.text == text, sourceLocation: location)
    }
    if row.unclosed {
      #expect(
        quote.findings.contains { $0.kind == .unclosedQuote }, "findings: \(quote.findings)",
        sourceLocation: location)
    }
  }

  /// Quotes that must not be found: words inside a quotation read again as someone else's
  /// statement, scare quotes, boilerplate.
  struct Absent: Sendable, CustomTestStringConvertible {
    var name: String
    var seed: String
    var fragment: String?
    var speaker: String?
    var sourceLocation: Testing.SourceLocation
    var testDescription: String { name }

    init(
      _ name: String, _ seed: String, fragment: String? = nil, speaker: String? = nil,
      sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
      self.name = name
      self.seed = seed
      self.fragment = fragment
      self.speaker = speaker
      self.sourceLocation = sourceLocation
    }
  }

  static let absent: [Absent] = [
    Absent(
      "Putin's words inside Lavrov's quotation are not Putin's quote", "000", speaker: "Putin"),
    Absent(
      "Lavrov's words inside Rubio's quotation are not Lavrov's quote", "004",
      fragment: "prepare a document containing", speaker: "Lavrov"),
    Absent("Trump inside Leavitt's statement is no speaker", "003", speaker: "Trump"),
    Absent("“concrete proposals” is a scare quote", "002", fragment: "concrete proposals"),
    Absent("the headline is not a quote", "002", fragment: "informs Rubio"),
    Absent("the photo credit is not a quote", "003", fragment: "Semyon Borisov"),
    Absent("the disclaimer's “as is” is not a quote", "001", fragment: "as is"),
    Absent("half a country's name is no speaker", "001", speaker: "United"),
    Absent("half a country's name is no speaker, again", "003", speaker: "United"),
    Absent("Continue in a subheading is no cue", "003", fragment: "Continue Contacts"),
    Absent(
      "the writer's analysis (a development indicates) is no quote", "002",
      fragment: "actively pursuing a diplomatic solution"),
    Absent("many hoping is no quote", "002", fragment: "mark a turning point"),
    Absent(
      "the writer's analysis (a fact suggests) is no quote", "002",
      fragment: "Moscow recognizes the need"),
  ]

  @Test("no quote where a reader sees none", arguments: absent)
  func seedAbsence(_ row: Absent) throws {
    let quotes = try Self.quotes(row.seed).filter { quote in
      (row.fragment.map { quote.text.contains($0) } ?? true)
        && (row.speaker.map { Self.speaker(quote.speaker, has: $0) } ?? true)
    }
    #expect(
      quotes.isEmpty, "found: \(QuoteFixture.describe(quotes))", sourceLocation: row.sourceLocation)
  }

  @Test("001's repeated paragraphs give each quote once")
  func repeatedParagraphsOnce() throws {
    let quotes = try Self.quotes("001")
    for fragment in ["the conversation concentrated mainly", "agreed to maintain communication"] {
      let matches = quotes.filter { $0.text.contains(fragment) }
      #expect(matches.count == 1, "\(fragment): \(QuoteFixture.describe(matches))")
    }
  }

  @Test("every seed quote has a speaker, its original text, no marks at its ends, no overlap")
  func seedInvariants() throws {
    let (articles, analysis) = try Self.corpus()
    let marks: Set<Unicode.Scalar> = ["\"", "“", "”", "„", "‟", "«", "»", "‹", "›", "‘", "’", "'"]
    for article in articles.values {
      let quotes = analysis.quotes(in: article.id)
      for quote in quotes {
        #expect(quote.speaker != nil, "no speaker: \(QuoteFixture.describe(quote))")
        #expect(
          quote.text == article.originalText.scalarSlice(quote.range.start, quote.range.end),
          "text is not the original at \(quote.range)")
        if quote.kind == .direct, let first = quote.text.unicodeScalars.first,
          let last = quote.text.unicodeScalars.last
        {
          #expect(!marks.contains(first), "opening mark inside \(QuoteFixture.describe(quote))")
          #expect(!marks.contains(last), "closing mark inside \(QuoteFixture.describe(quote))")
        }
      }
      for (a, b) in zip(quotes, quotes.dropFirst()) {
        #expect(
          a.range.end <= b.range.start,
          "quotes overlap: \(QuoteFixture.describe(a)) and \(QuoteFixture.describe(b))")
      }
    }
  }

  @Test("the seeds' speakers are merged across articles")
  func seedSpeakers() throws {
    let directory = try Self.corpus().analysis.directory
    let lavrov = try #require(directory.speaker(named: "Sergei Lavrov"))
    #expect(lavrov.name == "Sergei Lavrov")
    #expect(directory.speaker(named: "Lavorv")?.name == "Sergei Lavrov")
    #expect(directory.speaker(named: "lavrov")?.name == "Sergei Lavrov")
    #expect(lavrov.articleCount >= 3, "Lavrov is quoted in 000, 002 and 004")
    #expect(directory.speaker(named: "rubio")?.name == "Marco Rubio")
    let peskov = try #require(directory.speaker(named: "Dmitry Peskov"))
    #expect(peskov.articleCount == 2, "Peskov is quoted in 000 and 003")
    let ministry = try #require(
      directory.speaker(named: "Russian Foreign Ministry"),
      "speakers: \(directory.speakers.map(\.name))")
    #expect(ministry.name == "Russian Foreign Ministry", "the proper name, without the")
    #expect(ministry.kind == .organisation)
    let determinerRoles = directory.speakers.filter { speaker in
      speaker.roles.contains { ["the", "a", "an"].contains($0.lowercased()) }
    }
    #expect(
      determinerRoles.isEmpty,
      "a determiner as a role: \(determinerRoles.map { "\($0.name): \($0.roles)" })")
    #expect(ministry.articleCount == 3, "the ministry is quoted in 000, 001 and 002")
    let people = directory.speakers.filter { $0.kind == .person }.map(\.name)
    #expect(
      people.filter { $0.hasSuffix("Lavrov") || $0.hasSuffix("Lavorv") }.count == 1, "\(people)")
    #expect(people.filter { $0.hasSuffix("Rubio") }.count == 1, "\(people)")
  }
}
