import Foundation
import Testing

@testable import StoryKit

@Suite("LSHBands: saved as a base and deltas, read back whole")
struct LSHBandsTests {
  /// The members filed under `key` in `band`.
  static func members(_ bands: LSHBands, band: Int, key: UInt64) -> [Int] {
    var found: [Int] = []
    bands.forEach(band: band, key: key) { found.append($0) }
    return found.sorted()
  }

  /// Saves `bands` as a library does (a base when compacting, else a delta) and reads them
  /// back, with the pieces saved before.
  static func saved(_ bands: LSHBands, base: inout [[UInt8]], deltas: inout [[UInt8]]) throws
    -> LSHBands
  {
    if bands.needsCompaction {
      base = (0..<bands.count).map { band in
        var writer = BinaryWriter()
        bands.write(band: band, to: &writer) { _ in false }
        return writer.bytes
      }
      deltas = []
    } else if bands.hasRecent {
      var writer = BinaryWriter()
      bands.writeDelta(to: &writer)
      deltas.append(writer.bytes)
    }
    return try LSHBands(bands: base, deltas: deltas, members: 200)
  }

  @Test("members added after the base come back from a delta; many of them compact the base")
  func deltas() throws {
    var bands = LSHBands(count: 2)
    for member in 0..<100 { bands.insert([UInt64(member % 10), UInt64(member)], member: member) }
    var base: [[UInt8]] = []
    var deltas: [[UInt8]] = []
    bands = try Self.saved(bands, base: &base, deltas: &deltas)
    #expect(deltas.isEmpty)
    #expect(Self.members(bands, band: 0, key: 3).count == 10)

    // A few more: saved as a delta, the base untouched.
    for member in 100..<110 { bands.insert([3, UInt64(member)], member: member) }
    #expect(!bands.needsCompaction)
    let before = base
    bands = try Self.saved(bands, base: &base, deltas: &deltas)
    #expect(base == before)
    #expect(deltas.count == 1)
    #expect(Self.members(bands, band: 0, key: 3).count == 20)
    #expect(Self.members(bands, band: 1, key: 105) == [105])

    // Many more: the deltas would pass a quarter of the base, so all is merged into a new one.
    for member in 110..<200 { bands.insert([4, UInt64(member)], member: member) }
    #expect(bands.needsCompaction)
    bands = try Self.saved(bands, base: &base, deltas: &deltas)
    #expect(deltas.isEmpty)
    #expect(Self.members(bands, band: 0, key: 3).count == 20)
    #expect(Self.members(bands, band: 0, key: 4).count == 100)
  }

  @Test("a delta of another number of bands is damage")
  func damagedDelta() {
    var writer = BinaryWriter()
    LSHBands(count: 3).writeDelta(to: &writer)
    #expect(throws: BinaryReader.Damaged.self) {
      _ = try LSHBands(bands: [[0, 0], [0, 0]], deltas: [writer.bytes], members: 1)
    }
  }

  @Test(
    "a base naming a member the index does not hold, or keys and members of other counts, is damage",
    arguments: [
      (keys: [UInt64(1), 2], owners: [Int32(0), 5]),
      (keys: [UInt64(1), 2], owners: [Int32(0), -1]),
      (keys: [UInt64(1), 2], owners: [Int32(0)]),
    ])
  func damagedBase(keys: [UInt64], owners: [Int32]) throws {
    var writer = BinaryWriter()
    writer.writeFixedWidth(keys)
    writer.writeFixedWidth(owners)
    #expect(throws: BinaryReader.Damaged.self) {
      _ = try LSHBands(bands: [writer.bytes], deltas: [], members: 5)
    }
    // The same base naming members the index holds reads.
    var good = BinaryWriter()
    good.writeFixedWidth(keys)
    good.writeFixedWidth(keys.map { _ in Int32(1) })
    let bands = try LSHBands(bands: [good.bytes], deltas: [], members: 5)
    #expect(Self.members(bands, band: 0, key: keys[0]) == [1])
  }
}
