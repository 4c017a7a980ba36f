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
    var pending = PreparedAhead(chunk(0), prepare)
    for number in starts.indices {
      let current = pending.value()
      if number + 1 < starts.count { pending = PreparedAhead(chunk(number + 1), prepare) }
      try consume(current)
    }
  }
}

/// One chunk being prepared on a worker thread; `value()` waits for it.
private final class PreparedAhead<Value: Sendable>: @unchecked Sendable {
  private let finished = DispatchSemaphore(value: 0)
  // NB: written once by the worker before `finished` is signalled, read after waiting on it.
  private var result: Value?

  init<Input: Sendable>(_ input: Input, _ prepare: @escaping @Sendable (Input) -> Value) {
    DispatchQueue.global(qos: .userInitiated).async {
      self.result = prepare(input)
      self.finished.signal()
    }
  }

  func value() -> Value {
    finished.wait()
    guard let result else { preconditionFailure("the worker signals only after setting result") }
    return result
  }
}
