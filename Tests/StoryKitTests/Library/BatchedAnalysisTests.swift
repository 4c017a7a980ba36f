import Foundation
import StoryKit
import StoryTestSupport
import Testing

@Suite("Library: a first analysis larger than a batch goes in batches, with the same result")
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

    // Cleaned with the corpus's boilerplate evidence, whatever batch an article was in.
    let texts = { (contents: LibraryContents) in
      contents.articles.map { "\(Self.unsuffixed($0.id)) \($0.cleanText)" }.sorted()
    }
    #expect(texts(batched) == texts(whole))
    #expect(!batched.articles.contains { $0.cleanText.contains("Telegram") })
    let quotes = { (contents: LibraryContents) in
      contents.quotes.map { "\($0.text) — \($0.speaker ?? "-")" }.sorted()
    }
    #expect(quotes(batched) == quotes(whole))
    #expect(batched.speakers.map(\.name) == whole.speakers.map(\.name))
    let groups = { (contents: LibraryContents) in
      Set(
        contents.groups.map { Set(([$0.original] + $0.copies.map(\.article)).map(Self.unsuffixed)) }
      )
    }
    #expect(groups(batched) == groups(whole))
    let stories = { (contents: LibraryContents) in
      Set(contents.stories.map { Set($0.articles.map(Self.unsuffixed)) })
    }
    #expect(stories(batched) == stories(whole))
    #expect(batched.problems == whole.problems)
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

  @Test("a library opened through a path with '..' in it is current when opened again, batched or not",
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
