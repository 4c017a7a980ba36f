/// The terminal's clipboard, as OSC 52 sets it: `ESC ] 52 ; c ; <base64> BEL`.
///
/// The text travels base64-encoded, so nothing in it can act on the terminal; terminals that
/// allow it (xterm with `allowWindowOps`, kitty, iTerm2, WezTerm, foot; tmux with
/// `set-clipboard`) put it on the system clipboard, others ignore the sequence.
///
/// ```swift
/// ClipboardSequence.osc52("hi")  // "\u{1B}]52;c;aGk=\u{07}"
/// ```
public enum ClipboardSequence {
  /// The OSC 52 sequence that puts `text` (as UTF-8) on the clipboard.
  public static func osc52(_ text: String) -> String {
    "\u{1B}]52;c;" + base64(Array(text.utf8)) + "\u{07}"
  }

  private static let alphabet = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  /// `bytes` in standard base64 (RFC 4648), padded with `=`.
  public static func base64(_ bytes: [UInt8]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity((bytes.count + 2) / 3 * 4)
    var index = 0
    while index < bytes.count {
      let b0 = UInt32(bytes[index])
      let b1 = index + 1 < bytes.count ? UInt32(bytes[index + 1]) : 0
      let b2 = index + 2 < bytes.count ? UInt32(bytes[index + 2]) : 0
      let triple = b0 << 16 | b1 << 8 | b2
      out.append(alphabet[Int(triple >> 18 & 63)])
      out.append(alphabet[Int(triple >> 12 & 63)])
      out.append(index + 1 < bytes.count ? alphabet[Int(triple >> 6 & 63)] : UInt8(ascii: "="))
      out.append(index + 2 < bytes.count ? alphabet[Int(triple & 63)] : UInt8(ascii: "="))
      index += 3
    }
    return String(decoding: out, as: UTF8.self)
  }
}
