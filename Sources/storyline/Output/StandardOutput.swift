import Foundation

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

  mutating func flush() {
    guard !buffer.isEmpty else { return }
    FileHandle.standardOutput.write(Data(buffer.utf8))
    buffer = ""
  }
}
