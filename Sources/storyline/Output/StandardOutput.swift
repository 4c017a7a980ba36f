import Foundation
import StoryKit

#if canImport(Glibc)
  import Glibc
#endif

/// Buffered writing to stdout: large outputs go out in big chunks, not line by line.
struct StandardOutput {
  private var buffer = ""
  /// Values written by `writeJSONPage` so far.
  private var jsonElementsWritten = 0

  mutating func write(_ text: String) {
    buffer += text
    if buffer.utf8.count >= 1 << 16 { flush() }
  }

  mutating func writeLine(_ text: String) {
    write(text)
    write("\n")
  }

  /// Writes `values` as JSON: one value per line (`jsonl`) or one array (`json`).
  mutating func writeJSON(_ values: [JSONValue], lines: Bool) {
    if lines {
      for value in values { writeLine(value.serialized()) }
    } else {
      writeLine(JSONValue.array(values).serialized())
    }
  }

  /// Writes JSON values as they come, a page at a time: one per line (`jsonl`), or the
  /// elements of one array (`json`), the same bytes `writeJSON` writes for all of them at once.
  /// Call `endJSON(lines:)` after the last page.
  mutating func writeJSONPage(_ values: [JSONValue], lines: Bool) {
    for value in values {
      if lines {
        writeLine(value.serialized())
      } else {
        write(jsonElementsWritten == 0 ? "[" : ",")
        write(value.serialized())
      }
      jsonElementsWritten += 1
    }
  }

  /// Ends what `writeJSONPage` began: closes the array of `json` (an empty one when no page
  /// held a value).
  mutating func endJSON(lines: Bool) {
    guard !lines else { return }
    writeLine(jsonElementsWritten == 0 ? "[]" : "]")
  }

  /// Writes out what is buffered. A write that fails (a full disk, a closed stdout) ends the
  /// process with one error line and exit code 1, never a crash; a reader that went away (a
  /// pipe into `head`) ends it quietly, as SIGPIPE does for other tools.
  mutating func flush() {
    guard !buffer.isEmpty else { return }
    if StandardDescriptors.outputWasClosed {
      ErrorOutput.report(
        location: nil, message: "cannot write the output: standard output is closed")
      exit(1)
    }
    let failure = Self.writeAll(Array(buffer.utf8), to: STDOUT_FILENO)
    buffer = ""
    guard let failure else { return }
    if failure == EPIPE { exit(141) }
    ErrorOutput.report(
      location: nil, message: "cannot write the output: \(String(cString: strerror(failure)))")
    exit(1)
  }

  /// Writes `bytes` to `descriptor` whole; the `errno` of a failure, or `nil`.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes {
        Glibc.write(descriptor, $0.baseAddress, $0.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return nil
  }
}
