import Foundation
import StoryTestSupport
import Testing

/// `--no-library` keeps nothing: its analysis goes to a temporary file that is gone when the
/// command ends, and no library appears where libraries are kept.
@Suite struct NoLibraryTests {
  @Test(arguments: [["articles"], ["quotes", "--format", "jsonl"], ["stories"]])
  func nothingIsLeftBehind(_ command: [String]) throws {
    let temporary = try TemporaryFolder()
    defer { temporary.remove() }
    let data = try TemporaryFolder()
    defer { data.remove() }
    let result = try StorylineProcess.run(
      command + ["--no-library"],
      environment: ["TMPDIR": temporary.path, "XDG_DATA_HOME": data.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stdout.isEmpty)
    #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty)
    #expect(!FileManager.default.fileExists(atPath: data.path + "/storyline"))
  }
}
