import Foundation
import Testing

@Suite("storyline quotes and speakers (end to end)")
struct QuotesCommandTests {
  static let quoteKeys = [
    "id", "article", "text", "start", "end", "speaker", "speakerMention", "cue", "kind",
  ]
  static let speakerKeys = ["name", "aliases", "roles", "quotes", "articles", "kind"]

  @Test("quotes: one object per quote, in contract order; text is the original slice")
  func quotesJSONLines() throws {
    let result = try StorylineProcess.run(["quotes", "--format", "jsonl"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count > 20)
    let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Resources/sample")
    for line in lines {
      #expect(ArticlesCommandTests.keys(ofJSONLine: line) == Self.quoteKeys)
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let article = try #require(object["article"] as? String)
      let start = try #require(object["start"] as? Int)
      let end = try #require(object["end"] as? Int)
      let original = try String(contentsOf: sample.appendingPathComponent(article), encoding: .utf8)
      let scalars = Array(original.unicodeScalars)
      let slice = String(String.UnicodeScalarView(scalars[start..<end]))
      #expect(slice == object["text"] as? String)
      #expect(["direct", "indirect", "mixed"].contains(object["kind"] as? String ?? ""))
    }
  }

  @Test("--speaker matches canonical names and aliases in any case")
  func speakerFilter() throws {
    for name in ["lavrov", "LAVORV", "Sergei Lavrov"] {
      let result = try StorylineProcess.run(["quotes", "--speaker", name, "--format", "jsonl"])
      #expect(result.status == 0)
      let speakers = Set(
        result.stdout.split(separator: "\n").compactMap { line in
          (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["speaker"]
            as? String
        })
      #expect(speakers == ["Sergei Lavrov"], "\(name)")
    }
    let unknown = try StorylineProcess.run(["quotes", "--speaker", "Nobody Atall"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("no speaker is named"))
  }

  @Test("speakers: one object per speaker, most quoted first, Lavrov's spellings merged")
  func speakers() throws {
    let result = try StorylineProcess.run(["speakers", "--format", "jsonl"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    var counts: [Int] = []
    var lavrov: [String: Any]?
    for line in lines {
      #expect(ArticlesCommandTests.keys(ofJSONLine: line) == Self.speakerKeys)
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      counts.append(object["quotes"] as? Int ?? 0)
      if object["name"] as? String == "Sergei Lavrov" { lavrov = object }
    }
    #expect(counts == counts.sorted(by: >))
    let aliases = try #require(lavrov?["aliases"] as? [String])
    #expect(aliases.contains("Lavorv"))
    #expect((lavrov?["articles"] as? Int ?? 0) >= 3)
  }
}
