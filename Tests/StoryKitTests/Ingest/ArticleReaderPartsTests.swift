import Foundation
import StoryTestSupport
import Testing

@testable import StoryKit

@Suite("Ingest: a file read a part at a time gives the articles and problems of reading it whole")
struct ArticleReaderPartsTests {
  /// Ten records, two of them bad, as JSON Lines and as a JSON array.
  static let records = (1...10).map { number in
    number == 4
      ? "{\"text\": 4}"
      : number == 7
        ? "{\"title\": \"no text\"}"
        : "{\"id\": \"a\(number)\", \"text\": \"Article number \(number).\"}"
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var contents: String
    var format: InputFormat
    var testDescription: String { name }
  }

  static let cases = [
    Case(name: "JSON Lines", contents: records.joined(separator: "\n") + "\n", format: .jsonLines),
    Case(name: "JSON array", contents: "[" + records.joined(separator: ",\n") + "]", format: .json),
  ]

  static func read(_ file: InputFile, parts size: Int) -> (ArticleReader.Output, parts: Int) {
    let reader = ArticleReader()
    var whole = ArticleReader.Output()
    var start = 1
    var parts = 0
    while true {
      var output = ArticleReader.Output()
      var taken = 0
      let next = reader.read(file, into: &output, from: start, batch: size) { output in
        taken = output.articles.count + output.problems.count
        return taken < size
      }
      whole.articles += output.articles
      whole.problems += output.problems
      parts += 1
      guard let next else { break }
      start = next
    }
    return (whole, parts)
  }

  @Test("parts of 1, 2 and 3 records", arguments: cases, [1, 2, 3])
  func parts(_ input: Case, size: Int) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("input", input.contents)
    let file = InputFile(path: path, relativePath: "input", root: folder.path, format: input.format)
    var whole = ArticleReader.Output()
    ArticleReader().read(file, into: &whole)
    #expect(whole.articles.count == 8)
    #expect(whole.problems.count == 2)

    let (parted, parts) = Self.read(file, parts: size)
    #expect(parts > 1)
    #expect(parted.articles.map(\.id) == whole.articles.map(\.id))
    #expect(parted.articles.map(\.location) == whole.articles.map(\.location))
    #expect(parted.problems == whole.problems)
  }

  @Test("only the records asked for are decoded", arguments: cases)
  func onlyRecords(_ input: Case) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("input", input.contents)
    let file = InputFile(path: path, relativePath: "input", root: folder.path, format: input.format)
    var output = ArticleReader.Output()
    let next = ArticleReader().read(file, into: &output, from: 1, only: [2, 7, 9]) { _ in true }
    #expect(next == nil)
    #expect(output.articles.map(\.id.rawValue) == ["a2", "a9"])
    #expect(output.problems.count == 1)
  }
}
