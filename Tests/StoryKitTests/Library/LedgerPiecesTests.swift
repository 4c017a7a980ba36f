import Foundation
import StorylineResources
import Testing

@testable import StoryKit

@Suite("Ledger: an update writes again only the pieces it changed")
struct LedgerPiecesTests {
  /// An entry with serial `serial` and a title to tell versions apart.
  private static func entry(_ serial: Int, title: String = "t") -> LedgerEntry {
    let id = ArticleID("a\(serial)")
    return LedgerEntry(
      id: id, path: "/corpus/f.jsonl", record: serial, contentHash: UInt64(serial), group: "g",
      lines: [],
      outline: StoryArticle(id: id, title: title, source: nil, date: nil, quotes: []),
      localSpeakers: [], speakers: [], serial: serial)
  }

  /// The state's saved form, as a library keeps it (piece name → bytes).
  private static func saved(_ state: AnalysisState, plan: [String]) -> [String: [UInt8]] {
    Dictionary(uniqueKeysWithValues: plan.map { ($0, state.encode(piece: $0)) })
  }

  private static func titles(_ state: AnalysisState) -> [String: String] {
    Dictionary(
      uniqueKeysWithValues: state.ledger.values.map { ($0.id.rawValue, $0.outline.title ?? "") })
  }

  @Test(
    "setting, changing or removing an entry marks its piece, and only that",
    arguments: [
      (serials: [0, 1, 8191], changed: [1], expected: [0]),
      (serials: [0, 8192, 20000], changed: [8192], expected: [1]),
      (serials: [0, 8192, 20000], changed: [20000, 0], expected: [0, 2]),
    ])
  func marksPieces(serials: [Int], changed: [Int], expected: [Int]) {
    var ledger = Ledger(saved: [serials.map { Self.entry($0) }])
    #expect(ledger.changedPieces.isEmpty)
    for serial in changed {
      if serial == changed.last {
        ledger[ArticleID("a\(serial)")] = nil
      } else {
        ledger[ArticleID("a\(serial)")]?.outline.title = "new"
      }
    }
    #expect(ledger.changedPieces == Set(expected))
  }

  @Test(
    "an outline set, changed or removed is taken once; an entry set again as it was is not",
    arguments: [
      (change: "title", expected: ["a1"]),
      (change: "path", expected: []),
      (change: "remove", expected: ["a1"]),
      (change: "add", expected: ["a7"]),
    ])
  func changedOutlines(change: String, expected: [String]) {
    var ledger = Ledger(saved: [[0, 1].map { Self.entry($0) }])
    switch change {
    case "title": ledger["a1"]?.outline.title = "new"
    case "path": ledger["a1"]?.path = "/corpus/g.jsonl"
    case "remove": ledger["a1"] = nil
    default: ledger["a7"] = Self.entry(7)
    }
    #expect(ledger.takeChangedOutlines() == Set(expected.map { ArticleID($0) }))
    #expect(ledger.takeChangedOutlines().isEmpty)
  }

  @Test("the entries come in serial order, whatever order they were set in")
  func serialOrder() {
    var ledger = Ledger()
    for serial in [9000, 3, 8192, 0] { ledger[ArticleID("a\(serial)")] = Self.entry(serial) }
    ledger["a3"] = nil
    #expect(ledger.values.map(\.serial) == [0, 8192, 9000])
    #expect(ledger.entries(of: 1).map(\.serial) == [8192, 9000])
    #expect(ledger.count == 3)
  }

  @Test("pieces kept as saved and pieces written again read back as the updated ledger")
  func keptAndWrittenPiecesReadBack() throws {
    let configuration = try LibraryConfiguration.bundled()
    var state = AnalysisState(configuration: configuration)
    let serials = [0, 5, 8192, 9000, 16384]
    for serial in serials { state.ledger[ArticleID("a\(serial)")] = Self.entry(serial) }
    state.nextSerial = 16385
    let first = state.savePlan(everything: true)
    #expect(
      first.write.filter { $0.hasPrefix("ledger.") }.sorted() == [
        "ledger.0", "ledger.1", "ledger.2",
      ])
    var parts = Self.saved(state, plan: first.write)

    var reread = try AnalysisState(parts: parts, configuration: configuration)
    #expect(Self.titles(reread) == Self.titles(state))
    reread.ledger[ArticleID("a9000")]?.outline.title = "changed"
    reread.ledger[ArticleID("a16385")] = Self.entry(16385, title: "added")
    reread.nextSerial = 16386
    let update = reread.savePlan(everything: false)
    #expect(update.write.filter { $0.hasPrefix("ledger.") }.sorted() == ["ledger.1", "ledger.2"])
    #expect(update.keep.filter { $0.hasPrefix("ledger.") } == ["ledger.0"])

    parts = parts.filter { update.keep.contains($0.key) }
    parts.merge(Self.saved(reread, plan: update.write)) { _, new in new }
    let after = try AnalysisState(parts: parts, configuration: configuration)
    #expect(Self.titles(after) == Self.titles(reread))
    #expect(after.ledger[ArticleID("a9000")]?.outline.title == "changed")
    #expect(after.ledger.count == 6)
    #expect(after.ledger.changedPieces.isEmpty)
  }

  /// An entry with every part of its body filled.
  private static func fullEntry() -> LedgerEntry {
    let id = ArticleID("full")
    return LedgerEntry(
      id: id, path: "/corpus/f.jsonl", record: 3, contentHash: 42, group: "wire",
      lines: [CorpusBoilerplate.Line(fingerprint: 7, atEdge: true)],
      outline: StoryArticle(
        id: id, title: "Title", source: "Wire", date: nil,
        quotes: [
          StoryArticle.QuoteMark(id: QuoteID("q1"), speaker: "Sergei Lavrov"),
          StoryArticle.QuoteMark(id: QuoteID("q2"), speaker: nil),
        ]),
      localSpeakers: ["Lavrov", nil],
      speakers: [
        (
          speaker: QuoteExtractor.ArticleSpeaker(
            name: "Lavrov", forms: ["Sergei Lavrov"], roles: ["minister"], kind: .person),
          quotes: 1
        )
      ], serial: 3)
  }

  private static func bytes(_ entry: LedgerEntry) -> [UInt8] {
    var writer = BinaryWriter()
    entry.write(to: &writer)
    return writer.bytes
  }

  @Test("an entry read back gives its body when asked, and is written again byte for byte unread")
  func bodyReadWhenAsked() throws {
    let entry = Self.fullEntry()
    let saved = Self.bytes(entry)
    var reader = BinaryReader(Data(saved))
    let damage = LedgerEntry.Damage()
    let unread = try LedgerEntry(from: &reader, damage: damage)
    #expect(reader.isAtEnd)
    #expect(Self.bytes(unread) == saved)
    #expect(unread.outline == entry.outline)
    #expect(unread.localSpeakers == entry.localSpeakers)
    #expect(unread.lines.map(\.fingerprint) == [7])
    #expect(unread.speakers.map(\.speaker.forms) == [["Sergei Lavrov"]])
    var changed = unread
    changed.outline.title = "Changed"
    #expect(unread.outline.title == "Title")
    #expect(Self.bytes(changed) != saved)
    #expect(!damage.isRecorded)
  }

  @Test(
    "a damaged body reads as empty and is recorded (the state is then analysed afresh); a cut head is an error"
  )
  func damagedBody() throws {
    var saved = Self.bytes(Self.fullEntry())
    // NB: the speaker's kind, in the body, made one no speaker has.
    let kind = Array("person".utf8)
    let at = try #require(
      (0...(saved.count - kind.count)).last { Array(saved[$0..<$0 + kind.count]) == kind })
    saved[at] = UInt8(ascii: "x")
    var reader = BinaryReader(Data(saved))
    let damage = LedgerEntry.Damage()
    let entry = try LedgerEntry(from: &reader, damage: damage)
    let ledger = Ledger(saved: [[entry]], damage: damage)
    #expect(entry.id == ArticleID("full"))
    #expect(!ledger.hasDamagedBody, "nothing is decoded until asked for")
    #expect(entry.outline.quotes.isEmpty)
    #expect(entry.speakers.isEmpty)
    #expect(ledger.hasDamagedBody)
    var cut = BinaryReader(Data(saved.prefix(6)))
    #expect(throws: BinaryReader.Damaged.self) {
      try LedgerEntry(from: &cut, damage: LedgerEntry.Damage())
    }
  }
}
