/// The user's browser, as `$BROWSER` names it: a command and its arguments, run without a
/// shell.
///
/// `$BROWSER` may list commands separated by `:` (the first is used); a command is split into
/// arguments at spaces (no quoting, no shell: a web address can never become shell code). A
/// `%s` in an argument is replaced by the address (`%%` is `%`); without one, the address is
/// the last argument.
///
/// ```swift
/// let browser = BrowserCommand("w3m -o confirm_qq=false")
/// browser?.arguments(for: "https://example.com")
/// // ["w3m", "-o", "confirm_qq=false", "https://example.com"]
/// browser?.runsInTerminal  // true: the reader gives it the terminal until it ends
/// ```
public struct BrowserCommand: Hashable, Sendable {
  /// Browsers that draw in the terminal, by program name: the reader suspends itself while one
  /// runs. Any other is started apart from the terminal (a graphical browser).
  public static let terminalBrowsers: Set<String> = [
    "w3m", "lynx", "links", "links2", "elinks", "browsh", "carbonyl", "www-browser",
  ]

  /// The command and its arguments, `%s` where the address goes.
  public let words: [String]

  /// Reads `$BROWSER`.
  ///
  /// - Parameter value: The variable's value.
  /// - Returns: `nil` when the value is missing or names no command.
  public init?(_ value: String?) {
    guard let value else { return nil }
    let command = value.split(separator: ":").first { !$0.allSatisfy(\.isWhitespace) }
    guard let command else { return nil }
    let words = command.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard !words.isEmpty else { return nil }
    self.words = words
  }

  /// The program's name, without its folder (`w3m` for `/usr/bin/w3m`).
  public var programName: String {
    words.first.map { String($0.split(separator: "/").last ?? Substring($0)) } ?? ""
  }

  /// Whether the browser draws in the terminal (``terminalBrowsers``).
  public var runsInTerminal: Bool {
    Self.terminalBrowsers.contains(programName)
  }

  /// The arguments to start the browser on `url`: the first is the program.
  public func arguments(for url: String) -> [String] {
    guard words.contains(where: { $0.contains("%s") }) else { return words + [url] }
    return words.map { word in
      var result = ""
      var rest = Substring(word)
      while let percent = rest.firstIndex(of: "%") {
        result += rest[..<percent]
        let next = rest.index(after: percent)
        if next < rest.endIndex, rest[next] == "s" {
          result += url
          rest = rest[rest.index(after: next)...]
        } else if next < rest.endIndex, rest[next] == "%" {
          result += "%"
          rest = rest[rest.index(after: next)...]
        } else {
          result += "%"
          rest = rest[next...]
        }
      }
      return result + rest
    }
  }
}
