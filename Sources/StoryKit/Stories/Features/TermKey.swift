/// A feature term with its 64-bit FNV-1a hash worked out once: dictionaries and sets of terms
/// then hash eight bytes instead of the whole word, and the order of terms by hash is the same
/// in every process.
struct TermKey: Hashable, Comparable, Sendable {
  /// The term (`lavrov`, `#sergei lavrov`, `@2025-04-27`).
  let text: String
  /// The FNV-1a hash of `text`'s UTF-8 bytes.
  let hash: UInt64

  /// A key for `text`, hashing it.
  init(_ text: String) {
    self.init(text: text, hash: Self.hash(of: text))
  }

  /// A key whose hash the caller already computed with `hash(of:)`'s algorithm.
  init(text: String, hash: UInt64) {
    self.text = text
    self.hash = hash
  }

  /// The FNV-1a hash of `text`'s UTF-8 bytes.
  static func hash(of text: String) -> UInt64 {
    FNV1a.hash(utf8: text)
  }

  func hash(into hasher: inout Hasher) { hasher.combine(hash) }

  static func == (lhs: TermKey, rhs: TermKey) -> Bool {
    lhs.hash == rhs.hash && lhs.text == rhs.text
  }

  /// By hash, then text: a stable order that rarely compares strings.
  static func < (lhs: TermKey, rhs: TermKey) -> Bool {
    lhs.hash != rhs.hash ? lhs.hash < rhs.hash : lhs.text < rhs.text
  }
}
