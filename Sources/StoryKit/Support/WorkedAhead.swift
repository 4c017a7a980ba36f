import Foundation

/// A value worked out on a thread of its own while the caller goes on with other work;
/// `value()` waits for it the first time and returns it from then on.
///
/// ```swift
/// let index = WorkedAhead { StoryIndex(from: saved) }   // starts at once
/// … work that does not need the index …
/// let stories = index.value()                          // waits only if still running
/// ```
final class WorkedAhead<Value: Sendable>: @unchecked Sendable {
  private let finished = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  // NB: written once by the worker before `finished` is signalled, read after waiting on it.
  private var result: Value?
  private var isWaitedFor = false

  /// Starts `work` on a new thread (not a dispatch queue's: the queues' threads are as many
  /// as the cores, and the caller's parallel work would have one fewer).
  init(name: String = "storyline worker", _ work: @escaping @Sendable () -> Value) {
    let thread = Thread { [self] in
      result = work()
      finished.signal()
    }
    thread.name = name
    thread.start()
  }

  /// The value, once worked out.
  func value() -> Value {
    lock.lock()
    defer { lock.unlock() }
    if !isWaitedFor {
      finished.wait()
      isWaitedFor = true
    }
    guard let result else { preconditionFailure("the worker signals only after setting result") }
    return result
  }
}
