import Foundation

/// An exclusive lock on a library for the length of an analysis: a `flock` on a file beside
/// it (`library.sqlite.lock`). A second process that wants to analyse the same library waits
/// here, then finds the library current. The lock goes with the process, even on `kill -9`.
struct LibraryLock: Sendable {
  /// The lock file, or `nil` for an in-memory library (nothing to share).
  let path: String?
  private let descriptor = Descriptor()

  init(libraryPath: String?) {
    path = libraryPath.map { $0 + ".lock" }
  }

  /// Waits until no other process holds the lock, then takes it.
  ///
  /// - Parameter waiting: called once, before waiting, when another process holds the lock.
  func acquire(waiting: () -> Void = {}) throws(LibraryError) {
    guard let path else { return }
    try? FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    let fd = Foundation.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw .storage(
        path: path, reason: "cannot create the lock file (\(String(cString: strerror(errno))))")
    }
    if flock(fd, LOCK_EX | LOCK_NB) != 0 {
      waiting()
      while flock(fd, LOCK_EX) != 0 {
        guard errno == EINTR else { break }
      }
    }
    descriptor.value = fd
  }

  /// Gives the lock up.
  func release() {
    guard descriptor.value >= 0 else { return }
    flock(descriptor.value, LOCK_UN)
    close(descriptor.value)
    descriptor.value = -1
  }

  /// The open lock file, shared by copies of the lock.
  private final class Descriptor: @unchecked Sendable {
    // NB: used by one thread at a time: the one opening the library.
    var value: Int32 = -1
  }
}
