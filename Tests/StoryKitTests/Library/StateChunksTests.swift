import Foundation
import Testing

@testable import StoryKit

@Suite("Saved state: chunks cut by content, an update writes only the chunks it changed")
struct StateChunksTests {
  /// `count` bytes that look random (a seeded linear congruential generator), as encoded
  /// vectors and ids do.
  private static func bytes(_ count: Int, seed: UInt64) -> [UInt8] {
    var state = seed
    return (0..<count).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: state >> 33)
    }
  }

  private static func hashes(_ bytes: [UInt8]) -> [UInt64] {
    StateChunks.cut(bytes).map { StateChunks.hash(bytes[$0]) }
  }

  @Test(
    "chunks cover the bytes in order, within the sizes",
    arguments: [0, 1, 4_095, 4_097, 300_000, 4_000_000])
  func chunksCoverTheBytes(count: Int) {
    let data = Self.bytes(count, seed: 7)
    let chunks = StateChunks.cut(data)
    #expect(chunks.first?.lowerBound ?? 0 == 0)
    #expect(chunks.last?.upperBound ?? 0 == count)
    for (chunk, next) in zip(chunks, chunks.dropFirst()) {
      #expect(chunk.upperBound == next.lowerBound)
    }
    for chunk in chunks.dropLast() { #expect(chunk.count >= StateChunks.minimumSize) }
    for chunk in chunks { #expect(chunk.count <= StateChunks.maximumSize) }
  }

  @Test(
    "bytes inserted, changed or removed in the middle change only the chunks around them",
    arguments: ["insert", "change", "remove"])
  func editsStayLocal(edit: String) {
    let before = Self.bytes(8_000_000, seed: 11)
    var after = before
    let middle = 4_000_000
    switch edit {
    case "insert": after.insert(contentsOf: Self.bytes(300, seed: 3), at: middle)
    case "change": after.replaceSubrange(middle..<middle + 300, with: Self.bytes(300, seed: 3))
    default: after.removeSubrange(middle..<middle + 300)
    }
    let old = Set(Self.hashes(before))
    let new = Self.hashes(after)
    #expect(old.count > 10)
    // NB: at most the chunk holding the edit and the one after it (when the edit moved a
    // boundary) are new.
    #expect(new.filter { !old.contains($0) }.count <= 2)
  }

  @Test("the same bytes always cut the same way")
  func cutsAreStable() {
    let data = Self.bytes(3_000_000, seed: 5)
    #expect(StateChunks.cut(data) == StateChunks.cut(data))
    #expect(StateChunks.cut(data).count > 1)
  }
}
