import CNcursesw
import StoryUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension CursesBackend {
  public func perform(_ request: TerminalRequest) throws(TerminalRequestError) {
    switch request {
    case .copy(let text):
      // NB: the text is base64 inside the sequence, so it cannot act on the terminal.
      writeRaw(ClipboardSequence.osc52(text))
    case .openURL(let url):
      guard let browser = BrowserCommand(Self.environment("BROWSER")) else { throw .noBrowser }
      try launch(browser.arguments(for: url), inTerminal: browser.runsInTerminal)
    }
  }

  /// Starts a browser: one that draws in the terminal gets it (curses steps aside, then takes
  /// the window back and repaints it); another starts apart, detached from the terminal.
  private func launch(_ arguments: [String], inTerminal: Bool) throws(TerminalRequestError) {
    let command = arguments.joined(separator: " ")
    if inTerminal {
      def_prog_mode()
      endwin()
    }
    var status: Int32 = 0
    let result = Self.spawn(arguments, detached: !inTerminal, status: &status)
    if inTerminal {
      reset_prog_mode()
      clearok(window, true)
      wrefresh(window)
    }
    guard result == 0 else {
      throw .browserNotStarted(
        command: command, reason: String(cString: strerror(result)).lowercased())
    }
    let code = cn_exit_code(status)
    // NB: 127 is how a spawned program that could not be executed ends on some systems.
    if code == 127 { throw .browserNotStarted(command: command, reason: "command not found") }
    if inTerminal, code != 0 { throw .browserFailed(command: command, status: code) }
  }

  /// Runs `cn_spawn` on `arguments` as C strings.
  private static func spawn(_ arguments: [String], detached: Bool, status: inout Int32) -> Int32 {
    var pointers: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
    pointers.append(nil)
    defer { for pointer in pointers { free(pointer) } }
    return pointers.withUnsafeBufferPointer { buffer in
      cn_spawn(buffer.baseAddress, detached ? 1 : 0, &status)
    }
  }
}
