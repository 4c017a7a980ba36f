import Foundation

/// Writes the text of one paragraph into the clean text, normalised, keeping the alignment.
///
/// - runs of white space (tabs, no-break and other Unicode spaces) become one space;
/// - invisible characters (zero-width space, soft hyphen, byte-order mark, bidirectional
///   controls; a zero-width joiner or non-joiner between two Latin letters) and control
///   characters are dropped;
/// - markdown emphasis markers (`**`, `__`) and a leading markdown heading mark (`## `) are
///   dropped;
/// - HTML character references (`&amp;`, `&#8217;`) are decoded;
/// - mojibake (UTF-8 read as Windows-1252: `Â£`, `â€™`) is repaired;
/// - combining sequences are composed (Unicode NFC).
/// Everything else is copied unchanged, so positions inside it map back exactly.
struct InlineNormalizer {
  /// What normalisation repaired, for findings.
  struct Repairs {
    var mojibake = 0
    var controls = 0
  }

  /// Writes `range` of `scalars` into `builder`.
  static func write(
    _ scalars: [Unicode.Scalar], _ range: Range<Int>, into builder: inout AlignedTextBuilder,
    repairs: inout Repairs
  ) {
    var index = range.lowerBound
    let end = range.upperBound
    var runStart = index  // start of the pending run of unchanged scalars
    func flush(_ upTo: Int) {
      if runStart < upTo { builder.copy(runStart..<upTo) }
    }
    // A markdown heading mark at the very start: `#`, `##`, … followed by a space.
    if index < end, scalars[index] == "#" {
      var marks = index
      while marks < end && scalars[marks] == "#" && marks - index < 6 { marks += 1 }
      if marks < end, scalars[marks] == " " {
        index = marks + 1
        runStart = index
      }
    }
    while index < end {
      let scalar = scalars[index]
      let value = scalar.value
      if value >= 0x20 && value < 0x7F && value != 0x26 && value != 0x2A && value != 0x5F
        && !(value == 0x20 && index + 1 < end && Scalars.isSpace(scalars[index + 1]))
        // NB: a letter that a combining mark follows is composed below (NFC).
        && (index + 1 >= end || scalars[index + 1].value < 0x300)
      {
        index += 1  // plain ASCII: the common case
        continue
      }
      // Emphasis markers.
      if (scalar == "*" || scalar == "_"), index + 1 < end, scalars[index + 1] == scalar {
        flush(index)
        var stop = index
        while stop < end && scalars[stop] == scalar { stop += 1 }
        index = stop
        runStart = index
        continue
      }
      // White space runs.
      if Scalars.isSpace(scalar) {
        var stop = index
        while stop < end && (Scalars.isSpace(scalars[stop]) || Scalars.isInvisible(scalars[stop])) {
          stop += 1
        }
        if stop - index == 1 && scalar == " " {
          index = stop
          continue
        }
        flush(index)
        builder.replace(index..<stop, with: CollectionOfOne(" "))
        index = stop
        runStart = index
        continue
      }
      let joinsLatinLetters =
        Scalars.isJoinerControl(scalar) && index > range.lowerBound && index + 1 < end
        && scalars[index - 1].properties.isAlphabetic && scalars[index - 1].value < 0x250
        && scalars[index + 1].properties.isAlphabetic && scalars[index + 1].value < 0x250
      if Scalars.isInvisible(scalar) || Scalars.isControl(scalar) || Scalars.isLineBreak(scalar)
        || joinsLatinLetters
      {
        if Scalars.isControl(scalar) { repairs.controls += 1 }
        flush(index)
        index += 1
        runStart = index
        continue
      }
      if scalar == "&", let (decoded, stop) = HTMLEntity.decode(scalars, at: index, limit: end) {
        flush(index)
        var stop = stop
        if Scalars.isSpace(decoded) {
          // A no-break space reference is one more space of the run around it.
          while stop < end && Scalars.isSpace(scalars[stop]) { stop += 1 }
          builder.replace(index..<stop, with: builder.lastScalar == " " ? [] : [" "])
        } else {
          builder.replace(index..<stop, with: CollectionOfOne(decoded))
        }
        index = stop
        runStart = index
        continue
      }
      if value >= 0xC2, let (repaired, stop) = Mojibake.repair(scalars, at: index, limit: end) {
        flush(index)
        builder.replace(
          index..<stop, with: CollectionOfOne(Scalars.isSpace(repaired) ? " " : repaired))
        repairs.mojibake += 1
        index = stop
        runStart = index
        continue
      }
      // A base followed by combining marks: compose (NFC).
      if index + 1 < end, scalars[index + 1].value >= 0x300,
        scalars[index + 1].properties.canonicalCombiningClass != .notReordered
      {
        var stop = index + 1
        while stop < end, scalars[stop].value >= 0x300,
          scalars[stop].properties.canonicalCombiningClass != .notReordered
        {
          stop += 1
        }
        let cluster = String(String.UnicodeScalarView(scalars[index..<stop]))
        let composed = cluster.precomposedStringWithCanonicalMapping
        if composed.unicodeScalars.elementsEqual(cluster.unicodeScalars) {
          index = stop
        } else {
          flush(index)
          builder.replace(index..<stop, with: composed)
          index = stop
          runStart = index
        }
        continue
      }
      index += 1
    }
    flush(end)
  }

  /// Normalises a stand-alone string (a title given by the input) the same way, without
  /// keeping an alignment.
  static func normalized(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var builder = AlignedTextBuilder(original: scalars)
    var repairs = Repairs()
    for paragraph in Paragraph.split(scalars) {
      if builder.count > 0 {
        builder.replace(paragraph.range.lowerBound..<paragraph.range.lowerBound, with: " ")
      }
      write(scalars, paragraph.range, into: &builder, repairs: &repairs)
    }
    return builder.finish().text
  }
}

/// HTML character references: named ones common in news text, and numeric ones.
enum HTMLEntity {
  static let named: [String: Unicode.Scalar] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "rsquo": "\u{2019}",
    "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}", "laquo": "\u{AB}",
    "raquo": "\u{BB}", "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "euro": "\u{20AC}",
    "pound": "\u{A3}", "yen": "\u{A5}", "cent": "\u{A2}", "deg": "\u{B0}", "middot": "\u{B7}",
    "bull": "\u{2022}", "eacute": "\u{E9}", "egrave": "\u{E8}", "aacute": "\u{E1}",
    "oacute": "\u{F3}", "uuml": "\u{FC}", "ouml": "\u{F6}", "auml": "\u{E4}", "ccedil": "\u{E7}",
    "ntilde": "\u{F1}", "iacute": "\u{ED}", "uacute": "\u{FA}", "szlig": "\u{DF}",
  ]

  /// Decodes a reference starting at `start` (an `&`); returns the scalar and the end offset.
  static func decode(_ scalars: [Unicode.Scalar], at start: Int, limit: Int) -> (
    Unicode.Scalar, Int
  )? {
    let maxEnd = min(limit, start + 12)
    guard let semicolon = scalars[(start + 1)..<maxEnd].firstIndex(of: ";"), semicolon > start + 1
    else { return nil }
    let body = String(String.UnicodeScalarView(scalars[(start + 1)..<semicolon]))
    if body.hasPrefix("#") {
      let digits = body.dropFirst()
      let value: UInt32?
      if digits.hasPrefix("x") || digits.hasPrefix("X") {
        value = UInt32(digits.dropFirst(), radix: 16)
      } else {
        value = UInt32(digits, radix: 10)
      }
      guard let value, value >= 0x20, let scalar = Unicode.Scalar(value) else { return nil }
      return (scalar, semicolon + 1)
    }
    guard let scalar = named[body] else { return nil }
    return (scalar, semicolon + 1)
  }
}

/// Repairs text that was UTF-8 but got decoded as Windows-1252 (or Latin-1): `Â£` → `£`,
/// `â€™` → `’`, `Ã©` → `é`.
enum Mojibake {
  /// Windows-1252 bytes 0x80–0x9F by the scalar they decode to.
  static let windows1252Bytes: [UInt32: UInt8] = {
    var map: [UInt32: UInt8] = [:]
    for (offset, value) in TextDecoding.windows1252High.enumerated() {
      map[value] = UInt8(0x80 + offset)
    }
    return map
  }()

  /// The byte a scalar came from when it is a UTF-8 continuation byte misread, else `nil`.
  @inline(__always)
  static func continuationByte(_ scalar: Unicode.Scalar) -> UInt8? {
    let value = scalar.value
    if value >= 0x80 && value <= 0xBF { return UInt8(value) }
    if let byte = windows1252Bytes[value] { return byte }
    return nil
  }

  /// Repairs one misread sequence starting at `start`, if there is one.
  static func repair(_ scalars: [Unicode.Scalar], at start: Int, limit: Int) -> (
    Unicode.Scalar, Int
  )? {
    let lead = scalars[start].value
    let length: Int
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return nil
    }
    guard start + length <= limit else { return nil }
    var bytes: [UInt8] = [UInt8(lead)]
    for offset in 1..<length {
      guard let byte = continuationByte(scalars[start + offset]) else { return nil }
      bytes.append(byte)
    }
    guard let text = String(validating: bytes, as: UTF8.self), text.unicodeScalars.count == 1,
      let scalar = text.unicodeScalars.first, scalar.value >= 0x80
    else { return nil }
    return (scalar, start + length)
  }
}
