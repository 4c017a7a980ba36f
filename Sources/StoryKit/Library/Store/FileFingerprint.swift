import Foundation

/// What the library remembers of one input file to tell whether it changed: its path, size and
/// modification time (nanoseconds), and the hash of its bytes (`contentHash(ofFileAt:)`).
///
/// Comparing size and time is what makes a reopen instant: no file is read when none changed.
/// A file whose time changed but not its size is hashed: the same bytes (a file touched, copied
/// again by a sync) are no change, and nothing is analysed again.
struct FileFingerprint: Hashable, Sendable {
  /// The file's absolute path.
  var path: String
  /// Its size in bytes.
  var size: Int64
  /// Its modification time, nanoseconds since 1970.
  var modified: Int64

  /// The fingerprint of the file at `path` now, or `nil` when it cannot be read.
  init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    self.path = LibraryLocation.absolutePath(path)
    size = Int64(info.st_size)
    modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
  }

  init(path: String, size: Int64, modified: Int64) {
    self.path = path
    self.size = size
    self.modified = modified
  }

  /// The FNV-1a hash of the bytes of the file at `path`, read a megabyte at a time; `nil` when
  /// it cannot be read.
  static func contentHash(ofFileAt path: String) -> UInt64? {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    // NB: only a regular file: a FIFO put in a file's place would block the read.
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    var hash = FNV1a()
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { return hash.value }
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return nil
      }
      for byte in buffer[0..<count] { hash.combine(byte: byte) }
    }
  }
}
