extension TextAlignment {
  private enum CodingKeys: String, CodingKey {
    case originalLength
    case runs
  }

  /// Decodes the compact form `encode(to:)` writes.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let length = try container.decode(Int.self, forKey: .originalLength)
    let runs = try container.decode([Int].self, forKey: .runs)
    guard runs.count % 5 == 0 else {
      throw DecodingError.dataCorruptedError(
        forKey: .runs, in: container, debugDescription: "runs come in fives")
    }
    var segments: [Segment] = []
    segments.reserveCapacity(runs.count / 5)
    for start in stride(from: 0, to: runs.count, by: 5) {
      segments.append(
        Segment(
          cleanStart: runs[start], cleanLength: runs[start + 1], originalStart: runs[start + 2],
          originalLength: runs[start + 3], isCopy: runs[start + 4] != 0))
    }
    self.init(segments: segments, originalLength: length)
  }

  /// Encodes the alignment compactly, as the original length and one flat array of numbers,
  /// five per segment (clean start and length, original start and length, 1 when copied):
  /// a library stores one per article, and keyed segments made it several times larger and
  /// slower to write.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(originalLength, forKey: .originalLength)
    var runs: [Int] = []
    runs.reserveCapacity(segments.count * 5)
    for segment in segments {
      runs += [
        segment.cleanStart, segment.cleanLength, segment.originalStart, segment.originalLength,
        segment.isCopy ? 1 : 0,
      ]
    }
    try container.encode(runs, forKey: .runs)
  }
}
