import Foundation
import Synchronization
import Testing

@testable import StoryKit

@Suite("BackgroundRelease: a large value freed on a thread of its own")
struct BackgroundReleaseTests {
  /// Records on which thread it was freed.
  final class Tracked: Sendable {
    let freed: @Sendable (pthread_t) -> Void
    init(freed: @escaping @Sendable (pthread_t) -> Void) { self.freed = freed }
    deinit { freed(pthread_self()) }
  }

  struct Holder: Sendable {
    var tracked: Tracked?
  }

  @Test("the value is freed on another thread, and the empty value is left in its place")
  func freedElsewhere() throws {
    let caller = pthread_self()
    let freedOn = Mutex<[Bool]>([])
    var holder = Holder(
      tracked: Tracked { thread in
        freedOn.withLock { $0.append(pthread_equal(thread, caller) != 0) }
      })
    BackgroundRelease.release(&holder, leaving: Holder(tracked: nil))
    #expect(holder.tracked == nil)
    for _ in 0..<200 where freedOn.withLock({ $0.isEmpty }) { usleep(10_000) }
    #expect(freedOn.withLock { $0 } == [false])
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
