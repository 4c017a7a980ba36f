/// Builds a clean text from pieces of an original text while recording its `TextAlignment`.
///
/// Append runs in original order: `copy` for text kept as it is, `replace` for text written
/// differently (an empty replacement drops it from the clean text without a trace besides the
/// jump in original offsets, which is all a removal needs).
///
/// ```swift
/// var builder = AlignedTextBuilder(original: Array("a&amp;b".unicodeScalars))
/// builder.copy(0..<1)
/// builder.replace(1..<6, with: "&")
/// builder.copy(6..<7)
/// let (text, alignment) = builder.finish()   // "a&b"
/// ```
public struct AlignedTextBuilder: Sendable {
  private let original: [Unicode.Scalar]
  /// The clean text so far. NB: scalars, not a `String`: copying a run is then one block copy,
  /// and the text is encoded to UTF-8 once, in `finish()`.
  private var output: [Unicode.Scalar] = []
  private var segments: [TextAlignment.Segment] = []
  private var cleanCount = 0

  /// Creates a builder over the original text's scalars.
  public init(original: [Unicode.Scalar]) {
    self.original = original
    output.reserveCapacity(original.count)
  }

  /// The number of scalars written so far.
  public var count: Int { cleanCount }

  /// The last scalar written, if any.
  public private(set) var lastScalar: Unicode.Scalar?

  /// Appends the original scalars in `range` unchanged.
  public mutating func copy(_ range: Range<Int>) {
    guard !range.isEmpty else { return }
    output.append(contentsOf: original[range])
    lastScalar = original[range.upperBound - 1]
    if var last = segments.last, last.isCopy,
      last.originalStart + last.originalLength == range.lowerBound
    {
      last.cleanLength += range.count
      last.originalLength += range.count
      segments[segments.count - 1] = last
    } else {
      segments.append(
        .init(
          cleanStart: cleanCount, cleanLength: range.count, originalStart: range.lowerBound,
          originalLength: range.count, isCopy: true))
    }
    cleanCount += range.count
  }

  /// Appends `replacement` in place of the original scalars in `range`.
  ///
  /// An empty replacement appends nothing; the alignment then simply skips `range`.
  public mutating func replace(_ range: Range<Int>, with replacement: some Sequence<Unicode.Scalar>)
  {
    var written = 0
    for scalar in replacement {
      output.append(scalar)
      lastScalar = scalar
      written += 1
    }
    guard written > 0 else { return }
    segments.append(
      .init(
        cleanStart: cleanCount, cleanLength: written, originalStart: range.lowerBound,
        originalLength: range.count, isCopy: false))
    cleanCount += written
  }

  /// Appends `replacement` in place of the original scalars in `range`.
  public mutating func replace(_ range: Range<Int>, with replacement: String) {
    replace(range, with: replacement.unicodeScalars)
  }

  /// The clean text and its alignment to the original.
  public func finish() -> (text: String, alignment: TextAlignment) {
    (String(scalars: output), TextAlignment(segments: segments, originalLength: original.count))
  }
}

extension String {
  /// A string made of `scalars`, encoded to UTF-8 in one pass.
  init(scalars: [Unicode.Scalar]) {
    self.init(scalars: scalars[...])
  }

  /// A string made of a slice of scalars, encoded to UTF-8 in one pass (no copy of the slice).
  init(scalars: ArraySlice<Unicode.Scalar>) {
    var byteCount = 0
    for scalar in scalars {
      let value = scalar.value
      byteCount += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
    }
    self.init(unsafeUninitializedCapacity: byteCount) { buffer in
      var index = 0
      for scalar in scalars {
        let value = scalar.value
        if value < 0x80 {
          buffer[index] = UInt8(value)
          index += 1
        } else if value < 0x800 {
          buffer[index] = UInt8(0xC0 | value >> 6)
          buffer[index + 1] = UInt8(0x80 | value & 0x3F)
          index += 2
        } else if value < 0x10000 {
          buffer[index] = UInt8(0xE0 | value >> 12)
          buffer[index + 1] = UInt8(0x80 | (value >> 6) & 0x3F)
          buffer[index + 2] = UInt8(0x80 | value & 0x3F)
          index += 3
        } else {
          buffer[index] = UInt8(0xF0 | value >> 18)
          buffer[index + 1] = UInt8(0x80 | (value >> 12) & 0x3F)
          buffer[index + 2] = UInt8(0x80 | (value >> 6) & 0x3F)
          buffer[index + 3] = UInt8(0x80 | value & 0x3F)
          index += 4
        }
      }
      return index
    }
  }
}

extension String {
  /// The lower-case form of ASCII scalars, written in one pass.
  init(asciiLowercasing scalars: ArraySlice<Unicode.Scalar>) {
    self.init(unsafeUninitializedCapacity: scalars.count) { buffer in
      var index = 0
      for scalar in scalars {
        let value = UInt8(truncatingIfNeeded: scalar.value)
        buffer[index] = value >= 0x41 && value <= 0x5A ? value + 32 : value
        index += 1
      }
      return index
    }
  }
}
