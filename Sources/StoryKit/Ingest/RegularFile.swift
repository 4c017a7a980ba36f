import Foundation

/// Opens input files for reading, and only regular files.
///
/// NB: the file is opened without blocking and checked again once open: the path may have
/// become a FIFO or a device since it was listed, and reading one could block or never end.
/// Once it is known to be a regular file, reads block as usual.
enum RegularFile {
  /// Why a path was not opened.
  enum Failure: Error {
    /// `open` failed with this `errno`.
    case cannotOpen(errno: Int32)
    /// It is not a regular file; its `st_mode`.
    case notRegular(mode: mode_t)
  }

  /// A handle on the regular file at `path`, closed when released.
  static func open(_ path: String) -> Result<FileHandle, Failure> {
    let descriptor = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(.cannotOpen(errno: errno)) }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
      try? handle.close()
      return .failure(.notRegular(mode: info.st_mode))
    }
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    return .success(handle)
  }
}
