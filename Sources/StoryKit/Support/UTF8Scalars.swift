/// Decodes a string's Unicode scalars straight from its UTF-8 storage.
enum UTF8Scalars {
  /// The Unicode scalars of `text`, in order.
  ///
  /// The same as `Array(text.unicodeScalars)`, in one pass over the UTF-8 bytes: a native
  /// Swift string always holds valid UTF-8, so no scalar needs checking.
  static func decode(_ text: String) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { bytes in
      [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
        var index = 0
        var written = 0
        let end = bytes.count
        while index < end {
          let lead = UInt32(bytes[index])
          var value: UInt32
          if lead < 0x80 {
            value = lead
            index += 1
          } else if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            index += 2
          } else if lead < 0xF0 {
            value =
              (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
              | UInt32(bytes[index + 2] & 0x3F)
            index += 3
          } else {
            value =
              (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
              | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
            index += 4
          }
          // NB: valid UTF-8 decodes only to valid scalars.
          buffer.initializeElement(at: written, to: unsafeBitCast(value, to: Unicode.Scalar.self))
          written += 1
        }
        count = written
      }
    }
  }
}
