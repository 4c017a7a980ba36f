import Foundation
import StoryTestSupport
import Testing

/// Every id, title and file name in the CLI's text output goes through the sanitiser: no ESC,
/// BEL, C1 control or bidi control from the inputs reaches stdout or stderr.
@Suite struct HostileOutputTests {
  static let body =
    "\"We will keep the border open for trade,\" said John Harbour, the port's director. "
    + "The harbour authority said on Monday that shipping volumes rose for the third month "
    + "in a row, helped by grain exports and a recovery in container traffic along the coast. "
    + "Officials expect the figures to hold through the winter season despite the storms."

  /// A folder with two copies of one article under hostile ids, and a file with a hostile
  /// name that cannot be read.
  static func hostileFolder() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    let text = body.replacingOccurrences(of: "\"", with: "\\\"")
    let records = [
      #"{"id": "e\u001b]0;pwned\u0007\u202e1", "title": "Port \u001b[2J open \u2067", "source": "Wire\u001b[31m", "date": "2025-05-01", "text": "\#(text)"}"#,
      #"{"id": "e\u009b31m\u202d2", "title": "Port open again \u202e", "source": "Wire", "date": "2025-05-01", "text": "\#(text) Copyright Wire."}"#,
    ]
    try folder.write("hostile.jsonl", records.joined(separator: "\n") + "\n")
    try folder.write("bad\u{1B}[31mname\u{202E}.jsonl", "{not json\n")
    return folder
  }

  static let commands: [[String]] = [
    ["articles"], ["quotes"], ["speakers"], ["dups"], ["stories"], ["search", "harbour"],
    ["library"],
  ]

  @Test(arguments: commands)
  func textOutputIsSanitised(_ command: [String]) throws {
    let folder = try Self.hostileFolder()
    defer { folder.remove() }
    let result = try StorylineProcess.run(command + [folder.path, "--no-library"])
    #expect(result.status == 0, "\(command): \(result.stderr)")
    for (name, output) in [("stdout", result.stdout), ("stderr", result.stderr)] {
      let scalars = output.unicodeScalars
      #expect(!scalars.contains("\u{1B}"), "\(command) wrote ESC on \(name)")
      #expect(!scalars.contains("\u{07}"), "\(command) wrote BEL on \(name)")
      #expect(
        !scalars.contains { (0x80...0x9F).contains($0.value) }, "\(command) wrote C1 on \(name)")
      #expect(
        !scalars.contains {
          (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
        },
        "\(command) wrote a bidi control on \(name)")
    }
  }
}
