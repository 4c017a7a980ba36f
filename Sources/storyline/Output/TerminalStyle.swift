import Foundation
import StoryUI

/// Whether and how to colour text output: only on a terminal, never when `NO_COLOR` is set.
struct TerminalStyle {
  let enabled: Bool

  /// The style for stdout.
  static var standardOutput: TerminalStyle {
    let environment = ProcessInfo.processInfo.environment
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    let dumb = environment["TERM"] == "dumb"
    return TerminalStyle(enabled: isatty(STDOUT_FILENO) == 1 && !noColor && !dumb)
  }

  func bold(_ text: String) -> String { enabled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
  func dim(_ text: String) -> String { enabled ? "\u{1B}[2m\(text)\u{1B}[0m" : text }

  /// The width to fit lines to: the terminal's when stdout is one; else `COLUMNS` when it is
  /// set (as `ls` does, so `COLUMNS=80 storyline speakers | less` fits), else unlimited.
  static var lineWidth: Int? {
    let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init)
      .flatMap { $0 > 0 ? $0 : nil }
    guard isatty(STDOUT_FILENO) == 1 else { return columns }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    return columns ?? 100
  }
}

extension TerminalStyle {
  /// `text` (sanitised) cut to `width` columns with `…`, or whole without a width; for a line
  /// of a list, before any styling is added.
  static func fitted(_ text: String, toColumns width: Int?) -> String {
    let clean = TerminalText.sanitized(text)
    guard let width else { return clean }
    return TerminalText.truncated(clean, toColumns: max(1, width))
  }

  /// The columns left of `width` after `text`, or `nil` without a width.
  static func remaining(_ width: Int?, after text: String) -> Int? {
    width.map { max(1, $0 - TerminalText.columns(of: text)) }
  }
}
