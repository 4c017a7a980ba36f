/// Turns the bytes of a text file into a `String`: UTF-8 (with or without byte-order mark),
/// UTF-16 with a byte-order mark, else Windows-1252; line endings normalised to `\n`.
///
/// The result is what Storyline calls the file's *original text*: positions reported for a
/// plain-text article count Unicode scalars of it (the same text Python's `open()` gives).
public enum TextDecoding {
  /// The decoded text and what was noticed on the way.
  public struct Decoded: Sendable {
    /// The text, line endings normalised.
    public var text: String
    /// Fallbacks used (`windows-1252`, `utf-16`).
    public var findings: [Finding]
  }

  /// Why bytes could not be decoded as text.
  public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The bytes hold NUL or many other control bytes: not a text file.
    case binary

    public var description: String {
      switch self {
      case .binary: "binary file (not text); skipped"
      }
    }
  }

  /// Decodes `bytes`.
  ///
  /// - Throws: `Failure.binary` for bytes that are not text.
  public static func decode(_ bytes: some Collection<UInt8>) throws(Failure) -> Decoded {
    let bytes = Array(bytes)
    if bytes.count >= 2,
      (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
    {
      return Decoded(
        text: normalisingLineEndings(decodeUTF16(bytes[2...], bigEndian: bytes[0] == 0xFE)),
        findings: [Finding(.decodedAsUTF16, "decoded as UTF-16 (byte-order mark)")])
    }
    if let bigEndian = utf16WithoutMark(bytes) {
      return Decoded(
        text: normalisingLineEndings(decodeUTF16(bytes[...], bigEndian: bigEndian)),
        findings: [
          Finding(
            .decodedAsUTF16,
            "decoded as UTF-16 \(bigEndian ? "big" : "little")-endian (no byte-order mark)")
        ])
    }
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    guard !looksBinary(body) else { throw .binary }
    let normalised = normalisingLineEndings(body)
    if let text = String(validating: normalised, as: UTF8.self) {
      return Decoded(text: text, findings: [])
    }
    return Decoded(
      text: decodeWindows1252(normalised),
      findings: [Finding(.decodedAsWindows1252, "invalid UTF-8; decoded as Windows-1252")])
  }

  /// Whether `bytes` look like a binary file: any NUL byte, or more than 5% control bytes
  /// (other than tab, line feed, form feed, carriage return and escape) in the first 8 KiB.
  static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
    if bytes.contains(0) { return true }
    let head = bytes.prefix(8192)
    guard !head.isEmpty else { return false }
    let controls = head.lazy.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains($0) }
      .count
    return controls * 20 > head.count
  }

  static func normalisingLineEndings(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    guard bytes.contains(0x0D) else { return Array(bytes) }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var previousWasCR = false
    for byte in bytes {
      if byte == 0x0A && previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = byte == 0x0D
      output.append(byte == 0x0D ? 0x0A : byte)
    }
    return output
  }

  static func normalisingLineEndings(_ text: String) -> String {
    guard text.unicodeScalars.contains("\r") else { return text }
    return text.replacingCRLF()
  }

  /// Whether bytes without a byte-order mark are UTF-16 and in which order (`true`: big
  /// endian), or `nil`. In the first 8 KiB, at least 70% of the byte pairs must have a zero
  /// byte on the same side, almost none on the other, and a printable character or a line
  /// break beside each zero: text in Latin script encoded in UTF-16 looks so, UTF-8 text
  /// (which has no zero bytes) never does, and binary numbers seldom do.
  static func utf16WithoutMark(_ bytes: [UInt8]) -> Bool? {
    let head = bytes.prefix(8192)
    let pairs = head.count / 2
    guard pairs >= 2 else { return nil }
    func isText(_ byte: UInt8) -> Bool {
      byte >= 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
    var zeroFirst = 0
    var zeroSecond = 0
    var textBesideZero = 0
    for pair in 0..<pairs {
      let (first, second) = (head[2 * pair], head[2 * pair + 1])
      if first == 0 {
        zeroFirst += 1
        if isText(second) { textBesideZero += 1 }
      }
      if second == 0 {
        zeroSecond += 1
        if isText(first) { textBesideZero += 1 }
      }
    }
    let zeros = max(zeroFirst, zeroSecond)
    guard zeros * 10 >= pairs * 7, min(zeroFirst, zeroSecond) * 20 < pairs,
      textBesideZero * 20 >= zeros * 19
    else { return nil }
    return zeroFirst > zeroSecond
  }

  /// Whether a scalar is blank for an emptiness test: white space, or a byte-order mark.
  static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace || scalar == "\u{FEFF}"
  }

  static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(bigEndian ? first << 8 | second : second << 8 | first)
      index += 2
    }
    return String(decoding: units, as: UTF16.self)
  }

  /// Decodes Windows-1252; the five bytes it leaves undefined map to the C1 controls of the
  /// same value (as the WHATWG encoding standard does), which cleaning later removes.
  static func decodeWindows1252(_ bytes: [UInt8]) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      if byte >= 0x80 && byte < 0xA0, let mapped = Unicode.Scalar(windows1252High[Int(byte - 0x80)])
      {
        scalars.append(mapped)
      } else {
        scalars.append(Unicode.Scalar(byte))
      }
    }
    return String(scalars)
  }

  /// Windows-1252 code points for bytes 0x80–0x9F.
  static let windows1252High: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
    0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]
}

extension String {
  fileprivate func replacingCRLF() -> String {
    var scalars = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in unicodeScalars {
      if scalar == "\n" && previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = scalar == "\r"
      scalars.append(scalar == "\r" ? "\n" : scalar)
    }
    return String(scalars)
  }
}
