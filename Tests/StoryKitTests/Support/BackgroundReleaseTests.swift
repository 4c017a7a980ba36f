import Foundation
import Synchronization
import Testing

@testable import StoryKit

@Suite("BackgroundRelease: a large value freed on a thread of its own")
struct BackgroundReleaseTests {
  /// Records on which thread it was freed.
  final class Tracked: Sendable {
    let freed: @Sendable (Bool) -> Void
    init(freed: @escaping @Sendable (Bool) -> Void) { self.freed = freed }
    deinit { freed(Thread.isMainThread) }
  }

  struct Holder: Sendable {
    var tracked: Tracked?
  }

  @Test("the value is freed on another thread, and the empty value is left in its place")
  @MainActor
  func freedElsewhere() async throws {
    let onMain = Mutex<[Bool]>([])
    var holder = Holder(tracked: Tracked { isMain in onMain.withLock { $0.append(isMain) } })
    BackgroundRelease.release(&holder, leaving: Holder(tracked: nil))
    #expect(holder.tracked == nil)
    for _ in 0..<200 where onMain.withLock({ $0.isEmpty }) {
      try await Task.sleep(for: .milliseconds(10))
    }
    #expect(onMain.withLock { $0 } == [false])
  }

  @Test("a copy held elsewhere keeps the value alive")
  func copiesKeepIt() async throws {
    let freed = Mutex(0)
    var holder = Holder(tracked: Tracked { _ in freed.withLock { $0 += 1 } })
    let copy = holder
    BackgroundRelease.release(&holder, leaving: Holder(tracked: nil))
    try await Task.sleep(for: .milliseconds(100))
    #expect(freed.withLock { $0 } == 0)
    #expect(copy.tracked != nil)
  }
}
