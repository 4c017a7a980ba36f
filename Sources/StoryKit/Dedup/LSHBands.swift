import Foundation

/// The LSH buckets of `DuplicateIndex`: for each band, which members have which key.
///
/// Saved as a base and deltas, like a log: the base holds, per band, keys sorted with their
/// members beside them (binary search; saved as two fixed-width arrays, each read back in one
/// copy, with no table to rebuild and no varint to decode per entry); each update that adds
/// members saves only their entries, as one delta (`writeDelta(to:)`), which is read back into
/// chains per band (`BucketChains`), as are members added since. When the deltas reach a
/// quarter of the base, the next save writes a new base with everything merged
/// (`needsCompaction`), leaving out members that are gone. An update to a large library then
/// writes kilobytes, not the whole index.
struct LSHBands: Sendable {
  private var keys: [[UInt64]]
  private var owners: [[Int32]]
  /// Entries of the deltas read back, and of members added since.
  private var saved: [BucketChains]
  private var recent: [BucketChains]
  private var baseEntries = 0
  private var savedEntries = 0
  private var recentEntries = 0
  /// The number of delta pieces read back.
  private(set) var deltaCount = 0

  /// Empty buckets for `count` bands.
  init(count: Int) {
    keys = Array(repeating: [], count: count)
    owners = Array(repeating: [], count: count)
    saved = Array(repeating: BucketChains(), count: count)
    recent = Array(repeating: BucketChains(), count: count)
  }

  /// Calls `body` with each member filed under `key` in `band`.
  func forEach(band: Int, key: UInt64, _ body: (Int) -> Void) {
    let list = keys[band]
    var low = 0
    var high = list.count
    while low < high {
      let middle = (low + high) / 2
      if list[middle] < key { low = middle + 1 } else { high = middle }
    }
    while low < list.count, list[low] == key {
      body(Int(owners[band][low]))
      low += 1
    }
    saved[band].forEach(key: key) { body(Int($0)) }
    recent[band].forEach(key: key) { body(Int($0)) }
  }

  /// Files a member under its key in every band.
  mutating func insert(_ bandKeys: [UInt64], member: Int) {
    for (band, key) in bandKeys.enumerated() {
      recent[band].insert(Int32(member), key: key)
    }
    recentEntries += bandKeys.count
  }

  /// The number of bands.
  var count: Int { keys.count }

  /// Whether the next save writes a new base (the deltas would reach a quarter of it).
  var needsCompaction: Bool { baseEntries == 0 || (savedEntries + recentEntries) * 4 > baseEntries }

  /// Whether members were added since the buckets were read.
  var hasRecent: Bool { recentEntries > 0 }

  /// Writes one band's base, every entry merged in and members `isRemoved` says are gone left
  /// out (a band at a time, so a library saves them as separate pieces).
  func write(band: Int, to writer: inout BinaryWriter, isRemoved: (Int) -> Bool) {
    var merged: [(key: UInt64, owner: Int32)] = []
    merged.reserveCapacity(keys[band].count + saved[band].count + recent[band].count)
    for (key, owner) in zip(keys[band], owners[band]) where !isRemoved(Int(owner)) {
      merged.append((key, owner))
    }
    for table in [saved[band], recent[band]] {
      for (key, owner) in table.entries where !isRemoved(Int(owner)) {
        merged.append((key, owner))
      }
    }
    merged.sort { ($0.key, $0.owner) < ($1.key, $1.owner) }
    writer.writeFixedWidth(merged.map(\.key))
    writer.writeFixedWidth(merged.map(\.owner))
  }

  /// Writes the entries of the members added since the buckets were read, every band.
  func writeDelta(to writer: inout BinaryWriter) {
    writer.write(UInt64(recent.count))
    for band in recent.indices {
      let entries = recent[band].entries.sorted { ($0.key, $0.member) < ($1.key, $1.member) }
      writer.write(UInt64(entries.count))
      for (key, owner) in entries {
        writer.writeFixed(key)
        writer.write(UInt64(owner))
      }
    }
  }

  /// Buckets from each band's base and the deltas, as `write(band:to:isRemoved:)` and
  /// `writeDelta(to:)` wrote them, for an index of `members` members.
  init(bands: [[UInt8]], deltas: [[UInt8]], members: Int) throws(BinaryReader.Damaged) {
    self.init(count: bands.count)
    for (band, data) in bands.enumerated() {
      var reader = BinaryReader(data)
      keys[band] = try reader.fixedWidth(UInt64.self)
      owners[band] = try reader.fixedWidth(Int32.self)
      guard keys[band].count == owners[band].count,
        owners[band].allSatisfy({ $0 >= 0 && $0 < members })
      else {
        throw BinaryReader.Damaged()
      }
      baseEntries += keys[band].count
    }
    for data in deltas {
      var reader = BinaryReader(data)
      guard try reader.count() == bands.count else { throw BinaryReader.Damaged() }
      for band in 0..<bands.count {
        let entries = try reader.count(minimumSize: 9)
        for _ in 0..<entries {
          let key = try reader.fixed()
          let owner = try Self.owner(&reader)
          guard owner < members else { throw BinaryReader.Damaged() }
          saved[band].insert(owner, key: key)
        }
        savedEntries += entries
      }
    }
    deltaCount = deltas.count
  }

  private static func owner(_ reader: inout BinaryReader) throws(BinaryReader.Damaged) -> Int32 {
    guard let owner = Int32(exactly: try reader.uint64()) else { throw BinaryReader.Damaged() }
    return owner
  }
}
