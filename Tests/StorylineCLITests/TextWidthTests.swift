import Foundation
import Testing

/// Text output fits the width (`COLUMNS`, or the terminal's) and its tables align.
@Suite struct TextWidthTests {
  static let commands: [[String]] = [
    ["articles"], ["speakers"], ["stories"], ["quotes"], ["dups"], ["library"], ["search", "said"],
  ]

  @Test(arguments: commands, [80, 120])
  func everyLineFits(_ command: [String], _ width: Int) throws {
    let result = try StorylineProcess.run(command, environment: ["COLUMNS": "\(width)"])
    #expect(result.status == 0, "\(command): \(result.stderr)")
    for line in result.stdout.split(separator: "\n", omittingEmptySubsequences: false) {
      // NB: the sample's text is one column a character (no CJK or emoji).
      #expect(
        line.count <= width,
        "\(command) at \(width): \(line.count) columns: \(line)")
    }
  }

  /// A table command and its last column's header.
  struct Table: Sendable, CustomTestStringConvertible {
    var command: String
    var header: String
    var testDescription: String { command }
  }

  @Test(
    arguments: [
      Table(command: "articles", header: "TITLE"),
      Table(command: "speakers", header: "ALSO"),
    ], [40, 80, 120])
  func theLastColumnStartsInOnePlace(_ table: Table, _ width: Int) throws {
    let (command, header) = (table.command, table.header)
    let result = try StorylineProcess.run([command], environment: ["COLUMNS": "\(width)"])
    let lines = result.stdout.split(separator: "\n").map { Array(String($0)) }
    let head = String(try #require(lines.first))
    let range = try #require(head.range(of: header))
    let title = head.distance(from: head.startIndex, to: range.lowerBound)
    #expect(lines.count > 2)
    for line in lines.dropFirst() where line.count > title {
      #expect(
        line[title - 1] == " " && line[title - 2] == " " && line[title] != " ",
        "\(command) at \(width): \(String(line))")
    }
  }

  @Test func withoutAWidthNothingIsCut() throws {
    let result = try StorylineProcess.run(["quotes"], environment: ["COLUMNS": ""])
    #expect(!result.stdout.contains("…"))
  }
}
