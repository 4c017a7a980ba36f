import Foundation
import StoryKit
import StoryTestSupport
import Testing

/// What the collector refuses to read or follow: only regular files inside the given paths are
/// read; everything else is named with a reason, at once, without blocking.
@Suite("Reading only regular files inside the given paths")
struct InputSafetyTests {
  /// A folder set up by `prepare`, read as `arguments` (relative to the folder; `""` is the
  /// folder itself), expecting these article ids and a problem at each location (relative to
  /// the folder) whose message holds the given words.
  struct Case: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var prepare: @Sendable (TemporaryFolder) throws -> Void
    var arguments: [String] = [""]
    var articles: [String]
    var problems: [(location: String, says: String)]
  }

  static func link(_ folder: TemporaryFolder, _ name: String, to target: String) throws {
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/" + name, withDestinationPath: target)
  }

  static func fifo(_ folder: TemporaryFolder, _ name: String) throws {
    let path = folder.path + "/" + name
    guard mkfifo(path, 0o600) == 0 else { throw CocoaError(.fileWriteUnknown) }
  }

  static let cases: [Case] = [
    Case(
      testDescription: "a FIFO named directly is refused, not read",
      prepare: { try fifo($0, "pipe.jsonl") }, arguments: ["pipe.jsonl"], articles: [],
      problems: [("pipe.jsonl", "named pipe")]),
    Case(
      testDescription: "a FIFO in a folder is refused",
      prepare: { folder in
        try fifo(folder, "pipe.txt")
        _ = try folder.write("story.txt", "A story.")
      },
      articles: ["story.txt"], problems: [("pipe.txt", "named pipe")]),
    Case(
      testDescription: "a link named directly to a device is refused",
      prepare: { try link($0, "zero.jsonl", to: "/dev/zero") }, arguments: ["zero.jsonl"],
      articles: [], problems: [("zero.jsonl", "device")]),
    Case(
      testDescription: "a link in a folder to a device is not followed",
      prepare: { folder in
        try link(folder, "zero.jsonl", to: "/dev/zero")
        try link(folder, "random.txt", to: "/dev/urandom")
      },
      articles: [],
      problems: [
        ("random.txt", "outside the paths given"), ("zero.jsonl", "outside the paths given"),
      ]),
    Case(
      testDescription: "links to / and to .. are not followed",
      prepare: { folder in
        _ = try folder.write("inside/story.txt", "A story.")
        try link(folder, "inside/root", to: "/")
        try link(folder, "inside/up", to: "..")
      },
      arguments: ["inside"], articles: ["story.txt"],
      problems: [
        ("inside/root", "outside the paths given"), ("inside/up", "outside the paths given"),
      ]
    ),
    Case(
      testDescription: "a link loop and a broken link are named",
      prepare: { folder in
        try link(folder, "a", to: "b")
        try link(folder, "b", to: "a")
        try link(folder, "gone.txt", to: "missing.txt")
      },
      articles: [],
      problems: [("a", "loop"), ("b", "loop"), ("gone.txt", "broken")]),
    Case(
      testDescription: "a link inside the paths is followed, and its file read once",
      prepare: { folder in
        _ = try folder.write("a/story.txt", "Once.")
        try link(folder, "again.txt", to: folder.path + "/a/story.txt")
        try link(folder, "b", to: "a")
      },
      articles: ["a/story.txt"], problems: []),
    Case(
      testDescription: "a file name that is not UTF-8 is named with its bytes escaped",
      prepare: { folder in
        let name = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
        let path = Array(folder.path.utf8) + [0x2F] + name + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
          buffer.withMemoryRebound(to: CChar.self) {
            open($0.baseAddress!, O_CREAT | O_WRONLY, 0o600)
          }
        }
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        close(descriptor)
      },
      articles: [], problems: [("caf\\xE9.txt", "not valid UTF-8")]),
  ]

  @Test("each case reads what it may and names the rest", arguments: cases)
  func collect(_ item: Case) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try item.prepare(folder)
    let arguments = item.arguments.map { $0.isEmpty ? folder.path : folder.path + "/" + $0 }
    let output = ArticleReader().read(paths: arguments)
    #expect(output.articles.map(\.id.rawValue).sorted() == item.articles)
    let problems = output.problems.map { problem in
      (
        location: String(problem.location.dropFirst(folder.path.count + 1)),
        message: problem.message
      )
    }
    #expect(problems.map(\.location) == item.problems.map(\.location), "\(output.problems)")
    for (problem, expected) in zip(problems, item.problems) {
      #expect(problem.message.contains(expected.says), "\(problem.location): \(problem.message)")
    }
  }
}

@Suite("Files that change while being read")
struct ChangingFileTests {
  @Test("a file deleted after it was listed is one problem; the others are read")
  func deletedAfterListing() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    _ = try folder.write("a.txt", "First story.")
    let gone = try folder.write("b.txt", "Second story.")
    _ = try folder.write("c.txt", "Third story.")
    let (files, problems) = InputCollector().collect([folder.path])
    #expect(problems.isEmpty)
    try FileManager.default.removeItem(atPath: gone)
    var output = ArticleReader.Output()
    for file in files { ArticleReader().read(file, into: &output) }
    #expect(output.articles.map(\.text) == ["First story.", "Third story."])
    #expect(
      output.problems == [IngestProblem(location: gone, message: "no such file or directory")])
  }

  @Test("a JSON Lines file cut short after it was listed gives the records still there")
  func truncatedAfterListing() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let lines = (0..<50).map { #"{"id": "r\#($0)", "text": "Report number \#($0)."}"# }
    let path = try folder.write("news.jsonl", lines.joined(separator: "\n") + "\n")
    let (files, _) = InputCollector().collect([path])
    // Cut in the middle of the eleventh line.
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    let cut = lines.prefix(10).reduce(0) { $0 + $1.utf8.count + 1 } + 12
    try handle.truncate(atOffset: UInt64(cut))
    try handle.close()
    var output = ArticleReader.Output()
    for file in files { ArticleReader().read(file, into: &output) }
    #expect(output.articles.map(\.id.rawValue) == (0..<10).map { "r\($0)" })
    #expect(output.problems.count == 1, "\(output.problems)")
    #expect(output.problems.first?.location == path + ":11")
  }
}
