import Foundation

extension DuplicateIndex {
  /// The LSH buckets, saved as a base per band and deltas (see `LSHBands`).
  var lsh: LSHBands { bands }

  /// Writes one LSH band's base (see `LSHBands`).
  func write(band: Int, to writer: inout BinaryWriter) {
    bands.write(band: band, to: &writer) { members[$0].isRemoved }
  }

  /// Writes the index without its shingle sets (see `DuplicateIndex`) and without its bands
  /// (`write(band:to:)`). Call after `groups(texts:)`, so the groups written are current.
  func write(to writer: inout BinaryWriter) {
    writer.write(members) { writer, member in
      writer.write(member.id.rawValue)
      writer.write(member.date) { $0.write($1) }
      writer.write(member.isRemoved)
    }
    var pairs: [(Int, Int, PairMeasure)] = []
    for (a, neighbours) in edges {
      for (b, measure) in neighbours where a < b { pairs.append((a, b, measure)) }
    }
    pairs.sort { ($0.0, $0.1) < ($1.0, $1.1) }
    writer.write(pairs) { writer, pair in
      writer.write(pair.0)
      writer.write(pair.1)
      writer.write(pair.2.jaccard)
      writer.write(pair.2.containment)
    }
    writer.write(assembled) { writer, group in
      writer.write(group.first)
      writer.write(group.original)
      writer.write(group.copies) { writer, copy in
        writer.write(copy.article.rawValue)
        writer.write(copy.similarity)
        writer.write(copy.containment)
        writer.write(copy.differences) { $0.write($1) }
      }
    }
  }

  /// Reads an index written by `write(to:)`, its `bands` and their `deltas`, with
  /// `detector`'s thresholds.
  init(
    from reader: inout BinaryReader, bands: [[UInt8]], deltas: [[UInt8]],
    detector: DuplicateDetector
  ) throws(BinaryReader.Damaged) {
    self.init(detector: detector)
    guard bands.count == DuplicateDetector.bands else { throw BinaryReader.Damaged() }
    members = try reader.array { reader throws(BinaryReader.Damaged) in
      Member(
        id: ArticleID(try reader.string()),
        date: try reader.optional { reader throws(BinaryReader.Damaged) in
          try reader.articleDate()
        },
        isRemoved: try reader.bool())
    }
    self.bands = try LSHBands(bands: bands, deltas: deltas, members: members.count)
    memberNumber.reserveCapacity(members.count)
    for (number, member) in members.enumerated() where !member.isRemoved {
      memberNumber[member.id] = number
    }
    let pairs = try reader.count()
    for _ in 0..<pairs {
      let a = try reader.int()
      let b = try reader.int()
      let measure = PairMeasure(jaccard: try reader.double(), containment: try reader.double())
      guard members.indices.contains(a), members.indices.contains(b) else {
        throw BinaryReader.Damaged()
      }
      edges[a, default: [:]][b] = measure
      edges[b, default: [:]][a] = measure
    }
    assembled = try reader.array { reader throws(BinaryReader.Damaged) in
      let first = try reader.int()
      let original = try reader.int()
      guard members.indices.contains(original) else { throw BinaryReader.Damaged() }
      let copies = try reader.array { reader throws(BinaryReader.Damaged) in
        DuplicateGroup.Copy(
          article: ArticleID(try reader.string()), similarity: try reader.double(),
          containment: try reader.double(),
          differences: try reader.array { reader throws(BinaryReader.Damaged) in
            try reader.string()
          })
      }
      return DuplicateDetector.Assembled(first: first, original: original, copies: copies)
    }
  }
}
