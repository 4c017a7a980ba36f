import Foundation

/// What the library remembers of one input file to tell whether it changed: its path, size and
/// modification time (nanoseconds).
///
/// Comparing these is what makes a reopen instant: no file is read when none changed.
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
}
