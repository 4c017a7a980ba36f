import Foundation
import Testing

@Suite("storyline stories (end to end)")
struct StoriesCommandTests {
  static let contractKeys = [
    "story", "title", "firstDate", "lastDate", "articles", "copies", "sources", "speakers",
    "related",
  ]

  @Test("jsonl: one object per story in contract order; every article exactly once")
  func storiesJSONLines() throws {
    let result = try StorylineProcess.run(["stories", "--format", "jsonl"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count >= 3)
    var seen: [String] = []
    var ids = Set<String>()
    for line in lines {
      #expect(Array(ArticlesCommandTests.keys(ofJSONLine: line).prefix(9)) == Self.contractKeys)
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      seen += try #require(object["articles"] as? [String])
      ids.insert(try #require(object["story"] as? String))
      #expect(!(object["title"] as? String ?? "").isEmpty)
    }
    #expect(seen.count == 5)
    #expect(Set(seen).count == 5)
    #expect(ids.count == lines.count)
    for line in lines {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      for related in object?["related"] as? [String] ?? [] { #expect(ids.contains(related)) }
    }
  }

  @Test("text lists each story with its members and never leaks control characters")
  func storiesText() throws {
    let result = try StorylineProcess.run(["stories"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("000_0689886c50d61024.txt"))
    #expect(!result.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }
}
