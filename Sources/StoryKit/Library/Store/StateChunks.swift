/// Cuts a saved state's bytes into chunks whose boundaries depend on the bytes themselves
/// (content-defined chunking with a gear hash), so that an update that inserts, removes or
/// changes a few records in a large piece changes only the chunks around them: the others keep
/// their bytes, and their hash, wherever they moved. The library stores each chunk once, by
/// hash, and a piece as the list of its chunks (`LibraryStore.saveState`), so an update writes
/// only the chunks it changed instead of every piece whole.
///
/// ```swift
/// let chunks = StateChunks.cut(bytes)        // ranges covering `bytes`, in order
/// let hash = StateChunks.hash(bytes[chunks[0]])
/// ```
///
/// Linear in the bytes.
enum StateChunks {
  /// No chunk is shorter, except the last.
  static let minimumSize = 4 << 10
  /// No chunk is longer.
  static let maximumSize = 256 << 10
  /// A boundary falls where the gear hash has these bits clear: one in 16 KiB on average. (Small
  /// chunks, as the changes of an update are few but scattered: 25 stories re-formed among
  /// 100k articles dirty 25 chunks.)
  private static let boundaryMask: UInt64 = (1 << 14) - 1

  /// One pseudo-random word per byte value (SplitMix64 from a fixed seed): the same table in
  /// every build, so the same bytes always cut the same way.
  private static let gear: [UInt64] = {
    var state: UInt64 = 0x5354_4f52_594c_494e  // "STORYLIN"
    return (0..<256).map { _ in
      state &+= 0x9E37_79B9_7F4A_7C15
      var mixed = state
      mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
      mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
      return mixed ^ (mixed >> 31)
    }
  }()

  /// The chunks of `bytes`, as ranges covering them in order (none for no bytes).
  static func cut(_ bytes: [UInt8]) -> [Range<Int>] {
    var chunks: [Range<Int>] = []
    var start = 0
    bytes.withUnsafeBufferPointer { buffer in
      let table = gear
      while start < buffer.count {
        let limit = min(buffer.count, start + maximumSize)
        var end = limit
        // NB: the hash only looks at the bytes since the last boundary; the first
        // `minimumSize` of them are skipped, as no boundary may fall there.
        var hash: UInt64 = 0
        var index = start + minimumSize
        while index < limit {
          hash = (hash << 1) &+ table[Int(buffer[index])]
          index += 1
          if hash & boundaryMask == 0 {
            end = index
            break
          }
        }
        chunks.append(start..<end)
        start = end
      }
    }
    return chunks
  }

  /// A chunk's name in the library: the FNV-1a hash of its bytes.
  static func hash(_ chunk: ArraySlice<UInt8>) -> UInt64 {
    FNV1a.hash(bytes: chunk)
  }
}
