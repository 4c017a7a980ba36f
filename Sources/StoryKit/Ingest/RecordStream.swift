import Foundation

/// Reads a file in fixed-size chunks, so that a file of any size is read in bounded memory.
struct ChunkedFileReader {
  private let handle: FileHandle
  private let chunkSize: Int

  init(handle: FileHandle, chunkSize: Int = 1 << 20) {
    self.handle = handle
    self.chunkSize = chunkSize
  }

  /// The next chunk, or `nil` at the end of the file.
  func next() throws -> Data? {
    guard let data = try handle.read(upToCount: chunkSize), !data.isEmpty else { return nil }
    return data
  }
}

/// Splits a JSON Lines file into lines, streaming, with each line's 1-based number.
///
/// Lines longer than `maxBytes` are not kept in memory: they are reported as oversized and the
/// reader resumes at the next line.
struct JSONLinesSplitter {
  enum Record {
    case line(number: Int, bytes: [UInt8])
    case oversized(number: Int)
  }

  var maxBytes: Int

  func forEachRecord(in reader: ChunkedFileReader, _ body: (Record) throws -> Void) throws {
    var current: [UInt8] = []
    var lineNumber = 1
    var oversized = false
    func finishLine() throws {
      if oversized {
        try body(.oversized(number: lineNumber))
      } else {
        try body(.line(number: lineNumber, bytes: current))
      }
      current.removeAll(keepingCapacity: current.count < 1 << 20)
      oversized = false
      lineNumber += 1
    }
    while let chunk = try reader.next() {
      try chunk.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
        var start = 0
        while start < buffer.count {
          let newline = buffer[start...].firstIndex(of: 0x0A)
          let end = newline ?? buffer.count
          if !oversized {
            if current.count + (end - start) > maxBytes {
              oversized = true
              current.removeAll()
            } else {
              current.append(contentsOf: buffer[start..<end])
            }
          }
          if newline != nil { try finishLine() }
          start = end + 1
        }
      }
    }
    if !current.isEmpty || oversized { try finishLine() }
  }
}

/// Splits a JSON file into its top-level article objects, streaming: the elements of a
/// top-level array one by one, or the top-level object itself.
///
/// It scans bytes tracking strings and nesting depth only; each element is then decoded on its
/// own. Elements longer than `maxBytes` are skipped without being held in memory.
struct JSONElementSplitter {
  enum Record {
    case element(number: Int, bytes: [UInt8])
    case oversized(number: Int)
    /// The file does not start with `[` or `{`.
    case notJSON
    /// The array breaks JSON's syntax between elements in a way that loses nothing (a comma
    /// before `]`, two commas in a row): reading goes on, and the reason is told.
    case lenient(String)
  }

  var maxBytes: Int

  func forEachRecord(in reader: ChunkedFileReader, _ body: (Record) throws -> Void) throws {
    enum Mode { case start, array, single, done }
    var mode = Mode.start
    var depth = 0  // nesting depth inside the current element
    var inString = false
    var escaped = false
    var current: [UInt8] = []
    var inElement = false
    var oversized = false
    var number = 0
    // Between the top-level array's elements: a comma was the last thing seen, and whether
    // an element came before it.
    var afterComma = false
    var elementSeen = false

    func emit() throws {
      number += 1
      try body(oversized ? .oversized(number: number) : .element(number: number, bytes: current))
      current.removeAll(keepingCapacity: current.count < 1 << 20)
      inElement = false
      oversized = false
    }

    while let chunk = try reader.next() {
      for byte in chunk {
        switch mode {
        case .done:
          continue
        case .start:
          if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { continue }
          if byte == 0xEF || byte == 0xBB || byte == 0xBF { continue }  // byte-order mark
          if byte == UInt8(ascii: "[") {
            mode = .array
          } else if byte == UInt8(ascii: "{") {
            mode = .single
            inElement = true
            depth = 1
            current.append(byte)
          } else {
            try body(.notJSON)
            mode = .done
          }
          continue
        case .array, .single:
          break
        }
        if !inElement {
          // Between elements of the top-level array.
          if byte == UInt8(ascii: "]") {
            if afterComma { try body(.lenient("a comma before the closing ] (not JSON)")) }
            mode = .done
            continue
          }
          if byte == UInt8(ascii: ",") {
            if afterComma || !elementSeen {
              try body(
                .lenient("an empty element: a comma without an element before it (not JSON)"))
            }
            afterComma = true
            continue
          }
          if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { continue }
          inElement = true
          elementSeen = true
          afterComma = false
          depth = 0
        }
        if !oversized {
          if current.count >= maxBytes {
            oversized = true
            current.removeAll()
          } else {
            current.append(byte)
          }
        }
        if inString {
          if escaped {
            escaped = false
          } else if byte == UInt8(ascii: "\\") {
            escaped = true
          } else if byte == UInt8(ascii: "\"") {
            inString = false
          }
          if depth == 0 && !inString { try emit() }  // a bare string element
          continue
        }
        switch byte {
        case UInt8(ascii: "\""):
          inString = true
        case UInt8(ascii: "{"), UInt8(ascii: "["):
          depth += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
          depth -= 1
          if depth <= 0 {
            try emit()
            if mode == .single { mode = .done }
          }
        case UInt8(ascii: ","), 0x20, 0x0A, 0x0D, 0x09:
          if depth == 0 {
            // End of a scalar element (number, literal) in the array.
            if !current.isEmpty { current.removeLast() }
            try emit()
            afterComma = byte == UInt8(ascii: ",")
          }
        default:
          break
        }
      }
    }
    if inElement && (!current.isEmpty || oversized) { try emit() }
  }
}
