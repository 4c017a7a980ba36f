import Foundation
import StoryKit
import StoryTestSupport
import Testing

@Suite(
  "Library: an analysis larger than a batch, first or update, goes in batches, with the same result"
)
struct BatchedAnalysisTests {
  /// The batch numbers of progress reports, in the order reported (reports without one left
  /// out).
  final class Batches: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [Int] = []

    func add(_ batch: LibraryProgress.Batch?) {
      guard let batch else { return }
      lock.withLock { seen.append(batch.number) }
    }

    var numbers: [Int] { lock.withLock { seen } }
  }

  /// The bundled configuration with batches of at most `articles` articles, and a text budget
  /// so small that any corpus is analysed in batches.
  static func batched(articles: Int) throws -> LibraryConfiguration {
    var configuration = try LibraryFixture.configuration()
    configuration.batchSize = AnalysisBatchSize(articles: articles, textBytes: 64)
    return configuration
  }

  /// The library corpus, with boilerplate that only the corpus as a whole shows, in three files.
  static func writeCorpus(_ folder: TemporaryFolder) throws -> String {
    try folder.write(
      "corpus/a.jsonl",
      LibraryFixture.jsonLines(LibraryFixture.fileA + IncrementalUpdateTests.gazette(2)))
    try folder.write(
      "corpus/b.jsonl",
      LibraryFixture.jsonLines(LibraryFixture.fileB + IncrementalUpdateTests.gazette(3, from: 2)))
    try folder.write("corpus/c.jsonl", LibraryFixture.jsonLines(LibraryFixture.fileC))
    return folder.path + "/corpus"
  }

  /// Ids without the `~2` a taken id gets: which of two articles sharing an id keeps it plain
  /// is first come, first served across batches, as in a library that grows.
  static func unsuffixed(_ id: ArticleID) -> String {
    String(id.rawValue.split(separator: "~")[0])
  }

  @Test(
    "batches of 1, 2 and 5 articles give the articles, quotes, groups and stories of one analysis",
    arguments: [1, 2, 5])
  func batchesMatchOneAnalysis(articles: Int) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let corpus = try Self.writeCorpus(folder)
    let library = try Library.open(
      [corpus], location: .file(folder.path + "/library.sqlite"),
      configuration: Self.batched(articles: articles))
    let batched = try LibraryContents(library)
    let whole = try LibraryContents(LibraryFixture.fresh([corpus]))
    Self.expectSameAnalysis(batched, whole)
    #expect(!batched.articles.contains { $0.cleanText.contains("Telegram") })
  }

  /// Expects the articles (cleaned alike), quotes, speakers, groups, stories and problems of
  /// two analyses to be the same, ids compared without their `~2`.
  static func expectSameAnalysis(
    _ batched: LibraryContents, _ whole: LibraryContents,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    // Cleaned with the corpus's boilerplate evidence, whatever batch an article was in.
    let texts = { (contents: LibraryContents) in
      contents.articles.map { "\(Self.unsuffixed($0.id)) \($0.cleanText)" }.sorted()
    }
    #expect(texts(batched) == texts(whole), sourceLocation: sourceLocation)
    let places = { (contents: LibraryContents) in
      contents.articles.map {
        "\(Self.unsuffixed($0.id)) \($0.location.path):\($0.location.record ?? 0)"
      }.sorted()
    }
    #expect(places(batched) == places(whole), sourceLocation: sourceLocation)
    let quotes = { (contents: LibraryContents) in
      contents.quotes.map { "\($0.text) — \($0.speaker ?? "-")" }.sorted()
    }
    #expect(quotes(batched) == quotes(whole), sourceLocation: sourceLocation)
    #expect(
      batched.speakers.map(\.name) == whole.speakers.map(\.name), sourceLocation: sourceLocation)
    let groups = { (contents: LibraryContents) in
      Set(
        contents.groups.map { Set(([$0.original] + $0.copies.map(\.article)).map(Self.unsuffixed)) }
      )
    }
    #expect(groups(batched) == groups(whole), sourceLocation: sourceLocation)
    let stories = { (contents: LibraryContents) in
      Set(contents.stories.map { Set($0.articles.map(Self.unsuffixed)) })
    }
    #expect(stories(batched) == stories(whole), sourceLocation: sourceLocation)
    #expect(batched.problems == whole.problems, sourceLocation: sourceLocation)
  }

  /// A change to the corpus of `writeUpdateCorpus`.
  struct Change: CustomTestStringConvertible, Sendable {
    var name: String
    var apply: @Sendable (TemporaryFolder) throws -> Void
    var testDescription: String { name }
  }

  static let changes: [Change] = [
    Change(name: "a new file whose articles make a stored line boilerplate") { folder in
      try folder.write(
        "corpus/c.jsonl",
        LibraryFixture.jsonLines(LibraryFixture.fileC + IncrementalUpdateTests.gazette(3, from: 2)))
    },
    Change(name: "records inserted before the others, changed and removed inside a file") {
      folder in
      var gazette = IncrementalUpdateTests.gazette(2)
      gazette[1].text += "\n\nThe vote was nine to two."
      try folder.write(
        "corpus/a.jsonl",
        LibraryFixture.jsonLines(
          LibraryFixture.fileC + LibraryFixture.fileA.filter { $0.id != "ferry-wire" } + gazette))
    },
    Change(name: "a file removed and another added") { folder in
      try FileManager.default.removeItem(atPath: folder.path + "/corpus/b.jsonl")
      try folder.write(
        "corpus/c.jsonl",
        LibraryFixture.jsonLines(LibraryFixture.fileC + IncrementalUpdateTests.gazette(2, from: 5)))
    },
  ]

  @Test(
    "an update reading more than a batch goes in batches, and gives the fresh analysis",
    arguments: changes, [1, 3])
  func batchedUpdate(change: Change, articles: Int) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(
      "corpus/a.jsonl",
      LibraryFixture.jsonLines(LibraryFixture.fileA + IncrementalUpdateTests.gazette(2)))
    try folder.write("corpus/b.jsonl", LibraryFixture.jsonLines(LibraryFixture.fileB))
    let corpus = folder.path + "/corpus"
    let file = folder.path + "/library.sqlite"
    _ = try LibraryFixture.open([corpus], file: file)

    try change.apply(folder)
    let seen = Batches()
    let updated = try Library.open(
      [corpus], location: .file(file), configuration: Self.batched(articles: articles),
      progress: { seen.add($0.batch) })
    #expect((seen.numbers.last ?? 0) > 1)
    if case .analysed(let reason) = updated.openedAs {
      #expect(reason.hasPrefix("files "))
    } else {
      Issue.record("the update was not analysed: \(updated.openedAs)")
    }
    Self.expectSameAnalysis(
      try LibraryContents(updated), try LibraryContents(LibraryFixture.fresh([corpus])))
    let again = try Library.open(
      [corpus], location: .file(file), configuration: Self.batched(articles: articles))
    #expect(again.openedAs == .current)
  }

  @Test(
    "a library made in batches, new or rebuilt in place, opens current and updates like any other",
    arguments: [false, true])
  func batchedLibraryUpdates(rebuiltInPlace: Bool) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let corpus = try Self.writeCorpus(folder)
    let file = folder.path + "/library.sqlite"
    let configuration = try Self.batched(articles: 2)
    if rebuiltInPlace {
      // NB: made whole first, so the batches write into the library itself, not a new file.
      _ = try LibraryFixture.open([corpus], file: file)
    }
    let first = try Library.open(
      [corpus], location: .file(file), rebuild: rebuiltInPlace, configuration: configuration)
    let count = try first.articleCount()
    let again = try Library.open([corpus], location: .file(file), configuration: configuration)
    #expect(again.openedAs == .current)

    try FileManager.default.removeItem(atPath: corpus + "/c.jsonl")
    let updated = try Library.open([corpus], location: .file(file), configuration: configuration)
    #expect(updated.openedAs == .analysed(reason: "files 1 removed"))
    #expect(try updated.articleCount() == count - LibraryFixture.fileC.count)
    #expect(try updated.articles().allSatisfy { $0.location.path.hasSuffix("c.jsonl") == false })
  }

  @Test("progress says which batch is under way, counting from 1, and no batch in a small analysis")
  func progressNamesTheBatch() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let corpus = try Self.writeCorpus(folder)
    let seen = Batches()
    _ = try Library.open(
      [corpus], location: .file(folder.path + "/batched.sqlite"),
      configuration: Self.batched(articles: 4), progress: { seen.add($0.batch) })
    let numbers = seen.numbers
    #expect(numbers.first == 1)
    #expect((numbers.last ?? 0) > 1)
    #expect(numbers == numbers.sorted())
    #expect(Set(numbers) == Set(1...(numbers.last ?? 1)))

    let unbatched = Batches()
    _ = try Library.open(
      [corpus], location: .file(folder.path + "/whole.sqlite"),
      configuration: LibraryFixture.configuration(), progress: { unbatched.add($0.batch) })
    #expect(unbatched.numbers.isEmpty)
  }

  @Test(
    "a library opened through a path with '..' in it is current when opened again, batched or not",
    arguments: [false, true])
  func spelledWithDotDot(batched: Bool) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    _ = try Self.writeCorpus(folder)
    let corpus = folder.path + "/corpus/../corpus"
    let file = folder.path + "/library.sqlite"
    let configuration = try batched ? Self.batched(articles: 2) : LibraryFixture.configuration()
    _ = try Library.open([corpus], location: .file(file), configuration: configuration)
    let again = try Library.open([corpus], location: .file(file), configuration: configuration)
    #expect(again.openedAs == .current)
  }

  @Test("bad records are reported once, whichever batch they fall in")
  func problemsOnce() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let good = LibraryFixture.jsonLines(LibraryFixture.fileA)
    try folder.write(
      "corpus/a.jsonl",
      good + "{not json\n" + good.replacingOccurrences(of: "\"id\":\"", with: "\"id\":\"again-")
        + "{\"text\": 3}\n")
    let corpus = folder.path + "/corpus"
    let library = try Library.open(
      [corpus], location: .file(folder.path + "/library.sqlite"),
      configuration: Self.batched(articles: 2))
    let whole = try LibraryFixture.fresh([corpus])
    #expect(try library.problems() == whole.problems())
    #expect(try library.problems().count == 2)
    #expect(try library.articleCount() == 2 * LibraryFixture.fileA.count)
  }
}
