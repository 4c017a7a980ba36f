import Foundation
import Testing

@testable import StoryKit

/// JSON strings as every output of Storyline writes them: readable text kept as it is, and
/// every character that could act on a terminal or reorder text escaped.
@Suite("JSON strings: what is escaped, what is kept")
struct JSONStringTests {
  static let cases: [(text: String, json: String)] = [
    ("plain words", #""plain words""#),
    ("say \"hi\" \\ there", #""say \"hi\" \\ there""#),
    ("a\nb\rc\td", #""a\nb\rc\td""#),
    ("\u{1B}[2J\u{7}\u{7F}", #""\u001b[2J\u0007\u007f""#),
    ("next\u{85}line, nbsp\u{A0}kept", "\"next\\u0085line, nbsp\u{A0}kept\""),
    ("\u{2028}\u{2029}", #""\u2028\u2029""#),
    ("\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}", #""\u202a\u202b\u202c\u202d\u202e""#),
    ("\u{2066}\u{2067}\u{2068}\u{2069}", #""\u2066\u2067\u2068\u2069""#),
    ("“curly” ‘quotes’ – dash … ‰ \u{2065}", "\"“curly” ‘quotes’ – dash … ‰ \u{2065}\""),
    ("é 👩‍🚀 Лавров „low“", "\"é 👩‍🚀 Лавров „low“\""),
    ("ends with an escape\u{202E}", #""ends with an escape\u202e""#),
    ("", #""""#),
  ]

  @Test("a string's JSON", arguments: cases)
  func escaped(text: String, json: String) throws {
    let written = JSONValue.string(text).serialized()
    #expect(written == json)
    let parsed =
      try JSONSerialization.jsonObject(
        with: Data(written.utf8), options: [.fragmentsAllowed]) as? String
    #expect(parsed == text)
  }
}
