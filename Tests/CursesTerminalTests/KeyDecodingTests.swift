import CNcursesw
import StoryUI
import Testing

@testable import CursesTerminal

/// How `get_wch` codes become keys: no terminal needed, the decoding is pure.
@Suite struct KeyDecodingTests {
  struct CharacterCase: Sendable, CustomTestStringConvertible {
    var name: String
    var code: UInt32
    var key: Key?
    var testDescription: String { name }
  }

  static let characters: [CharacterCase] = [
    CharacterCase(name: "a letter", code: 0x6A, key: .character("j")),
    CharacterCase(name: "a digit", code: 0x35, key: .character("5")),
    CharacterCase(name: "a space", code: 0x20, key: .character(" ")),
    CharacterCase(name: "a non-ASCII letter", code: 0xE9, key: .character("é")),
    CharacterCase(name: "a CJK ideograph", code: 0x65E5, key: .character("日")),
    CharacterCase(name: "CR is Enter (nonl mode)", code: 0x0D, key: .enter),
    CharacterCase(name: "LF is Enter", code: 0x0A, key: .enter),
    CharacterCase(name: "Tab", code: 0x09, key: .tab),
    CharacterCase(name: "Esc", code: 0x1B, key: .escape),
    CharacterCase(name: "DEL is Backspace", code: 0x7F, key: .backspace),
    CharacterCase(name: "Ctrl-H is Backspace", code: 0x08, key: .backspace),
    CharacterCase(name: "Ctrl-D", code: 0x04, key: .control("d")),
    CharacterCase(name: "Ctrl-U", code: 0x15, key: .control("u")),
    CharacterCase(name: "a C1 control is dropped", code: 0x9B, key: nil),
    CharacterCase(name: "a bidi override is dropped", code: 0x202E, key: nil),
    CharacterCase(name: "NUL is dropped", code: 0x00, key: nil),
  ]

  @Test(arguments: characters)
  func character(_ c: CharacterCase) {
    #expect(CursesBackend.key(character: c.code) == c.key)
  }

  struct FunctionCase: Sendable, CustomTestStringConvertible {
    var name: String
    var code: Int32
    var key: Key?
    var testDescription: String { name }
  }

  static let functions: [FunctionCase] = [
    FunctionCase(name: "up", code: KEY_UP, key: .up),
    FunctionCase(name: "down", code: KEY_DOWN, key: .down),
    FunctionCase(name: "left", code: KEY_LEFT, key: .left),
    FunctionCase(name: "right", code: KEY_RIGHT, key: .right),
    FunctionCase(name: "page up", code: KEY_PPAGE, key: .pageUp),
    FunctionCase(name: "page down", code: KEY_NPAGE, key: .pageDown),
    FunctionCase(name: "home", code: KEY_HOME, key: .home),
    FunctionCase(name: "end", code: KEY_END, key: .end),
    FunctionCase(name: "keypad enter", code: KEY_ENTER, key: .enter),
    FunctionCase(name: "backspace", code: KEY_BACKSPACE, key: .backspace),
    FunctionCase(name: "delete", code: KEY_DC, key: .delete),
    FunctionCase(name: "shift-tab", code: KEY_BTAB, key: .backTab),
    FunctionCase(name: "resize", code: cn_key_resize(), key: .resize),
    FunctionCase(name: "F1 is not used", code: KEY_F0 + 1, key: nil),
  ]

  @Test(arguments: functions)
  func function(_ c: FunctionCase) {
    #expect(CursesBackend.key(function: c.code) == c.key)
  }
}
