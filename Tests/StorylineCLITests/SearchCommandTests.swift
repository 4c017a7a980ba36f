import Foundation
import StoryTestSupport
import Testing

@Suite("storyline search and storyline library (end to end)")
struct SearchCommandTests {
  static let contractKeys = ["article", "story", "title", "date", "score", "snippet", "matches"]
  static let libraryKeys = [
    "file", "bytes", "articles", "quotes", "speakers", "groups", "stories", "problems", "files",
    "analysisVersion", "updated",
  ]

  /// Invented articles, by id: title, date, source and text. `lavrov` is in fewer than half of
  /// them, so its BM25 weight (and score) is above zero.
  static let articles: [(id: String, title: String, date: String, source: String, text: String)] = [
    (
      "call", "Lavrov and Rubio discuss Ukraine by phone", "2025-04-28", "Nordic Wire",
      "Moscow, April 28 — Russian Foreign Minister Sergei Lavrov spoke to Marco Rubio in a phone call on Monday, the ministry said.\n\n\"The talks were useful,\" Lavrov said."
    ),
    (
      "visit", "Lavrov visits Ankara", "2025-04-20", "Nordic Wire",
      "Sergei Lavrov arrived in Ankara on Sunday for a two-day visit to discuss grain shipments."
    ),
    (
      "ferry", "Night ferry to Harwick", "2025-02-03", "Coastal Radio",
      "The ferry operator Baltline will add a night crossing between Osterby and Harwick in March."
    ),
    (
      "bridge", "Northbridge closes harbour bridge", "2024-10-08", "Harbour Times",
      "The council closed the old harbour bridge to lorries after engineers found cracks in two of its supports."
    ),
    (
      "lighthouse", "Volunteers repaint lighthouse", "2024-06-01", "Northbridge Post",
      "The old lighthouse on Skerry Point was painted red and white again by volunteers over the weekend."
    ),
  ]

  /// A folder with the articles as `corpus/news.jsonl`; libraries go beside `corpus/`.
  struct Corpus {
    let folder: TemporaryFolder
    var path: String { folder.path + "/corpus" }
    var library: String { folder.path + "/library.sqlite" }

    init() throws {
      folder = try TemporaryFolder()
      let lines = try SearchCommandTests.articles.map { article in
        let object: [String: String] = [
          "id": article.id, "title": article.title, "date": article.date,
          "source": article.source, "text": article.text,
        ]
        return String(
          decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
          as: UTF8.self)
      }
      try folder.write("corpus/news.jsonl", lines.joined(separator: "\n") + "\n")
    }
  }

  static func objects(_ stdout: String) throws -> [[String: Any]] {
    try stdout.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
  }

  // MARK: storyline search

  @Test("jsonl: one object per hit, keys in contract order, matches slicing the original text")
  func searchJSONLines() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    let result = try StorylineProcess.run(
      ["search", "lavrov", corpus.path, "--format", "jsonl", "--library", corpus.library])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    for line in lines {
      #expect(ArticlesCommandTests.keys(ofJSONLine: line) == Self.contractKeys)
    }
    let hits = try Self.objects(result.stdout)
    #expect(Set(hits.compactMap { $0["article"] as? String }) == ["call", "visit"])
    for hit in hits {
      let id = try #require(hit["article"] as? String)
      let article = try #require(Self.articles.first { $0.id == id })
      #expect(hit["title"] as? String == article.title)
      #expect(hit["date"] as? String == article.date)
      #expect((hit["story"] as? String)?.hasPrefix("s") == true)
      #expect((hit["score"] as? Double ?? 0) > 0)
      #expect((hit["snippet"] as? String)?.localizedCaseInsensitiveContains("lavrov") == true)
      let matches = try #require(hit["matches"] as? [[String: Int]])
      #expect(!matches.isEmpty)
      for match in matches {
        #expect(Array(match.keys).sorted() == ["end", "start"])
        let start = try #require(match["start"])
        let end = try #require(match["end"])
        #expect(article.text.scalarSlice(start, end) == "Lavrov")
      }
    }
    let scores = hits.compactMap { $0["score"] as? Double }
    #expect(scores == scores.sorted(by: >))
  }

  @Test("json prints one array; --limit caps the hits; text says when nothing matched")
  func searchFormats() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    let json = try StorylineProcess.run(
      [
        "search", "lavrov", corpus.path, "--format", "json", "--limit", "1", "--library",
        corpus.library,
      ])
    #expect(json.status == 0)
    let array = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(array.count == 1)

    let text = try StorylineProcess.run(["search", "lav", corpus.path, "--library", corpus.library])
    #expect(text.status == 0)
    #expect(text.stdout.contains("Lavrov visits Ankara"))
    #expect(text.stdout.contains("2025-04-28"))
    #expect(!text.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })

    let none = try StorylineProcess.run([
      "search", "zebra", corpus.path, "--library", corpus.library,
    ])
    #expect(none.status == 0)
    #expect(none.stdout == "no matches\n")
    let noneJSON = try StorylineProcess.run(
      ["search", "zebra", corpus.path, "--format", "jsonl", "--library", corpus.library])
    #expect(noneJSON.status == 0)
    #expect(noneJSON.stdout.isEmpty)
  }

  struct Malformed: CustomTestStringConvertible, Sendable {
    var name: String
    var query: String
    var mentions: String
    var testDescription: String { name }
  }

  static let malformed: [Malformed] = [
    Malformed(name: "a bad month", query: "date:2025-13", mentions: "date:2025-13"),
    Malformed(
      name: "a backwards range", query: "date:2025-05..2025-04", mentions: "ends before it starts"),
    Malformed(name: "an unknown qualifier", query: "author:smith", mentions: "author:"),
    Malformed(name: "an unclosed quote", query: #"lavrov "phone call"#, mentions: "not closed"),
    Malformed(name: "in:body", query: "in:body lavrov", mentions: "in:body"),
    Malformed(name: "is:nothing", query: "is:nothing", mentions: "is:nothing"),
  ]

  @Test("a malformed query: exit 2, one line on stderr, nothing analysed", arguments: malformed)
  func malformedQuery(_ testCase: Malformed) throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    let result = try StorylineProcess.run(
      ["search", testCase.query, corpus.path, "--format", "jsonl", "--library", corpus.library])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 2 && lines.last == "", "one line, ending in a newline: \(result.stderr)")
    #expect(result.stderr.hasPrefix("storyline: query: "))
    #expect(result.stderr.contains(testCase.mentions))
    #expect(!FileManager.default.fileExists(atPath: corpus.library), "the query is read first")
  }

  // MARK: storyline library

  @Test("library jsonl prints the counts in contract order")
  func libraryJSONLines() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    let result = try StorylineProcess.run(
      ["library", corpus.path, "--format", "jsonl", "--library", corpus.library])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 1)
    #expect(ArticlesCommandTests.keys(ofJSONLine: try #require(lines.first)) == Self.libraryKeys)
    let status = try #require(try Self.objects(result.stdout).first)
    #expect(status["file"] as? String == corpus.library)
    #expect(status["articles"] as? Int == 5)
    #expect(status["files"] as? Int == 1)
    #expect(status["problems"] as? Int == 0)
    #expect((status["stories"] as? Int ?? 0) >= 2)
    #expect((status["quotes"] as? Int ?? 0) >= 1)
    #expect((status["bytes"] as? Int ?? 0) > 0)
    #expect(!(status["analysisVersion"] as? String ?? "").isEmpty)
    #expect((status["updated"] as? String)?.hasSuffix("Z") == true)

    let memory = try StorylineProcess.run([
      "library", corpus.path, "--format", "jsonl", "--no-library",
    ])
    let inMemory = try #require(try Self.objects(memory.stdout).first)
    #expect(inMemory["file"] is NSNull)
    #expect(inMemory["articles"] as? Int == 5)
  }

  @Test("a second command is served from the library the first one wrote")
  func secondRunIsCurrent() throws {
    // NB: no --library: the default file, under the test run's own XDG_DATA_HOME.
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    let first = try StorylineProcess.run(["search", "lavrov", corpus.path])
    #expect(first.status == 0)
    let second = try StorylineProcess.run(["library", corpus.path])
    #expect(second.status == 0)
    #expect(second.stdout.contains("current (nothing read)"), "\(second.stdout)")
    #expect(second.stdout.contains("articles  5 from 1 files"))
    #expect(second.stdout.contains(StorylineProcess.libraryFolder + "/storyline/corpus-"))
    // Run from the corpus's parent with a relative path: the same library, still current.
    let relative = try StorylineProcess.run(["library", "corpus"], in: corpus.folder.path)
    #expect(relative.stdout.contains("current (nothing read)"), "\(relative.stdout)")
  }

  @Test("a library made through a relative path is current when opened again through it")
  func relativePathTwice() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    let first = try StorylineProcess.run(["library", "corpus"], in: corpus.folder.path)
    #expect(first.stdout.contains("analysed now"), "\(first.stdout)")
    let second = try StorylineProcess.run(["library", "corpus"], in: corpus.folder.path)
    #expect(second.stdout.contains("current (nothing read)"), "\(second.stdout)")
  }

  @Test("--no-library analyses in memory; a new corpus is analysed; --rebuild analyses again")
  func openedAs() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    let memory = try StorylineProcess.run(["library", corpus.path, "--no-library"])
    #expect(memory.stdout.contains("(in memory)"))
    #expect(memory.stdout.contains("analysed now (new library)"))

    let fresh = try StorylineProcess.run(["library", corpus.path, "--library", corpus.library])
    #expect(fresh.stdout.contains("analysed now (new library)"), "\(fresh.stdout)")

    let rebuilt = try StorylineProcess.run(
      ["library", corpus.path, "--library", corpus.library, "--rebuild"])
    #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
    #expect(rebuilt.stdout.contains("analysed now (rebuild asked for)"), "\(rebuilt.stdout)")
  }

  @Test("a damaged library file: exit 1 with one line naming --rebuild; --rebuild replaces it")
  func damagedLibrary() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    try corpus.folder.write("library.sqlite", "not a database, just some notes\n")
    let refused = try StorylineProcess.run([
      "search", "lavrov", corpus.path, "--library", corpus.library,
    ])
    #expect(refused.status == 1)
    #expect(refused.stdout.isEmpty)
    #expect(refused.stderr.split(separator: "\n").count == 1, "\(refused.stderr)")
    #expect(refused.stderr.contains(corpus.library))
    #expect(refused.stderr.contains("--rebuild"))

    let rebuilt = try StorylineProcess.run(
      [
        "search", "lavrov", corpus.path, "--library", corpus.library, "--rebuild", "--format",
        "jsonl",
      ])
    #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
    #expect(rebuilt.stdout.split(separator: "\n").count == 2)
  }

  @Test("--library and --no-library together are refused")
  func conflictingOptions() throws {
    let corpus = try Corpus()
    defer { corpus.folder.remove() }
    let result = try StorylineProcess.run(
      ["library", corpus.path, "--library", corpus.library, "--no-library"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("--no-library"))
    #expect(!FileManager.default.fileExists(atPath: corpus.library))
  }
}
