import Foundation
import StoryKit
import StoryUI
import Testing

/// The configuration file: key bindings, colours, mouse and order read from TOML text; every
/// bad entry reported with file, line and key, its default kept, and the reader never stopped.
@Suite struct ReaderConfigurationTests {
  static let path = "/home/ada/.config/storyline/config.toml"

  static func configuration(_ text: String) -> ReaderConfiguration {
    ReaderConfiguration(file: ConfigurationFile(path: path, contents: .text(text)))
  }

  @Test func aValidFileSetsEverything() {
    let configuration = Self.configuration(
      """
      # Storyline
      mouse = false
      sort = "largest"

      [keys]
      move-down = ["j", "Down", "Ctrl-n"]
      toggle-star = "*"
      diff = []

      [colors]
      quote = "green"
      speaker = "bold yellow"
      match = "black on 220"
      """)
    #expect(configuration.problems == [])
    #expect(configuration.mouse == false)
    #expect(configuration.order == .size)
    let keymap = configuration.keymap
    #expect(keymap.keys(for: .moveDown) == [.character("j"), .down, .control("n")])
    #expect(keymap.keys(for: .toggleStar) == [.character("*")])
    // NB: `*` moved from speaker-quotes to toggle-star; `m` is no longer bound.
    #expect(keymap.keys(for: .speakerQuotes) == [])
    #expect(keymap.action(for: .character("m")) == nil)
    #expect(keymap.keys(for: .diff) == [])
    #expect(keymap.action(for: .character("k")) == .moveUp)
    #expect(configuration.styles[.quote] == RoleStyle(foreground: 2))
    #expect(configuration.styles[.speaker] == RoleStyle(foreground: 3, bold: true))
    #expect(configuration.styles[.match] == RoleStyle(foreground: 0, background: 220))
  }

  @Test func aMissingFileGivesTheDefaults() {
    let configuration = ReaderConfiguration(
      file: ConfigurationFile(path: Self.path, contents: .missing))
    #expect(configuration == .default)
    #expect(configuration.keymap == .default)
    #expect(configuration.mouse == true)
    #expect(configuration.order == .newest)
  }

  @Test func anEmptyFileGivesTheDefaults() {
    #expect(Self.configuration("") == .default)
    #expect(Self.configuration("# nothing yet\n") == .default)
  }

  @Test func anUnreadableFileIsReported() {
    let configuration = ReaderConfiguration(
      file: ConfigurationFile(path: Self.path, contents: .unreadable(reason: "permission denied")))
    #expect(configuration.keymap == .default)
    #expect(
      configuration.problems.map(\.description) == [
        "\(Self.path): cannot read the file (permission denied); the defaults are used"
      ])
  }

  struct BadEntry: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var line: Int
    var message: String
    var testDescription: String { name }
  }

  /// Each kind of bad entry, after a good `sort` line that must still apply.
  static let badEntries: [BadEntry] = [
    BadEntry(
      name: "a line TOML cannot read", text: "mouse = \n", line: 2,
      message: "; the line is skipped"),
    BadEntry(
      name: "an unclosed table header", text: "[keys\nopen = \"o\"\n", line: 2,
      message: "error while parsing table header: expected ']', saw '\\n'; the table is skipped"),
    BadEntry(
      name: "mouse not a boolean", text: "mouse = \"yes\"\n", line: 2,
      message: "mouse: expected true or false, found \"yes\"; the mouse stays on"),
    BadEntry(
      name: "an unknown setting", text: "theme = \"dark\"\n", line: 2,
      message: "unknown setting \"theme\"; the file may set mouse, sort, keys, colors"),
    BadEntry(
      name: "an unknown action", text: "[keys]\njump = \"J\"\n", line: 3,
      message: "keys.jump: unknown action; use one of move-down, "),
    BadEntry(
      name: "an unknown key name", text: "[keys]\nopen = [\"Ctrl-Enter\", \"o\"]\n", line: 3,
      message: "keys.open: unknown key \"Ctrl-Enter\"; write one character, a name such as "
        + "Enter or PgDn, or Ctrl-x; the action's keys stay as they were"),
    BadEntry(
      name: "a digit", text: "[keys]\nopen = \"5\"\n", line: 3,
      message: "keys.open: digits give a count (5j) and cannot be bound"),
    BadEntry(
      name: "keys not names", text: "[keys]\nopen = 13\n", line: 3,
      message: "keys.open: expected a key name or a list of them"),
    BadEntry(
      name: "keys not a table", text: "keys = \"vi\"\n", line: 2,
      message: "keys: expected a table"),
    BadEntry(
      name: "an unknown role", text: "[colors]\nfancy = \"red\"\n", line: 3,
      message: "colors.fancy: unknown role; use one of normal, title, "),
    BadEntry(
      name: "an unknown colour", text: "[colors]\nquote = \"greenish\"\n", line: 3,
      message: "colors.quote: unknown colour or attribute \"greenish\"; write colours"),
    BadEntry(
      name: "a colour out of range", text: "[colors]\nquote = \"300\"\n", line: 3,
      message: "colors.quote: colour 300 is out of range; use 0–255; the default look is kept"),
    BadEntry(
      name: "on without a colour", text: "[colors]\nmatch = \"black on\"\n", line: 3,
      message: "colors.match: \"on\" needs a background colour"),
    BadEntry(
      name: "a colour not a string", text: "[colors]\nquote = 2\n", line: 3,
      message: "colors.quote: expected a string such as \"bold yellow\", found integer 2"),
  ]

  @Test(arguments: badEntries)
  func aBadEntryIsReportedAndTheRestApplies(_ entry: BadEntry) throws {
    let configuration = Self.configuration("sort = \"title\"\n" + entry.text)
    let problem = try #require(configuration.problems.first)
    #expect(configuration.problems.count == 1, "\(configuration.problems)")
    #expect(problem.path == Self.path)
    #expect(problem.line == entry.line)
    #expect(problem.message.contains(entry.message), "\(problem.message)")
    #expect(problem.description.hasPrefix("\(Self.path):\(entry.line): "))
    // NB: the defaults stay for the bad entry; the good line before it still applies.
    #expect(configuration.order == .title)
    #expect(configuration.mouse == true)
    #expect(configuration.keymap.keys(for: .open) == Keymap.default.keys(for: .open))
    #expect(configuration.styles.isEmpty)
  }

  @Test func aSkippedLineLeavesTheLinesAfterIt() {
    let configuration = Self.configuration(
      """
      mouse = false
      sort = newest
      [keys]
      open = "o"
      """)
    #expect(configuration.problems.map(\.line) == [2])
    #expect(configuration.problems.first?.message.hasPrefix("sort: ") == true)
    #expect(configuration.mouse == false)
    #expect(configuration.keymap.keys(for: .open) == [.character("o")])
  }

  @Test func problemsAreListedInFileOrder() {
    let configuration = Self.configuration(
      """
      mouse = "yes"
      sort = newest
      [colors]
      quote = "purple"
      [keys]
      open = = "o"
      move-down = "Nope"
      """)
    let lines = configuration.problems.compactMap(\.line)
    #expect(lines.count == configuration.problems.count)
    #expect(lines.count >= 4)
    #expect(lines == lines.sorted())
  }

  @Test func tooManyBadLinesGiveUpOnTheFile() {
    let text = String(repeating: "= broken\n", count: 12) + "mouse = false\n"
    let configuration = Self.configuration(text)
    #expect(configuration.mouse == true)
    #expect(configuration.problems.last?.message.contains("the file is not used") == true)
  }

  @Test func hostileTextInAProblemIsSanitized() {
    let configuration = Self.configuration("[keys]\n\"\\u001B]0;pwned\\u0007\" = \"j\"\n")
    let message = configuration.problems.first?.message ?? ""
    #expect(!message.unicodeScalars.contains(where: TerminalText.isUnsafe))
    #expect(message.contains("\\u{1B}"))
  }

  @Test func namesAreNotCaseSensitiveButKeysAre() {
    let configuration = Self.configuration("sort = \"Largest\"\n[keys]\nMove-Down = \"J\"\n")
    #expect(configuration.problems == [])
    #expect(configuration.order == .size)
    #expect(configuration.keymap.keys(for: .moveDown) == [.character("J")])
  }

  @Test func theFileIsFoundFromTheEnvironment() {
    #expect(
      ConfigurationFile.path(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/ada"])
        == "/x/cfg/storyline/config.toml")
    #expect(
      ConfigurationFile.path(environment: ["XDG_CONFIG_HOME": "", "HOME": "/home/ada"])
        == "/home/ada/.config/storyline/config.toml")
    #expect(
      ConfigurationFile.path(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/ada/"])
        == "/home/ada/.config/storyline/config.toml")
    #expect(ConfigurationFile.path(environment: [:]) == nil)
  }

  @Test func theReadmeNamesEveryActionAndRole() throws {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    let start = try #require(text.range(of: "#### Configuration"))
    let end = try #require(text.range(of: "#### Screens"))
    let section = text[start.upperBound..<end.lowerBound]
    for action in Action.allCases {
      #expect(section.contains("`\(action.rawValue)`"), "\(action.rawValue)")
    }
    for role in Role.allCases {
      #expect(section.contains("`\(role.rawValue)`"), "\(role.rawValue)")
    }
  }

  struct StyleCase: Sendable, CustomTestStringConvertible {
    var spec: String
    var style: RoleStyle
    var testDescription: String { spec }
  }

  static let styleCases: [StyleCase] = [
    StyleCase(spec: "green", style: RoleStyle(foreground: 2)),
    StyleCase(spec: "Bold Yellow", style: RoleStyle(foreground: 3, bold: true)),
    StyleCase(spec: "black on cyan", style: RoleStyle(foreground: 0, background: 6)),
    StyleCase(spec: "on 25 underline", style: RoleStyle(background: 25, underline: true)),
    StyleCase(spec: "default on default reverse", style: RoleStyle(reverse: true)),
    StyleCase(spec: "dim 245", style: RoleStyle(foreground: 245, dim: true)),
  ]

  @Test(arguments: styleCases)
  func styleSpecs(_ styleCase: StyleCase) throws {
    #expect(try RoleStyle(spec: styleCase.spec) == styleCase.style)
  }

  @Test func aUserStyleOnlyReplacesWhatTheTerminalCanShow() {
    var configuration = ReaderConfiguration()
    configuration.styles = [
      .quote: RoleStyle(foreground: 114),
      .speaker: RoleStyle(foreground: 3, bold: true),
    ]
    let rich = configuration.styleTable(for: .twoHundredFiftySix)
    #expect(rich[.quote] == RoleStyle(foreground: 114))
    let eight = configuration.styleTable(for: .eight)
    #expect(eight[.quote] == RoleStyle.table(for: .eight)[.quote])
    #expect(eight[.speaker] == RoleStyle(foreground: 3, bold: true))
    let mono = configuration.styleTable(for: .monochrome)
    #expect(mono[.quote] == RoleStyle(underline: true))
    #expect(mono[.speaker] == RoleStyle(bold: true))
    #expect(mono.values.allSatisfy { !$0.hasColour })
  }
}
