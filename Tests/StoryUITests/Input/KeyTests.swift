import Testing

@testable import StoryUI

@Suite struct KeyTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var key: Key?
    var testDescription: String { name.isEmpty ? "(empty)" : name }
  }

  static let names: [Case] = [
    Case(name: "j", key: .character("j")),
    Case(name: "G", key: .character("G")),
    Case(name: "?", key: .character("?")),
    Case(name: "Space", key: .character(" ")),
    Case(name: "space", key: .character(" ")),
    Case(name: "Enter", key: .enter),
    Case(name: "Esc", key: .escape),
    Case(name: "Tab", key: .tab),
    Case(name: "Shift-Tab", key: .backTab),
    Case(name: "PgDn", key: .pageDown),
    Case(name: "PageUp", key: .pageUp),
    Case(name: "Home", key: .home),
    Case(name: "Down", key: .down),
    Case(name: "↑", key: .up),
    Case(name: "Ctrl-d", key: .control("d")),
    Case(name: "C-U", key: .control("u")),
    Case(name: "^f", key: .control("f")),
    Case(name: "Backspace", key: .backspace),
    Case(name: "Ctrl-dd", key: nil),
    Case(name: "Ctrl-1", key: nil),
    Case(name: "Hyper", key: nil),
    Case(name: "\u{1B}", key: nil),
    Case(name: "", key: nil),
  ]

  @Test(arguments: names)
  func name(_ c: Case) {
    #expect(Key(name: c.name) == c.key)
  }

  @Test(arguments: [
    Key.character("j"), .character(" "), .control("d"), .pageDown, .enter, .escape, .tab, .up,
  ])
  func descriptionReadsBack(_ key: Key) {
    #expect(Key(name: key.description) == key)
  }

  @Test func script() {
    #expect(
      Key.script("5 j Enter Ctrl-d") == [.character("5"), .character("j"), .enter, .control("d")])
    #expect(Key.script("j Nope") == nil)
  }
}
