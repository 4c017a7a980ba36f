import Dispatch
import Foundation

extension Array where Element: Sendable {
  /// Maps the elements on all cores, keeping order. Work is split into chunks so that short
  /// transforms don't drown in scheduling.
  func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
    parallelMap(reporting: nil, transform)
  }

  /// Maps the elements on all cores, keeping order, calling `reporting` with the number of
  /// elements done after each chunk (from the worker threads).
  func parallelMap<Result: Sendable>(
    reporting: (@Sendable (Int) -> Void)?, _ transform: @Sendable (Element) -> Result
  ) -> [Result] {
    guard count > 1 else { return map(transform) }
    let done = DoneCounter()
    let slots = ResultSlots<Result>(count: count)
    let chunk = Swift.max(1, count / (ProcessInfo.processInfo.activeProcessorCount * 8))
    let chunks = (count + chunk - 1) / chunk
    self.withUnsafeBufferPointer { elements in
      let source = UnsafeSendable(elements)
      DispatchQueue.concurrentPerform(iterations: chunks) { chunkIndex in
        let start = chunkIndex * chunk
        let end = Swift.min(start + chunk, source.value.count)
        for index in start..<end {
          slots.set(index, transform(source.value[index]))
        }
        if let reporting { reporting(done.add(end - start)) }
      }
    }
    return slots.take()
  }
}

/// Write-once result slots filled from several threads, each index by one thread only.
///
/// NB: raw memory, not a `[Value?]` property: concurrent `inout` access to an array stored in a
/// class trips Swift's dynamic exclusivity checks even when the indices differ.
private final class ResultSlots<Value>: @unchecked Sendable {
  private let base: UnsafeMutablePointer<Value?>
  private let count: Int

  init(count: Int) {
    self.count = count
    base = .allocate(capacity: count)
    base.initialize(repeating: nil, count: count)
  }

  deinit {
    base.deinitialize(count: count)
    base.deallocate()
  }

  func set(_ index: Int, _ value: Value) { base[index] = value }

  func take() -> [Value] {
    var values: [Value] = []
    values.reserveCapacity(count)
    for index in 0..<count {
      if let value = base[index].take() { values.append(value) }
    }
    return values
  }
}

/// Carries a buffer pointer into concurrent work that only reads it.
private struct UnsafeSendable<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}

/// A count shared by worker threads.
private final class DoneCounter: @unchecked Sendable {
  private let lock = NSLock()
  // NB: guarded by `lock`.
  private var value = 0

  func add(_ amount: Int) -> Int {
    lock.withLock {
      value += amount
      return value
    }
  }
}
