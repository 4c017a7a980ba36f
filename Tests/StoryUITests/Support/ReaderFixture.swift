import Foundation
import StoryKit
import StoryTestSupport
import StoryUI
import StorylineResources
import Testing

/// Libraries for the screen tests: the bundled sample, and a small invented corpus with a
/// syndicated copy. Each call opens a fresh in-memory library, so reading state (what a test
/// opened) never leaks into another test.
enum ReaderFixture {
  private static let configuration = Result { () throws(StoryKitError) in
    try LibraryConfiguration.bundled()
  }

  /// The bundled sample corpus (five scraped articles), as the reader reads it.
  static func sample() throws -> LibraryReaderData {
    let sample = try #require(BundledResources.sampleCorpus?.path)
    let library = try Library.open(
      [sample], location: .inMemory, configuration: configuration.get())
    return LibraryReaderData(library: library, name: "sample")
  }

  /// An invented corpus: a wire story, the same story re-run by a radio station a day later
  /// under a byline (a syndicated copy), and an unrelated notice.
  static func copies() throws -> LibraryReaderData {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("copies.jsonl", jsonLines(copyRecords))
    let library = try Library.open(
      [path], location: .inMemory, configuration: configuration.get())
    return LibraryReaderData(library: library, name: "copies")
  }

  /// An invented corpus: the wire story and a radio station's edited re-run of it under a
  /// byline, with one figure changed, a paragraph repeated, the ending trimmed and social-media
  /// boilerplate added (a copy whose cleaning removed lines and whose text differs).
  static func edits() throws -> LibraryReaderData {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("edits.jsonl", jsonLines(editRecords))
    let library = try Library.open(
      [path], location: .inMemory, configuration: configuration.get())
    return LibraryReaderData(library: library, name: "edits")
  }

  /// The wire story's paragraphs, edited as a radio station re-ran it.
  static var editedWireText: String {
    var paragraphs = wireText.components(separatedBy: "\n\n")
    paragraphs[3] = paragraphs[3].replacingOccurrences(of: "six minutes", with: "eight minutes")
    paragraphs.removeLast()
    paragraphs.insert("Share this article", at: 3)
    paragraphs.insert(paragraphs[1], at: 4)
    paragraphs.insert("By Per Holm | Radio Lindholm", at: 0)
    paragraphs.append("Follow us on Twitter for more news from the harbour.")
    return paragraphs.joined(separator: "\n\n")
  }

  static var editRecords: [Record] {
    [
      copyRecords[0],
      Record(
        id: "tram-edited", title: "Lindholm tram to run every eight minutes",
        date: "2025-03-06", source: "Radio Lindholm", text: editedWireText),
    ]
  }

  /// An invented corpus: two unrelated articles, each quoting its own unnamed spokesman twice.
  static func spokesmen() throws -> LibraryReaderData {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let records = [
      Record(
        id: "ferry", title: "Harbour ferry cancelled after storm", date: "2025-03-05",
        source: "Wire",
        text: """
          The harbour ferry to Lindholm was cancelled on Tuesday after a storm damaged the pier.

          "The pier is not safe for passengers until it has been inspected," a spokesman said.

          Repairs are expected to take a week, and buses will replace the ferry meanwhile.

          "We will add buses in the morning rush hour," a spokesman said.
          """),
      Record(
        id: "mill", title: "Paper mill to close its oldest machine", date: "2025-04-10",
        source: "Wire",
        text: """
          The paper mill in Nordby will close its oldest machine next year, the company said.

          "The machine is sixty years old and cannot meet the new rules," a spokesman said.

          About forty workers will be offered jobs at the new plant across the river.

          "Nobody will lose their job because of this," a spokesman said.
          """),
    ]
    let path = try folder.write("spokesmen.jsonl", jsonLines(records))
    let library = try Library.open(
      [path], location: .inMemory, configuration: configuration.get())
    return LibraryReaderData(library: library, name: "spokesmen")
  }

  /// A folder with one good article, a binary file and a JSON Lines file with a broken line:
  /// two problems.
  static func withProblems() throws -> LibraryReaderData {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("good.txt", "Harbour tram approved\n\n" + wireText)
    try folder.write("photo.txt", "GIF89a\u{0}\u{0}binary")
    try folder.write("broken.jsonl", "{\"id\": \"x\", \"text\": \n")
    let library = try Library.open(
      [folder.path], location: .inMemory, configuration: configuration.get())
    return LibraryReaderData(library: library, name: "problems")
  }

  struct Record: Encodable {
    var id: String
    var title: String
    var date: String
    var source: String
    var text: String
  }

  static let wireText = """
    The city council of Lindholm voted on Tuesday to build a tram line between the harbour and the university, after three years of debate over its cost and route.

    Mayor Ilse Brandt said the line would carry its first passengers in 2029 and cut car traffic in the old town by a quarter.

    "This is the biggest decision this council has taken in a generation, and it will change how people move through the city," Brandt told reporters after the vote.

    The tram will run every six minutes at peak hours and stop at eleven stations, including the main railway station and the new hospital.

    Opposition councillors said the budget of 410 million crowns was too optimistic and asked for an independent review of the plans before construction starts.

    Work on the first section is expected to begin next spring, the council said.
    """

  static let copyRecords = [
    Record(
      id: "tram-wire", title: "Lindholm council approves harbour tram line", date: "2025-03-04",
      source: "Baltic Wire", text: wireText),
    Record(
      id: "tram-radio", title: "Tram line for Lindholm gets green light", date: "2025-03-05",
      source: "Radio Lindholm", text: "By Per Holm | Radio Lindholm\n\n" + wireText),
    Record(
      id: "library-hours", title: "Lindholm library extends evening hours", date: "2025-03-01",
      source: "Lindholm Post",
      text:
        "The Lindholm city library will stay open until nine in the evening on weekdays from April, the culture office said. Weekend hours are unchanged."
    ),
  ]

  static func jsonLines(_ records: [Record]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return records.map { record in
      String(decoding: (try? encoder.encode(record)) ?? Data(), as: UTF8.self) + "\n"
    }.joined()
  }
}
