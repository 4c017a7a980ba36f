import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The standard descriptors, made safe at start: one that was closed (`storyline … >&-`) is
/// given `/dev/null`, or the next file opened (the library itself) would take its number and
/// receive the output.
enum StandardDescriptors {
  /// Whether stdout was closed when the process started (checked once, at first use).
  static let outputWasClosed: Bool = {
    var outputClosed = false
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO]
    where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
      let null = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
      if null >= 0, null != descriptor {
        dup2(null, descriptor)
        close(null)
      }
      if descriptor == STDOUT_FILENO { outputClosed = true }
    }
    return outputClosed
  }()
}
