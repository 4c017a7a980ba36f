import Foundation

/// Pieces of a saved state (`AnalysisState.savePlan`), encoded and cut into chunks
/// (`StateChunks`), with the bytes of only those chunks the library does not hold yet: what
/// `LibraryStore.saveState` writes.
///
/// An update encodes its pieces on a thread of its own (`WorkedAhead`) while the library
/// writes its rows, so the transaction only inserts the few new chunks; the pieces of a whole
/// state are encoded a few at a time inside the transaction, so they are never all in memory.
///
/// ```swift
/// let held = try store.read { try LibraryStore.storedChunks($0) }
/// let pieces = EncodedPieces(["stories", "ledger.3"], of: state, leavingOut: held)
/// ```
///
/// Linear in the bytes of the pieces.
struct EncodedPieces: Sendable {
  /// One piece: its name and its chunks in order (hash and length).
  struct Piece: Sendable {
    var name: String
    var chunks: [(hash: UInt64, length: Int)]
  }

  /// The pieces, in the order named.
  var pieces: [Piece] = []
  /// The chunks of `pieces` that were not left out, each once, by hash.
  var newChunks: [UInt64: Data] = [:]

  /// Encodes the pieces `names` of `state` on all cores, a few at a time (one per core), and
  /// keeps the bytes of the chunks whose hash `held` does not hold.
  init(_ names: [String], of state: AnalysisState, leavingOut held: Set<UInt64>) {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    for start in stride(from: 0, to: names.count, by: cores) {
      let group = Array(names[start..<min(names.count, start + cores)])
      let encoded = group.parallelMap { name in
        let bytes = state.encode(piece: name)
        let chunks = StateChunks.cut(bytes).map { (hash: StateChunks.hash(bytes[$0]), range: $0) }
        return (bytes: bytes, chunks: chunks)
      }
      for (name, piece) in zip(group, encoded) {
        for chunk in piece.chunks where !held.contains(chunk.hash) && newChunks[chunk.hash] == nil {
          newChunks[chunk.hash] = Data(piece.bytes[chunk.range])
        }
        pieces.append(
          Piece(name: name, chunks: piece.chunks.map { ($0.hash, $0.range.count) }))
      }
    }
  }
}
