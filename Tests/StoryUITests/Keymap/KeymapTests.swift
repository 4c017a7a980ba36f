import Testing

@testable import StoryUI

@Suite struct KeymapTests {
  struct Binding: Sendable, CustomTestStringConvertible {
    var key: Key
    var action: Action
    var testDescription: String { "\(key) → \(action.rawValue)" }
  }

  /// The default keys of issue 10's key table.
  static let defaults: [Binding] = [
    Binding(key: .character("j"), action: .moveDown),
    Binding(key: .down, action: .moveDown),
    Binding(key: .character("k"), action: .moveUp),
    Binding(key: .up, action: .moveUp),
    Binding(key: .character("g"), action: .top),
    Binding(key: .character("G"), action: .bottom),
    Binding(key: .control("d"), action: .halfPageDown),
    Binding(key: .control("u"), action: .halfPageUp),
    Binding(key: .character(" "), action: .pageDown),
    Binding(key: .pageDown, action: .pageDown),
    Binding(key: .pageUp, action: .pageUp),
    Binding(key: .enter, action: .open),
    Binding(key: .character("l"), action: .open),
    Binding(key: .character("q"), action: .back),
    Binding(key: .character("h"), action: .back),
    Binding(key: .escape, action: .back),
    Binding(key: .character("Q"), action: .quit),
    Binding(key: .character("/"), action: .search),
    Binding(key: .character("n"), action: .nextMatch),
    Binding(key: .character("N"), action: .previousMatch),
    Binding(key: .character("s"), action: .speakers),
    Binding(key: .character("p"), action: .problems),
    Binding(key: .character("?"), action: .help),
    Binding(key: .tab, action: .toggleCopies),
    Binding(key: .character("b"), action: .removedLines),
    Binding(key: .character("d"), action: .diff),
    Binding(key: .character("o"), action: .openURL),
    Binding(key: .character("y"), action: .copyCitation),
  ]

  @Test(arguments: defaults)
  func defaultBinding(_ binding: Binding) {
    #expect(Keymap.default.action(for: binding.key) == binding.action)
  }

  @Test func digitsAreLeftForCounts() {
    for digit in "0123456789" {
      #expect(Keymap.default.action(for: .character(digit)) == nil)
    }
  }

  @Test func everyActionHasAKeyAndHelp() {
    for action in Action.allCases {
      #expect(!Keymap.default.keys(for: action).isEmpty, "\(action)")
      #expect(!action.help.isEmpty)
    }
  }

  @Test func hintsComeFromTheTable() {
    let keymap = Keymap.default
    #expect(
      keymap.hints(for: [.moveDown, .moveUp, .open, .help]) == "j/k move  Enter open  ? help")
    #expect(keymap.hints(for: [.back], backQuits: true) == "q quit")
    var rebound = keymap
    rebound.bind(.character("o"), to: .open)
    rebound.bind(.enter, to: nil)
    rebound.bind(.character("l"), to: nil)
    rebound.bind(.right, to: nil)
    #expect(rebound.hints(for: [.open]) == "o open")
  }

  @Test func overridesApplyInOrderAndReportProblems() {
    var keymap = Keymap.default
    let problems = keymap.apply([
      KeymapEntry(key: "Ctrl-n", action: "move-down", line: 2),
      KeymapEntry(key: "d", action: "none", line: 3),
      KeymapEntry(key: "x", action: "jump", line: 4),
      KeymapEntry(key: "Hyper-x", action: "quit", line: 5),
      KeymapEntry(key: "5", action: "quit", line: 6),
      KeymapEntry(key: "j", action: "MOVE-UP", line: 7),
    ])
    #expect(keymap.action(for: .control("n")) == .moveDown)
    #expect(keymap.action(for: .character("d")) == nil)
    #expect(keymap.action(for: .character("j")) == .moveUp)
    #expect(keymap.action(for: .character("x")) == nil)
    #expect(problems.map(\.line) == [4, 5, 6])
    #expect(
      problems[0].description.hasPrefix("line 4: unknown action \"jump\"; use one of move-down"))
    #expect(problems[1].description.hasPrefix("line 5: unknown key \"Hyper-x\""))
  }

  @Test func hostileNamesAreSanitizedInProblems() {
    var keymap = Keymap.default
    let problems = keymap.apply([KeymapEntry(key: "j", action: "\u{1B}]0;pwned\u{7}")])
    #expect(problems.count == 1)
    #expect(!problems[0].message.unicodeScalars.contains(where: TerminalText.isUnsafe))
  }
}
