import Foundation

extension Array where Element: Sendable {
  /// Walks the elements a chunk at a time, preparing each chunk one step ahead: while the
  /// calling thread consumes chunk n (a library writing rows, which only one thread can do),
  /// a worker thread prepares chunk n + 1 (encoding those rows), so the two overlap instead
  /// of taking turns. At most two prepared chunks exist at once.
  ///
  /// ```swift
  /// try articles.forEachChunk(of: 2048, preparedAhead: { $0.map(encode) }) { rows in
  ///   for row in rows { try insert.execute(arguments: row) }
  /// }
  /// ```
  ///
  /// When `consume` throws, the walk stops; a chunk being prepared is finished and dropped.
  func forEachChunk<Prepared: Sendable>(
    of size: Int, preparedAhead prepare: @escaping @Sendable ([Element]) -> Prepared,
    _ consume: (Prepared) throws -> Void
  ) rethrows {
    let size = Swift.max(1, size)
    let starts = Array<Int>(stride(from: 0, to: count, by: size))
    func chunk(_ number: Int) -> [Element] {
      Array(self[starts[number]..<Swift.min(count, starts[number] + size)])
    }
    guard !starts.isEmpty else { return }
    let first = chunk(0)
    var pending = WorkedAhead { prepare(first) }
    for number in starts.indices {
      let current = pending.value()
      if number + 1 < starts.count {
        let next = chunk(number + 1)
        pending = WorkedAhead { prepare(next) }
      }
      try consume(current)
    }
  }
}
