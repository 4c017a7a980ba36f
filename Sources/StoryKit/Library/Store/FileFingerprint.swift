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
    guard case .success(let handle) = RegularFile.open(path) else { return nil }
    defer { try? handle.close() }
    let reader = ChunkedFileReader(handle: handle)
    var hash = FNV1a()
    do {
      while let chunk = try reader.next() {
        // NB: through the raw bytes: iterating `Data` itself is three times slower.
        chunk.withUnsafeBytes { bytes in
          for byte in bytes { hash.combine(byte: byte) }
        }
      }
    } catch {
      return nil
    }
    return hash.value
  }
}
