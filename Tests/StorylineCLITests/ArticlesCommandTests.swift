import Foundation
import StoryTestSupport
import Testing

@Suite("storyline articles (end to end)")
struct ArticlesCommandTests {
  static let contractKeys = [
    "id", "path", "title", "date", "source", "url", "words", "removedLines", "repeatedParagraphs",
    "findings",
  ]

  /// The keys of a JSON object in the order they were printed.
  static func keys(ofJSONLine line: String) -> [String] {
    // NB: the contract fixes the key order; JSONSerialization would lose it, so read keys at depth 1.
    var keys: [String] = []
    var depth = 0
    var inString = false
    var escaped = false
    var current = ""
    var expectingKey = false
    for character in line {
      if inString {
        if escaped { escaped = false; current.append(character); continue }
        if character == "\\" { escaped = true; continue }
        if character == "\"" {
          inString = false
          if expectingKey && depth == 1 { keys.append(current) }
          expectingKey = false
          continue
        }
        current.append(character)
        continue
      }
      switch character {
      case "\"": inString = true; current = ""
      case "{", "[": depth += 1; expectingKey = character == "{" && depth == 1
      case "}", "]": depth -= 1
      case ",": expectingKey = depth == 1
      default: break
      }
    }
    return keys
  }

  @Test(
    "no PATH: the bundled sample, from any directory, one JSON object per article in contract order"
  )
  func sampleJSONLines() throws {
    let result = try StorylineProcess.run(["articles", "--format", "jsonl"], in: "/")
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    for line in lines {
      #expect(Self.keys(ofJSONLine: line) == Self.contractKeys)
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect((object["words"] as? Int ?? 0) > 100)
    }
    let first = try #require(
      try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    #expect(first["id"] as? String == "000_0689886c50d61024.txt")
    #expect(first["date"] as? String == "2025-04-28")
    #expect(first["source"] as? String == "IANS")
  }

  @Test("json prints one array; --include-text adds the clean text")
  func jsonArray() throws {
    let result = try StorylineProcess.run(["articles", "--format", "json", "--include-text"])
    #expect(result.status == 0)
    let array = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(array.count == 5)
    let text = try #require(array[1]["text"] as? String)
    #expect(text.hasPrefix("(MENAFN) Russia and the United States"))
    #expect(!text.contains("Sorry!!"))
  }

  @Test("text is an aligned table without colour when not on a terminal")
  func textTable() throws {
    let result = try StorylineProcess.run(["articles"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 6)
    #expect(lines.first?.hasPrefix("ID") == true)
    #expect(!result.stdoutBytes.contains(0x1B))
  }

  @Test("the default command prints the table when stdout is not a terminal")
  func defaultCommand() throws {
    let result = try StorylineProcess.run([])
    #expect(result.status == 0)
    #expect(result.stdout.contains("U.S., Russia Report Progress Toward Ukraine Peace Efforts"))
    #expect(result.stderr.contains("for scripts use the subcommands"))
  }

  @Test("control characters from articles never reach the output raw")
  func controlCharacters() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write(
      "evil.jsonl",
      #"{"id": "e\u001b[2J", "title": "Bad \u001b]0;pwned\u0007 title \u009b31m \u202e", "text": "Body \u001b[31m red.\n\nMore."}"#
        + "\n")
    for format in ["text", "jsonl", "json"] {
      let result = try StorylineProcess.run([
        "articles", folder.path, "--format", format, "--include-text",
      ])
      #expect(result.status == 0)
      let bytes = result.stdoutBytes
      #expect(!bytes.contains(0x1B), "\(format) wrote ESC")
      #expect(!bytes.contains(0x07), "\(format) wrote BEL")
      #expect(
        !result.stdout.unicodeScalars.contains { (0x80...0x9F).contains($0.value) },
        "\(format) wrote a C1 control")
      #expect(!result.stdout.unicodeScalars.contains("\u{202E}"), "\(format) wrote a bidi override")
    }
  }

  @Test("errors are one line each on stderr; exit 0 when something was read")
  func partialFailure() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let good = try folder.write("good.txt", "A good article about the weather in the city today.")
    let missing = folder.path + "/missing.txt"
    let result = try StorylineProcess.run(["articles", missing, good, "--format", "jsonl"])
    #expect(result.status == 0)
    #expect(result.stderr == "storyline: \(missing): no such file or directory\n")
    #expect(result.stdout.split(separator: "\n").count == 1)
  }

  @Test("exit 1 when nothing could be read")
  func nothingRead() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let binary = try folder.write("blob.txt", bytes: [0, 1, 2, 3])
    let result = try StorylineProcess.run(["articles", binary])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("storyline: \(binary): binary file"))
    #expect(result.stderr.hasSuffix("storyline: no articles could be read\n"))
    #expect(result.stdout.isEmpty)
  }

  @Test(
    "exit 2 for usage errors",
    arguments: [["articles", "--format", "xml"], ["articles", "--no-such-flag"]])
  func usageError(_ arguments: [String]) throws {
    let result = try StorylineProcess.run(arguments)
    #expect(result.status == 2)
    #expect(!result.stderr.isEmpty)
  }
}
