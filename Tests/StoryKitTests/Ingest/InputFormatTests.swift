import Foundation
import StoryKit
import StoryTestSupport
import Testing

@Suite("Reading each input format")
struct InputFormatTests {
  @Test("a plain-text file is one article whose id is its name")
  func plainTextFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("story.txt", "Headline Here\n\nBody text of the story.")
    let output = ArticleReader().read(paths: [path])
    let article = try #require(output.articles.first)
    #expect(output.articles.count == 1)
    #expect(article.id == "story.txt")
    #expect(article.text == "Headline Here\n\nBody text of the story.")
    #expect(output.problems.isEmpty)
  }

  @Test("files in a folder get ids relative to the folder argument")
  func folderIDs() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("b.txt", "Second.")
    try folder.write("sub/a.txt", "First.")
    try folder.write("notes", "A text file without an extension.")
    let output = ArticleReader().read(paths: [folder.path])
    #expect(output.articles.map(\.id.rawValue) == ["b.txt", "notes", "sub/a.txt"])
  }

  @Test("JSON Lines: one article per line, ids from id or FILE:LINE, fields read")
  func jsonLines() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write(
      "feed.jsonl",
      """
      {"id": "x1", "text": "One.", "title": "T1", "date": "2025-05-01", "source": "IANS", "url": "http://e.com/1", "author": "A. B.", "extra": [1,2]}

      {"text": "Two.", "id": 42}
      {"text": "Three.", "title": null}
      """)
    let output = ArticleReader().read(paths: [path])
    #expect(output.articles.map(\.id.rawValue) == ["x1", "42", "feed.jsonl:4"])
    let first = try #require(output.articles.first)
    #expect(first.title == "T1")
    #expect(first.date == "2025-05-01")
    #expect(first.source == "IANS")
    #expect(first.url == "http://e.com/1")
    #expect(first.author == "A. B.")
    #expect(first.location == SourceLocation(path: path, record: 1))
    #expect(output.problems.isEmpty)
  }

  @Test(".ndjson is read as JSON Lines")
  func ndjson() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("feed.ndjson", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n")
    #expect(ArticleReader().read(paths: [path]).articles.count == 2)
  }

  @Test("JSON: an array of objects, or one object")
  func json() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let array = try folder.write(
      "many.json",
      #"[{"id": "a", "text": "Uno, with \"quotes\" and ] brackets [."}, {"text": "Dos."}]"#)
    let single = try folder.write("one.json", #"{"id": "solo", "text": "Alone."}"#)
    let output = ArticleReader().read(paths: [array, single])
    #expect(output.articles.map(\.id.rawValue) == ["a", "many.json:2", "solo"])
    #expect(output.articles.first?.text == #"Uno, with "quotes" and ] brackets [."#)
    #expect(output.problems.isEmpty)
  }

  @Test("bad JSON records are reported by line and the rest is kept")
  func badRecords() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write(
      "feed.jsonl",
      """
      {"text": "Good one."}
      {"text": broken
      {"title": "no text"}
      {"text": 12}
      [1, 2]
      {"text": "Good two."}
      """)
    let output = ArticleReader().read(paths: [path])
    #expect(output.articles.map(\.text) == ["Good one.", "Good two."])
    #expect(
      output.problems.map(\.location) == ["\(path):2", "\(path):3", "\(path):4", "\(path):5"])
    #expect(output.problems[1].message.contains("no \"text\""))
  }

  @Test("hidden files, .git and known non-text files are skipped in folders")
  func skipped() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("keep.txt", "Kept.")
    try folder.write(".hidden.txt", "Hidden.")
    try folder.write(".git/HEAD", "ref: refs/heads/main")
    try folder.write("photo.jpg", bytes: [0xFF, 0xD8, 0xFF])
    let output = ArticleReader().read(paths: [folder.path])
    #expect(output.articles.map(\.id.rawValue) == ["keep.txt"])
    #expect(
      output.problems == [
        IngestProblem(
          location: folder.path + "/photo.jpg",
          message: "not a text, JSON or JSON Lines file; skipped")
      ])
  }

  @Test("symbolic link loops end, and each file is read once")
  func symlinkLoop() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("a/story.txt", "Once.")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/a/loop", withDestinationPath: folder.path + "/a")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/again.txt", withDestinationPath: folder.path + "/a/story.txt")
    let output = ArticleReader().read(paths: [folder.path])
    #expect(output.articles.count == 1)
  }
}
