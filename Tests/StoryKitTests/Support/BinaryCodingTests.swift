import Foundation
import Testing

@testable import StoryKit

@Suite("BinaryWriter and BinaryReader: the saved state's bytes")
struct BinaryCodingTests {
  @Test("every kind of value reads back as written")
  func roundTrip() throws {
    var writer = BinaryWriter()
    writer.write(0)
    writer.write(-1)
    writer.write(Int.max)
    writer.write(Int.min)
    writer.writeFixed(0xDEAD_BEEF_0123_4567)
    writer.write(Float(0.25))
    writer.write(-1.5e300)
    writer.write(true)
    writer.write("Lavrov ✓ 拉夫罗夫")
    writer.write(Optional<Int>.none) { $0.write($1) }
    writer.write(Optional(7)) { $0.write($1) }
    writer.write(["a", "", "c"]) { $0.write($1) }
    writer.writeFixedWidth([UInt64.max, 0, 0x0102_0304_0506_0708])
    writer.writeFixedWidth([Int32.min, -1, 0, Int32.max])
    writer.writeFixedWidth([UInt64]())
    var reader = BinaryReader(writer.data)
    #expect(try reader.int() == 0)
    #expect(try reader.int() == -1)
    #expect(try reader.int() == Int.max)
    #expect(try reader.int() == Int.min)
    #expect(try reader.fixed() == 0xDEAD_BEEF_0123_4567)
    #expect(try reader.float() == 0.25)
    #expect(try reader.double() == -1.5e300)
    #expect(try reader.bool())
    #expect(try reader.string() == "Lavrov ✓ 拉夫罗夫")
    #expect(try reader.optional { reader throws(BinaryReader.Damaged) in try reader.int() } == nil)
    #expect(try reader.optional { reader throws(BinaryReader.Damaged) in try reader.int() } == 7)
    #expect(
      try reader.array { reader throws(BinaryReader.Damaged) in try reader.string() } == [
        "a", "", "c",
      ])
    #expect(try reader.fixedWidth(UInt64.self) == [UInt64.max, 0, 0x0102_0304_0506_0708])
    #expect(try reader.fixedWidth(Int32.self) == [Int32.min, -1, 0, Int32.max])
    #expect(try reader.fixedWidth(UInt64.self) == [])
    #expect(reader.isAtEnd)
  }

  @Test("cut or damaged bytes are an error, never a crash")
  func damaged() {
    var writer = BinaryWriter()
    writer.write("a string long enough to cut")
    writer.write(["x", "y"]) { $0.write($1) }
    let bytes = [UInt8](writer.data)
    for length in 0..<bytes.count {
      var reader = BinaryReader(Data(bytes[0..<length]))
      #expect(throws: BinaryReader.Damaged.self) {
        _ = try reader.string()
        _ = try reader.array { reader throws(BinaryReader.Damaged) in try reader.string() }
      }
    }
    // A count larger than the bytes left.
    var reader = BinaryReader(Data([0xFF, 0xFF, 0xFF, 0x7F]))
    #expect(throws: BinaryReader.Damaged.self) { _ = try reader.count() }
    // Fixed-width values fewer than their count says.
    var values = BinaryReader(Data([2, 1, 2, 3, 4, 5, 6, 7, 8, 9]))
    #expect(throws: BinaryReader.Damaged.self) { _ = try values.fixedWidth(UInt64.self) }
    var flag = BinaryReader(Data([7]))
    #expect(throws: BinaryReader.Damaged.self) { _ = try flag.bool() }
  }
}

@Suite("StableHash: the same value gives the same hash; any change gives another")
struct StableHashTests {
  static let story = Story(
    id: StoryID("s1"), title: "Talks in Istanbul", firstDate: nil, lastDate: nil,
    members: [Story.Member(article: ArticleID("a"), date: nil, copyOf: nil)], sources: ["TASS"],
    speakers: ["Sergei Lavrov"], quotes: [QuoteID("a#1")], related: [])

  @Test("equal values hash alike, in any process (the value is fixed here)")
  func equal() {
    #expect(StableHash.of(Self.story) == StableHash.of(Self.story))
    #expect(StableHash.of(Self.story) == 14_547_952_496_769_211_509)
  }

  /// A value of each hashed type with every optional filled, so that its mirror lists them.
  static let values: [any StableHashable & Sendable] = [
    Story(
      id: StoryID("s1"), title: "t", firstDate: date, lastDate: date,
      members: [Story.Member(article: ArticleID("a"), date: date, copyOf: ArticleID("b"))],
      sources: [], speakers: [], quotes: [], related: []),
    Story.Member(article: ArticleID("a"), date: date, copyOf: ArticleID("b")),
    date, date.date,
    Speaker(
      name: "Sergei Lavrov", aliases: [], roles: [], kind: .person, quoteCount: 1, articleCount: 1),
    DuplicateGroup(
      id: GroupID("g"), original: ArticleID("a"),
      copies: [
        DuplicateGroup.Copy(article: ArticleID("b"), similarity: 1, containment: 1, differences: [])
      ]),
    DuplicateGroup.Copy(article: ArticleID("b"), similarity: 1, containment: 1, differences: []),
  ]
  static let date = StoryDate(date: ArticleDate(year: 2025, month: 4, day: 28)!, isInferred: false)

  @Test("each hashed type feeds every stored property it has: a new field is not left out")
  func everyField() {
    for value in Self.values {
      let fields = Mirror(reflecting: value).children.compactMap(\.label)
      #expect(fields == type(of: value).hashedFields, "\(type(of: value))")
    }
  }

  @Test(
    "changing any field changes the hash",
    arguments: [
      { (story: inout Story) in story.title = "Talks in Ankara" },
      { story in story.sources = [] },
      { story in story.sources = ["TASS", ""] },
      { story in story.members[0].copyOf = ArticleID("b") },
      { story in
        story.firstDate = StoryDate(
          date: ArticleDate(year: 2025, month: 4, day: 28)!, isInferred: true)
      },
      { story in story.speakers = ["Sergei", "Lavrov"] },
      { story in story.quotes = [] },
      { story in story.related = [StoryID("s2")] },
      { story in story.id = StoryID("s2") },
      { story in story.members[0].date = StableHashTests.date },
      { story in story.lastDate = StableHashTests.date },
    ] as [@Sendable (inout Story) -> Void])
  func changed(_ change: @Sendable (inout Story) -> Void) {
    var story = Self.story
    change(&story)
    #expect(StableHash.of(story) != StableHash.of(Self.story))
  }
}
