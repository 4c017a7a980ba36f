import Foundation
import StorylineResources
import Testing

@testable import StoryKit

/// The one-pass payload encoder writes the same JSON values as `JSONEncoder` (key order
/// aside), and gives way to it for what it cannot write.
@Suite("PayloadEncoder: a library's payloads in one pass")
struct PayloadEncoderTests {
  /// The JSON of `data` as Foundation objects, to compare values whatever the key order.
  static func parsed(_ data: Data?) -> NSObject? {
    guard let data else { return nil }
    return (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
      as? NSObject
  }

  static func sameJSON<T: Encodable>(_ value: T) throws -> Bool {
    let mine = try #require(PayloadEncoder.encode(value))
    let theirs = try JSONEncoder().encode(value)
    return parsed(mine) == parsed(theirs)
  }

  @Test("every stored value of the sample library encodes as JSONEncoder encodes it")
  func sampleLibrary() throws {
    let folder = try #require(BundledResources.sampleCorpus)
    let library = try Library.open(
      [folder.path], location: .inMemory, configuration: LibraryConfiguration.bundled())
    let articles = try library.articles()
    let quotes = try library.quotes()
    #expect(!articles.isEmpty && !quotes.isEmpty)
    for article in articles {
      #expect(try Self.sameJSON(article))
      let decoded = try Payload.decode(Article.self, from: try Payload.encode(article))
      #expect(decoded == article)
    }
    for quote in quotes { #expect(try Self.sameJSON(quote)) }
    for story in try library.stories() { #expect(try Self.sameJSON(story)) }
    for speaker in try library.speakers() { #expect(try Self.sameJSON(speaker)) }
    for group in try library.duplicateGroups() { #expect(try Self.sameJSON(group)) }
  }

  enum Shape: Codable, Equatable {
    case point
    case pair(Int, label: String?)
  }

  struct Mixed: Codable, Equatable {
    var text: String
    var missing: String?
    var present: Int?
    var ratio: Double
    var weight: Float
    var flags: [Bool]
    var counts: [String: Int]
    var nested: [[Shape]]
    var empty: [String]
  }

  static let texts = [
    "plain", "quote \" and backslash \\", "line\nbreak\ttab\r", "\u{1B}[2J escape", "\u{7F}\u{85}",
    "bidi \u{202E}override\u{2066}", "separators \u{2028}\u{2029}", "emoji 👩‍🚀 é", "",
  ]

  @Test("strings, optionals, numbers, nested and keyed containers", arguments: texts)
  func mixedValues(text: String) throws {
    let value = Mixed(
      text: text, missing: nil, present: -42, ratio: 0.1, weight: 1.5e-5, flags: [true, false],
      counts: [text: 1, "b": 2],
      nested: [[.point, .pair(3, label: nil)], [], [.pair(0, label: text)]],
      empty: [])
    #expect(try Self.sameJSON(value))
    let data = try #require(PayloadEncoder.encode(value))
    #expect(try JSONDecoder().decode(Mixed.self, from: data) == value)
    // NB: no raw control or bidirectional character reaches the stored text.
    let json = String(decoding: data, as: UTF8.self)
    #expect(!json.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{202E}" })
  }

  struct Stamped: Encodable {
    var when = Date(timeIntervalSince1970: 0)
  }

  struct Blob: Encodable {
    var bytes = Data([1, 2, 3])
  }

  /// Writes to its first container after opening a second one: not what a one-pass writer
  /// can follow.
  struct OutOfOrder: Encodable {
    enum Keys: String, CodingKey { case a, b, c }
    func encode(to encoder: any Encoder) throws {
      var outer = encoder.container(keyedBy: Keys.self)
      var inner = outer.nestedContainer(keyedBy: Keys.self, forKey: .a)
      try outer.encode(1, forKey: .b)
      try inner.encode(2, forKey: .c)
    }
  }

  struct Silent: Encodable {
    func encode(to encoder: any Encoder) throws {}
  }

  struct Holder<T: Encodable>: Encodable {
    var value: T
  }

  @Test("what JSONEncoder writes its own way, or out of order, goes to JSONEncoder")
  func fallbacks() throws {
    #expect(PayloadEncoder.encode(Holder(value: Stamped())) == nil)
    #expect(PayloadEncoder.encode(Holder(value: Blob())) == nil)
    #expect(PayloadEncoder.encode(OutOfOrder()) == nil)
    #expect(PayloadEncoder.encode(Holder(value: Double.nan)) == nil)
    // Payload still stores them all.
    #expect(Self.parsed(try Payload.encode(OutOfOrder())) != nil)
    #expect(Self.parsed(try Payload.encode(Holder(value: Stamped()))) != nil)
  }

  @Test("a value that writes nothing is an empty object, as JSONEncoder writes it")
  func silentValue() throws {
    #expect(try Self.sameJSON(Holder(value: Silent())))
  }
}
