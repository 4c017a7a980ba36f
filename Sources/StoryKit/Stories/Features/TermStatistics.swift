import Foundation

/// The corpus-wide vocabulary of story features: a number per term and how many articles hold
/// it, updated as batches of articles arrive.
struct TermStatistics: Sendable {
  private var ids: [TermKey: UInt32] = [:]
  private var documentFrequency: [Int32] = []
  /// The number of articles counted.
  private(set) var documentCount = 0

  /// Counts one article's terms and returns their ids (the `terms` keys, in their order).
  mutating func register(_ terms: some Collection<TermKey>) -> [UInt32] {
    documentCount += 1
    return terms.map { term in
      if let id = ids[term] {
        documentFrequency[Int(id)] += 1
        return id
      }
      let id = UInt32(documentFrequency.count)
      ids[term] = id
      documentFrequency.append(1)
      return id
    }
  }

  /// How many articles hold the term `id`.
  func documentFrequency(of id: UInt32) -> Int {
    Int(id) < documentFrequency.count ? Int(documentFrequency[Int(id)]) : 0
  }

  /// The number of distinct terms (ids run from 0 below it).
  var vocabularySize: Int { documentFrequency.count }

  /// The id of `term`, when some article holds it.
  func id(of term: TermKey) -> UInt32? { ids[term] }

  /// Articles of an imagined background corpus in which no content word occurs, added to the
  /// count: a handful of articles on one subject then doesn't make its subject's words worthless
  /// (in five articles about Lavrov, `lavrov` is in all five but still telling), while in a
  /// real corpus of thousands it changes next to nothing.
  var backgroundArticles: Float = 100

  /// The inverse document frequency of a term: `ln((N + background + 1) / (df + 0.5))`, high
  /// for rare terms.
  func inverseFrequency(of id: UInt32) -> Float {
    log(
      (Float(documentCount) + backgroundArticles + 1) / (Float(documentFrequency(of: id)) + 0.5))
  }

  /// The TF-IDF vector of weighted term counts, `(1 + ln count) × idf`, scaled to length 1.
  func vector(ids: [UInt32], counts: [Float]) -> SparseVector {
    var entries: [(term: UInt32, weight: Float)] = []
    entries.reserveCapacity(ids.count)
    for (id, count) in zip(ids, counts) where count > 0 {
      let tf = count >= 1 ? 1 + log(count) : count
      entries.append((id, tf * max(0, inverseFrequency(of: id))))
    }
    return SparseVector(entries: entries).normalized
  }

  /// Writes the vocabulary and its counts (`AnalysisState`).
  func write(to writer: inout BinaryWriter) {
    writer.write(documentCount)
    var terms = Array(repeating: "", count: documentFrequency.count)
    for (term, id) in ids { terms[Int(id)] = term.text }
    writer.write(UInt64(terms.count))
    for (term, frequency) in zip(terms, documentFrequency) {
      writer.write(term)
      writer.write(Int(frequency))
    }
  }

  /// An empty vocabulary.
  init() {}

  /// Reads what `write(to:)` wrote.
  init(from reader: inout BinaryReader) throws(BinaryReader.Damaged) {
    documentCount = try reader.int()
    let count = try reader.count(minimumSize: 2)
    ids.reserveCapacity(count)
    documentFrequency.reserveCapacity(count)
    for id in 0..<count {
      ids[TermKey(try reader.string())] = UInt32(id)
      guard let frequency = Int32(exactly: try reader.int()) else { throw BinaryReader.Damaged() }
      documentFrequency.append(frequency)
    }
  }
}
