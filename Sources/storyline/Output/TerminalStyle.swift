import Foundation

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

  /// The width to fit lines to: the terminal's when stdout is one, else unlimited.
  static var lineWidth: Int? {
    guard isatty(STDOUT_FILENO) == 1 else { return nil }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 100
  }
}
