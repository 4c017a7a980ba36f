/// Something only the terminal's owner can do, asked for by a screen: start the user's browser
/// on a web address, or put text on the terminal's clipboard.
///
/// Screens stay pure: they return ``EventResult/request(_:)``, the app hands it on as
/// ``AppOutcome/perform(_:)``, and the run loop asks the backend
/// (``TerminalBackend/perform(_:)``), then tells the app how it went
/// (``ReaderApp/finish(_:failure:)``), which says so on the status line.
public enum TerminalRequest: Hashable, Sendable {
  /// Open a web address (checked: `http` or `https`, no spaces or control characters) in the
  /// browser `$BROWSER` names.
  case openURL(String)
  /// Put text on the terminal's clipboard (OSC 52); the text is a citation built by the
  /// reader, on one line, without control characters.
  case copy(String)

  /// What the status line says when the request was carried out.
  public var doneMessage: String {
    switch self {
    case .openURL(let url): "opened " + url
    case .copy(let text): "copied " + text
    }
  }
}
