import Foundation
import StoryKit
import StoryUI
import Synchronization

/// Opens a library on a thread of its own, so the reader's screen can show progress and read
/// keys meanwhile; the reader's run loop polls ``state``.
///
/// The thread is never stopped: when the user quits during a first analysis the process ends
/// with it, and the analysis, written in one transaction at its end, is simply not kept.
final class LibraryOpener: Sendable {
  /// What the thread has left for the run loop.
  private struct Mailbox: Sendable {
    var progress: LibraryProgress?
    var result: Result<Library, LibraryOpenFailure>?
  }

  /// The stack the analysis thread gets, in bytes (the main thread's usual 8 MiB, and more).
  static let stackSize = 16 << 20

  private let mailbox = Mutex(Mailbox())

  /// Starts opening `request` on a new thread.
  init(_ request: LibraryRequest) {
    let thread = Thread { [self] in
      let result = request.open { progress in
        self.mailbox.withLock { $0.progress = progress }
      }
      self.mailbox.withLock { $0.result = result }
    }
    thread.stackSize = Self.stackSize
    thread.name = "storyline-library"
    thread.start()
  }

  /// Reads in bulk, on a thread of its own, what the reader's screens look up one by one
  /// (``LibraryReaderData/prepareLookups()``), so the first story or speaker opened does not
  /// wait for it. A failure is left for the screen that needs the table to meet and say.
  static func prepareLookups(of data: LibraryReaderData) {
    let thread = Thread { try? data.prepareLookups() }
    thread.stackSize = stackSize
    thread.name = "storyline-lookups"
    thread.qualityOfService = .utility
    thread.start()
  }

  /// Where the opening stands: the latest progress report, or the result once it is done.
  var state: ProgressScreen.OpeningState<Result<Library, LibraryOpenFailure>> {
    mailbox.withLock { box in
      if let result = box.result { return .finished(result) }
      return .working(box.progress)
    }
  }
}
