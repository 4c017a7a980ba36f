import StoryTestSupport
import Testing

@testable import StoryKit

@Suite("WordScanner: the one tokenizer of search")
struct WordScannerFoldingTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    var keys: [String]
    var testDescription: String { text }
  }

  @Test(
    "words are letter and digit runs, folded for case and diacritics",
    arguments: [
      Case(text: "Lavrov's talks", keys: ["lavrov", "s", "talks"]),
      Case(text: "anti-piracy 2011-11-11", keys: ["anti", "piracy", "2011", "11", "11"]),
      Case(text: "Šefčovič met ÉLYSÉE", keys: ["sefcovic", "met", "elysee"]),
      Case(text: "e\u{301}te\u{301}", keys: ["ete"]),
      Case(text: "Москва́ говорит", keys: ["москва", "говорит"]),
      Case(text: "  \n“quoted”, (parens)! ", keys: ["quoted", "parens"]),
      Case(text: "", keys: []),
    ])
  func words(_ testCase: Case) {
    #expect(WordScanner.words(in: testCase.text).map(\.key) == testCase.keys)
    #expect(WordScanner.foldedText(testCase.text) == testCase.keys.joined(separator: " "))
  }

  @Test("ranges slice the text to the word")
  func ranges() {
    let text = "Das Café «Zürich» sagt"
    let scalars = Array(text.unicodeScalars)
    let words = WordScanner.words(in: text)
    #expect(
      words.map { String(String.UnicodeScalarView(scalars[$0.range])) } == [
        "Das", "Café", "Zürich", "sagt",
      ])
  }

  @Test("foldedText is the words' keys joined by spaces, on seeded random text")
  func foldedTextMatchesWords() {
    var generator = SeededGenerator(seed: 2026)
    let alphabet: [Unicode.Scalar] = [
      "a", "Z", "0", "9", " ", "\n", "-", "'", "é", "Ä", "\u{301}", "ß", "д", "Ж", "“", ".", "中",
      "\u{200D}", "ﬁ",
    ]
    for _ in 0..<300 {
      let length = Int.random(in: 0..<40, using: &generator)
      var view = String.UnicodeScalarView()
      for _ in 0..<length {
        view.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
      }
      let text = String(view)
      #expect(
        WordScanner.foldedText(text)
          == WordScanner.words(in: text).map(\.key).joined(separator: " "),
        "\(text.debugDescription)")
    }
  }
}

extension WordScannerFoldingTests {
  @Test("word hashes are the FNV-1a of the folded keys, on seeded random text")
  func hashesMatchKeys() {
    var generator = SeededGenerator(seed: 7)
    let alphabet: [Unicode.Scalar] = ["a", "B", "7", " ", "é", "\u{301}", "Ж", ",", "ﬁ", "ß"]
    for _ in 0..<300 {
      var view = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 0..<30, using: &generator) {
        view.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
      }
      let text = String(view)
      var hashes: [UInt64] = []
      WordScanner.scanHashes(text) { hashes.append($0) }
      let expected = WordScanner.words(in: text).map { word in
        var hash = FNV1a()
        for scalar in word.key.unicodeScalars { hash.combine(scalar) }
        return hash.value
      }
      #expect(hashes == expected, "\(text.debugDescription)")
    }
  }
}
