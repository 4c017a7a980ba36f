import Foundation

/// Lets go of a large value on a thread of its own, so the caller does not wait while its
/// memory is freed: the analysis state of a 100k-article library takes about a quarter of a
/// second to free, which a command that prints and exits need not wait for at all.
///
/// ```swift
/// BackgroundRelease.release(&work, leaving: AnalysisWork(…))   // freed on another thread
/// return summary                                                // at once
/// ```
enum BackgroundRelease {
  /// Frees what `value` holds on a new thread, and leaves `empty` in its place. Copies of it
  /// held elsewhere keep it alive as usual (then the last of them frees it).
  static func release<Value: Sendable>(_ value: inout Value, leaving empty: Value) {
    var taken = empty
    swap(&taken, &value)
    let held = Held(consume taken)
    let thread = Thread { held.drop() }
    thread.name = "storyline release"
    thread.start()
  }

  /// The value, held until the releasing thread drops it.
  private final class Held<Value: Sendable>: @unchecked Sendable {
    // NB: set once here and dropped once by the releasing thread; nothing else touches it.
    private var value: Value?

    init(_ value: consuming Value) { self.value = value }

    func drop() { value = nil }
  }
}
