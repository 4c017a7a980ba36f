import Foundation

/// The LSH buckets of `DuplicateIndex`: for each band, which members have which key.
///
/// Saved members are held per band as keys sorted with their members beside them (binary
/// search; read back from the library as flat arrays, no table to rebuild); members added
/// since sit in a small dictionary per band until the next `write(to:)` merges them in.
struct LSHBands: Sendable {
  private var keys: [[UInt64]]
  private var owners: [[Int32]]
  private var recent: [[UInt64: [Int32]]]

  /// Empty buckets for `count` bands.
  init(count: Int) {
    keys = Array(repeating: [], count: count)
    owners = Array(repeating: [], count: count)
    recent = Array(repeating: [:], count: count)
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
    for member in recent[band][key] ?? [] { body(Int(member)) }
  }

  /// Files a member under its key in every band.
  mutating func insert(_ bandKeys: [UInt64], member: Int) {
    for (band, key) in bandKeys.enumerated() {
      recent[band][key, default: []].append(Int32(member))
    }
  }

  /// The number of bands.
  var count: Int { keys.count }

  /// Writes one band's buckets, recent members merged in and members `isRemoved` says are gone
  /// left out (a band at a time, so a library saves them as separate pieces).
  func write(band: Int, to writer: inout BinaryWriter, isRemoved: (Int) -> Bool) {
    var merged: [(key: UInt64, owner: Int32)] = []
    merged.reserveCapacity(keys[band].count + recent[band].count)
    for (key, owner) in zip(keys[band], owners[band]) where !isRemoved(Int(owner)) {
      merged.append((key, owner))
    }
    for (key, list) in recent[band] {
      for owner in list where !isRemoved(Int(owner)) { merged.append((key, owner)) }
    }
    merged.sort { ($0.key, $0.owner) < ($1.key, $1.owner) }
    writer.write(UInt64(merged.count))
    for entry in merged {
      writer.writeFixed(entry.key)
      writer.write(UInt64(entry.owner))
    }
  }

  /// Buckets from each band's bytes, as `write(band:to:isRemoved:)` wrote them.
  init(bands: [Data]) throws(BinaryReader.Damaged) {
    keys = []
    owners = []
    for data in bands {
      var reader = BinaryReader(data)
      let entries = try reader.count(minimumSize: 9)
      var bandKeys: [UInt64] = []
      var bandOwners: [Int32] = []
      bandKeys.reserveCapacity(entries)
      bandOwners.reserveCapacity(entries)
      for _ in 0..<entries {
        bandKeys.append(try reader.fixed())
        guard let owner = Int32(exactly: try reader.uint64()) else { throw BinaryReader.Damaged() }
        bandOwners.append(owner)
      }
      keys.append(bandKeys)
      owners.append(bandOwners)
    }
    recent = Array(repeating: [:], count: bands.count)
  }
}
