import StoryKit
import Testing

@Suite("Decoding bytes to text")
struct TextDecodingTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var bytes: [UInt8]
    var text: String
    var findings: [Finding.Kind]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "UTF-8", bytes: Array("Caf\u{E9} “quoted”".utf8), text: "Caf\u{E9} “quoted”",
      findings: []),
    Case(
      name: "UTF-8 with BOM", bytes: [0xEF, 0xBB, 0xBF] + Array("Hi".utf8), text: "Hi", findings: []
    ),
    Case(
      name: "invalid UTF-8 falls back to Windows-1252",
      bytes: [0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0xE9], text: "“Hi” €é",
      findings: [.decodedAsWindows1252]),
    Case(name: "CRLF normalised", bytes: Array("a\r\nb\r\n".utf8), text: "a\nb\n", findings: []),
    Case(
      name: "lone CR normalised", bytes: Array("a\rb\r\rc".utf8), text: "a\nb\n\nc", findings: []),
    Case(
      name: "UTF-16 little-endian with BOM", bytes: [0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00],
      text: "Hi", findings: [.decodedAsUTF16]),
    Case(
      name: "UTF-16 big-endian with BOM", bytes: [0xFE, 0xFF, 0x00, 0x48, 0x00, 0x69], text: "Hi",
      findings: [.decodedAsUTF16]),
  ]

  @Test("decodes", arguments: cases)
  func decodes(_ testCase: Case) throws {
    let decoded = try TextDecoding.decode(testCase.bytes)
    #expect(decoded.text == testCase.text)
    #expect(decoded.findings.map(\.kind) == testCase.findings)
  }

  @Test(
    "binary bytes are refused",
    arguments: [[0x41, 0x00, 0x42], Array(repeating: UInt8(0x02), count: 100)])
  func binary(_ bytes: [UInt8]) {
    #expect(throws: TextDecoding.Failure.binary) { try TextDecoding.decode(bytes) }
  }
}
