/// A stable 64-bit hash of a stored value's fields, through `FNV1a`: the same value gives the
/// same hash in every process (unlike `Hasher`, seeded per process).
///
/// What a library uses to tell which stored rows changed (`StoredRows`). Each type stored as a
/// row feeds every one of its fields (`StableHashable`), and names them in `hashedFields`; a
/// test holds that list against the type's stored properties, so a field added to a model type
/// cannot be left out of its hash.
///
/// ```swift
/// StableHash.of(story) == StableHash.of(storedStory)   // same story, same row
/// ```
enum StableHash {
  /// The hash of `value`.
  static func of(_ value: some StableHashable) -> UInt64 {
    var hasher = StableHasher()
    hasher.combine(value)
    return hasher.value
  }
}

/// A value whose fields feed a `StableHasher`.
protocol StableHashable {
  /// The stored properties `feed(_:)` hashes, by name, in order.
  static var hashedFields: [String] { get }
  /// Feeds every stored property to `hasher`, in the order of `hashedFields`.
  func feed(_ hasher: inout StableHasher)
}

/// Feeds values to `FNV1a` so that different values give different byte sequences: text ends
/// with a byte UTF-8 never holds, lists start with their length, an optional says whether it
/// holds a value.
struct StableHasher {
  private var hash = FNV1a()

  /// The hash of everything fed so far.
  var value: UInt64 { hash.value }

  mutating func combine(_ text: String) {
    hash.combine(utf8: text)
    hash.combine(byte: 0xFF)
  }

  mutating func combine(_ number: Int) {
    var remaining = UInt64(bitPattern: Int64(number))
    for _ in 0..<8 {
      hash.combine(byte: UInt8(truncatingIfNeeded: remaining))
      remaining >>= 8
    }
  }

  mutating func combine(_ number: Double) { combine(Int(bitPattern: UInt(number.bitPattern))) }

  mutating func combine(_ flag: Bool) { hash.combine(byte: flag ? 1 : 0) }

  mutating func combine(_ id: some StringIdentifier) { combine(id.rawValue) }

  mutating func combine(_ value: some StableHashable) { value.feed(&self) }

  mutating func combine(_ id: (some StringIdentifier)?) {
    combine(id != nil)
    if let id { combine(id) }
  }

  mutating func combine(_ value: (some StableHashable)?) {
    combine(value != nil)
    if let value { combine(value) }
  }

  mutating func combine(_ texts: [String]) {
    combine(texts.count)
    for text in texts { combine(text) }
  }

  mutating func combine(_ ids: [some StringIdentifier]) {
    combine(ids.count)
    for id in ids { combine(id) }
  }

  mutating func combine(_ values: [some StableHashable]) {
    combine(values.count)
    for value in values { combine(value) }
  }
}

extension Story: StableHashable {
  static let hashedFields = [
    "id", "title", "firstDate", "lastDate", "members", "sources", "speakers", "quotes", "related",
  ]

  func feed(_ hasher: inout StableHasher) {
    hasher.combine(id)
    hasher.combine(title)
    hasher.combine(firstDate)
    hasher.combine(lastDate)
    hasher.combine(members)
    hasher.combine(sources)
    hasher.combine(speakers)
    hasher.combine(quotes)
    hasher.combine(related)
  }
}

extension Story.Member: StableHashable {
  static let hashedFields = ["article", "date", "copyOf"]

  func feed(_ hasher: inout StableHasher) {
    hasher.combine(article)
    hasher.combine(date)
    hasher.combine(copyOf)
  }
}

extension StoryDate: StableHashable {
  static let hashedFields = ["date", "isInferred"]

  func feed(_ hasher: inout StableHasher) {
    hasher.combine(date)
    hasher.combine(isInferred)
  }
}

extension ArticleDate: StableHashable {
  static let hashedFields = ["year", "month", "day"]

  func feed(_ hasher: inout StableHasher) {
    hasher.combine(year)
    hasher.combine(month)
    hasher.combine(day)
  }
}

extension Speaker: StableHashable {
  static let hashedFields = [
    "id", "name", "aliases", "roles", "kind", "quoteCount", "articleCount",
  ]

  func feed(_ hasher: inout StableHasher) {
    hasher.combine(id)
    hasher.combine(name)
    hasher.combine(aliases)
    hasher.combine(roles)
    hasher.combine(kind.rawValue)
    hasher.combine(quoteCount)
    hasher.combine(articleCount)
  }
}

extension DuplicateGroup: StableHashable {
  static let hashedFields = ["id", "original", "copies"]

  func feed(_ hasher: inout StableHasher) {
    hasher.combine(id)
    hasher.combine(original)
    hasher.combine(copies)
  }
}

extension DuplicateGroup.Copy: StableHashable {
  static let hashedFields = ["article", "similarity", "containment", "differences"]

  func feed(_ hasher: inout StableHasher) {
    hasher.combine(article)
    hasher.combine(similarity)
    hasher.combine(containment)
    hasher.combine(differences)
  }
}
