import Foundation
import StoryKit

/// Buffered writing to stdout: large outputs go out in big chunks, not line by line.
struct StandardOutput {
  private var buffer = ""

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

  mutating func flush() {
    guard !buffer.isEmpty else { return }
    FileHandle.standardOutput.write(Data(buffer.utf8))
    buffer = ""
  }
}
