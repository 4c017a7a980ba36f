extension StoryIndex {
  /// Writes the index: vocabulary, documents (vector, day, origin) and stories. Story sums
  /// and the term postings are rebuilt when read.
  func write(to writer: inout BinaryWriter) {
    statistics.write(to: &writer)
    writer.write(documents) { writer, document in
      writer.write(document.id.rawValue)
      writer.write(document.isRemoved)
      guard !document.isRemoved else { return }
      writer.write(document.origin)
      writer.writeFixed(document.textHash)
      writer.write(document.dating.date) { $0.write($1) }
      writer.write(document.dating.shownDate) { $0.write($1) }
      writer.write(document.dating.isPublication)
      document.vector.write(to: &writer)
      writer.write(document.subject) { $0.write(Int($1)) }
      writer.write(document.names) { $0.write(Int($1)) }
    }
    writer.write(clusters) { writer, cluster in
      writer.write(cluster.members) { $0.write($1) }
    }
  }

  /// Reads an index written by `write(to:)`.
  init(from reader: inout BinaryReader, stopWords: StopWords) throws(BinaryReader.Damaged) {
    self.init(stopWords: stopWords)
    statistics = try TermStatistics(from: &reader)
    let count = try reader.count()
    documents.reserveCapacity(count)
    documentNumber.reserveCapacity(count)
    for arrival in 0..<count {
      let id = ArticleID(try reader.string())
      guard !(try reader.bool()) else {
        documents.append(
          Document(
            id: id, origin: "", vector: SparseVector(),
            dating: ArticleDating(date: nil, mentions: []), topTerms: [], arrival: arrival,
            textHash: 0, isRemoved: true))
        continue
      }
      let origin = try reader.string()
      let textHash = try reader.fixed()
      let date = try reader.optional { reader throws(BinaryReader.Damaged) in
        try reader.storyDate()
      }
      let shownDate = try reader.optional { reader throws(BinaryReader.Damaged) in
        try reader.storyDate()
      }
      let isPublication = try reader.bool()
      let vector = try SparseVector(from: &reader)
      let subject = try Self.terms(&reader)
      let names = try Self.terms(&reader)
      // NB: mentions are only read while an article's terms are counted, never after.
      let dating = ArticleDating(
        date: date, shownDate: shownDate, isPublication: isPublication, mentions: [])
      documents.append(
        Document(
          id: id, origin: origin, vector: vector, dating: dating,
          topTerms: [], subject: subject, names: names,
          arrival: arrival,
          textHash: textHash))
      documentNumber[id] = arrival
    }
    // NB: each article's heaviest terms on all cores.
    let terms = indexedTerms
    let heaviest = documents.parallelMap { $0.isRemoved ? [] : $0.vector.heaviest(terms) }
    for (number, top) in heaviest.enumerated() { documents[number].topTerms = top }
    let clusterCount = try reader.count()
    var memberLists: [[Int]] = []
    memberLists.reserveCapacity(clusterCount)
    for _ in 0..<clusterCount {
      let members = try reader.array { reader throws(BinaryReader.Damaged) in try reader.int() }
      guard !members.isEmpty,
        members.allSatisfy({ documents.indices.contains($0) && !documents[$0].isRemoved })
      else { throw BinaryReader.Damaged() }
      memberLists.append(members)
    }
    // NB: each story's sums on all cores; stories are independent, and each is summed in the
    // order its members joined, as before.
    let index = self
    clusters = memberLists.parallelMap { index.rebuiltInOrder($0) }
    rebuildPostings()
  }

  /// A story of `members` in the order given (the order they joined, which the sums' float
  /// rounding follows).
  private func rebuiltInOrder(_ members: [Int]) -> StoryCluster {
    var cluster = StoryCluster()
    for member in members { join(member, to: &cluster) }
    return cluster
  }

  /// A list of term ids.
  private static func terms(_ reader: inout BinaryReader) throws(BinaryReader.Damaged) -> [UInt32] {
    try reader.array { reader throws(BinaryReader.Damaged) in
      guard let term = UInt32(exactly: try reader.int()) else { throw BinaryReader.Damaged() }
      return term
    }
  }
}
