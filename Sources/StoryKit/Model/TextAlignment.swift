/// The map from positions in an article's clean text back to its original text.
///
/// Cleaning copies runs of the original unchanged, replaces some runs (a non-breaking space by
/// a space, `&amp;` by `&`, a gap between paragraphs by a blank line) and drops others
/// (boilerplate lines). The alignment records this as an ordered list of segments, so that any
/// range of the clean text maps back to the Unicode-scalar range of the original it came from.
///
/// Inside a copied run the map is exact, scalar for scalar. A range that starts or ends inside
/// a replaced run widens to cover the whole original run.
///
/// ```swift
/// let original = article.originalText
/// let clean = article.cleanText          // a quote found at clean scalars 10..<25
/// let range = article.alignment.originalRange(ofClean: 10..<25)
/// // original's scalars in `range` are the same characters, boilerplate-free positions kept
/// ```
public struct TextAlignment: Hashable, Sendable, Codable {
  /// One run of clean text and the original run it came from.
  public struct Segment: Hashable, Sendable, Codable {
    /// Start of the run in the clean text (Unicode scalars).
    public var cleanStart: Int
    /// Length of the run in the clean text.
    public var cleanLength: Int
    /// Start of the run in the original text (Unicode scalars).
    public var originalStart: Int
    /// Length of the run in the original text.
    public var originalLength: Int
    /// Whether the run was copied unchanged (then both lengths are equal and the map is exact).
    public var isCopy: Bool
  }

  /// The segments in clean-text order; they tile the clean text without gaps.
  public private(set) var segments: [Segment]
  /// The length of the original text, in Unicode scalars.
  public let originalLength: Int

  /// Creates an alignment from segments that tile the clean text in order.
  public init(segments: [Segment], originalLength: Int) {
    self.segments = segments
    self.originalLength = originalLength
  }

  /// The identity alignment of a text with itself.
  public static func identity(length: Int) -> TextAlignment {
    TextAlignment(
      segments: length == 0
        ? []
        : [
          Segment(
            cleanStart: 0, cleanLength: length, originalStart: 0, originalLength: length,
            isCopy: true)
        ],
      originalLength: length)
  }

  /// The length of the clean text, in Unicode scalars.
  public var cleanLength: Int { segments.last.map { $0.cleanStart + $0.cleanLength } ?? 0 }

  /// The original range that the clean range `clean` came from.
  ///
  /// - Parameter clean: A range of clean-text Unicode-scalar offsets.
  /// - Returns: The original range; empty ranges map to an empty original range.
  public func originalRange(ofClean clean: Range<Int>) -> TextRange {
    let start = originalOffset(ofClean: clean.lowerBound, roundingUp: false)
    guard !clean.isEmpty else { return TextRange(start: start, end: start) }
    let end = originalOffset(ofClean: clean.upperBound, roundingUp: true)
    return TextRange(start: start, end: end)
  }

  /// The original offset of a clean offset.
  ///
  /// - Parameters:
  ///   - offset: A clean-text Unicode-scalar offset, `0...cleanLength`.
  ///   - roundingUp: Inside a replaced run, `false` gives the run's original start (use it for
  ///     the start of a range), `true` its original end (use it for the end of a range).
  public func originalOffset(ofClean offset: Int, roundingUp: Bool = false) -> Int {
    guard !segments.isEmpty else { return 0 }
    if roundingUp {
      // The end of a range belongs to the segment holding the scalar just before it.
      guard offset > 0 else { return segments[0].originalStart }
      let segment = segments[segmentIndex(containing: offset - 1)]
      if segment.isCopy { return segment.originalStart + (offset - segment.cleanStart) }
      return segment.originalStart + segment.originalLength
    }
    guard offset < cleanLength else {
      let last = segments[segments.count - 1]
      return last.originalStart + last.originalLength
    }
    let segment = segments[segmentIndex(containing: offset)]
    if segment.isCopy { return segment.originalStart + (offset - segment.cleanStart) }
    return segment.originalStart
  }

  /// The clean offset where the original offset `offset` stands, or where the clean text
  /// resumes when it was removed.
  public func cleanOffset(ofOriginal offset: Int) -> Int {
    // Segments are ordered in the original too: cleaning never reorders text.
    let low = segments.partitioningIndex { $0.originalStart + $0.originalLength > offset }
    guard low < segments.count else { return cleanLength }
    let segment = segments[low]
    if offset <= segment.originalStart { return segment.cleanStart }
    if segment.isCopy { return segment.cleanStart + (offset - segment.originalStart) }
    return segment.cleanStart
  }

  /// The last segment starting at or before `cleanOffset` (the first, for an offset before it).
  private func segmentIndex(containing cleanOffset: Int) -> Int {
    max(0, segments.partitioningIndex { $0.cleanStart > cleanOffset } - 1)
  }
}
