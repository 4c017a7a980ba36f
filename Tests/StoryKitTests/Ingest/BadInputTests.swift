import Foundation
import StoryKit
import StoryTestSupport
import Testing

@Suite("Bad input is reported, never fatal")
struct BadInputTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var file: String
    var bytes: [UInt8]
    var problem: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "empty file", file: "empty.txt", bytes: [], problem: "empty file"),
    Case(
      name: "blank file", file: "blank.txt", bytes: Array(" \n\n\t\n".utf8), problem: "empty file"),
    Case(
      name: "binary (NUL bytes)", file: "data.txt", bytes: [0x48, 0x00, 0x01, 0x02, 0x49],
      problem: "binary file"),
    Case(
      name: "binary without extension", file: "blob",
      bytes: Array(repeating: 0x01, count: 64) + [0x41], problem: "binary file"),
    Case(
      name: "JSON that is not an array or object", file: "x.json",
      bytes: Array("\"just a string\"".utf8), problem: "not JSON"),
    Case(
      name: "empty JSON array", file: "x.json", bytes: Array("[]".utf8),
      problem: "no article objects"),
    Case(
      name: "a byte-order mark alone", file: "bom.txt", bytes: [0xEF, 0xBB, 0xBF],
      problem: "empty file"),
    Case(
      name: "a UTF-16 byte-order mark and spaces", file: "bom16.txt",
      bytes: [0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00], problem: "empty file"),
  ]

  /// Input that breaks a rule but loses nothing: every article is read, and the problem told.
  struct LenientCase: CustomTestStringConvertible, Sendable {
    var testDescription: String
    var file: String
    var bytes: [UInt8]
    var texts: [String]
    /// Words of the problem's message, or `nil` when there is none (a finding may say more).
    var problem: String?
  }

  static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
    text.utf16.flatMap { unit in
      bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }
  }

  static let lenientCases: [LenientCase] = [
    LenientCase(
      testDescription: "a trailing comma in a JSON array", file: "x.json",
      bytes: Array(#"[{"text": "One."}, {"text": "Two."},]"#.utf8), texts: ["One.", "Two."],
      problem: "a comma before the closing ]"),
    LenientCase(
      testDescription: "two commas in a row in a JSON array", file: "x.json",
      bytes: Array(#"[{"text": "One."},, {"text": "Two."}]"#.utf8), texts: ["One.", "Two."],
      problem: "an empty element"),
    LenientCase(
      testDescription: "UTF-16 little-endian without a byte-order mark", file: "le.txt",
      bytes: utf16("Caf\u{E9} news: \u{201C}ok\u{201D}", bigEndian: false),
      texts: ["Caf\u{E9} news: \u{201C}ok\u{201D}"], problem: nil),
    LenientCase(
      testDescription: "UTF-16 big-endian without a byte-order mark", file: "be.txt",
      bytes: utf16("Plain news text.", bigEndian: true), texts: ["Plain news text."],
      problem: nil),
  ]

  @Test("every article is read, and what was wrong is told", arguments: lenientCases)
  func lenient(_ testCase: LenientCase) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write(testCase.file, bytes: testCase.bytes)
    let output = ArticleReader().read(paths: [path])
    #expect(output.articles.map(\.text) == testCase.texts)
    if let problem = testCase.problem {
      #expect(output.problems.count == 1)
      #expect(output.problems.first?.message.contains(problem) == true, "\(output.problems)")
    } else {
      #expect(output.problems.isEmpty, "\(output.problems)")
      #expect(output.articles.allSatisfy { $0.findings.map(\.kind) == [.decodedAsUTF16] })
    }
  }

  @Test("one problem line, no article", arguments: cases)
  func reported(_ testCase: Case) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write(testCase.file, bytes: testCase.bytes)
    let output = ArticleReader().read(paths: [path])
    #expect(output.articles.isEmpty)
    let problem = try #require(output.problems.first)
    #expect(output.problems.count == 1)
    #expect(problem.location == path)
    #expect(problem.message.contains(testCase.problem), "\(problem.message)")
  }

  @Test("an invalid UTF-8 file is read as Windows-1252, with a finding")
  func invalidUTF8() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write(
      "latin.txt", bytes: Array("Caf".utf8) + [0xE9, 0x20, 0x93] + Array("ok".utf8) + [0x94])
    let output = ArticleReader().read(paths: [path])
    let article = try #require(output.articles.first)
    #expect(article.text == "Caf\u{E9} \u{201C}ok\u{201D}")
    #expect(article.findings.map(\.kind) == [.decodedAsWindows1252])
    #expect(output.problems.isEmpty)
  }

  @Test("a missing path is reported and the other paths are still read")
  func missingPath() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let good = try folder.write("good.txt", "Good.")
    let output = ArticleReader().read(paths: [folder.path + "/nope.txt", good])
    #expect(output.articles.count == 1)
    #expect(
      output.problems == [
        IngestProblem(location: folder.path + "/nope.txt", message: "no such file or directory")
      ])
  }

  @Test("an unreadable file is reported")
  func unreadable() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("secret.txt", "Secret.")
    chmod(path, 0)
    defer { chmod(path, 0o644) }
    var output = ArticleReader.Output()
    if getuid() == 0 {
      // NB: root reads any file; a folder named as a text file fails to read instead.
      ArticleReader().read(
        InputFile(path: folder.path, relativePath: "x", root: folder.path, format: .plainText),
        into: &output)
    } else {
      output = ArticleReader().read(paths: [path])
    }
    #expect(output.articles.isEmpty)
    #expect(output.problems.count == 1)
  }

  @Test("a huge file is cut at the article limit, with a finding, in bounded memory")
  func hugeFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let paragraph = Array("Word é word word word.\n".utf8)
    var bytes: [UInt8] = []
    while bytes.count < 300_000 { bytes += paragraph }
    let path = try folder.write("huge.txt", bytes: bytes)
    let reader = ArticleReader(
      limits: IngestLimits(maxArticleBytes: 100_000, maxRecordBytes: 200_000))
    let output = reader.read(paths: [path])
    let article = try #require(output.articles.first)
    #expect(article.text.utf8.count <= 100_000)
    #expect(article.text.utf8.count > 99_990)
    #expect(article.findings.map(\.kind) == [.truncated])
    #expect(!article.text.unicodeScalars.contains("\u{FFFD}"))
  }

  @Test("an over-long JSON Lines line is skipped, the lines around it are kept")
  func longLine() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let long = "{\"text\": \"" + String(repeating: "x", count: 50_000) + "\"}"
    let path = try folder.write(
      "feed.jsonl", "{\"text\": \"Before.\"}\n\(long)\n{\"text\": \"After.\"}\n")
    let reader = ArticleReader(
      limits: IngestLimits(maxArticleBytes: 10_000, maxRecordBytes: 20_000))
    let output = reader.read(paths: [path])
    #expect(output.articles.map(\.text) == ["Before.", "After."])
    #expect(output.problems.map(\.location) == ["\(path):2"])
  }

  @Test("a long JSON text within the record limit is cut at the article limit")
  func longText() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write(
      "feed.jsonl", "{\"text\": \"" + String(repeating: "ab ", count: 10_000) + "\"}\n")
    let reader = ArticleReader(
      limits: IngestLimits(maxArticleBytes: 1_000, maxRecordBytes: 100_000))
    let article = try #require(reader.read(paths: [path]).articles.first)
    #expect(article.text.utf8.count == 1_000)
    #expect(article.findings.map(\.kind) == [.truncated])
  }
}

@Suite("Problems of one file are listed up to a cap, then counted")
struct ProblemCapTests {
  @Test("a file of many bad lines lists the first ones and counts the rest")
  func capped() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let bad = 250
    let lines = (0..<bad).map { "not json \($0)" } + [#"{"text": "The one good article."}"#]
    let path = try folder.write("many.jsonl", lines.joined(separator: "\n"))
    let other = try folder.write("other.jsonl", "not json either\n{\"text\": \"Another.\"}")
    let output = ArticleReader().read(paths: [path, other])
    #expect(output.articles.map(\.text) == ["The one good article.", "Another."])
    let listed = ArticleReader.problemsPerFile
    #expect(output.problems.count == listed + 1 + 1)
    #expect(output.problems[listed].location == path)
    #expect(output.problems[listed].message.contains("and \(bad - listed) more problems"))
    // NB: the next file has its own share.
    #expect(output.problems.last?.location == other + ":1")
  }
}
