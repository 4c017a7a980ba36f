import Foundation
import Testing

@Suite("the command line's face: version, mistyped commands, failed writes")
struct CommandLineFaceTests {
  @Test("--version prints the version and exits 0")
  func version() throws {
    let result = try StorylineProcess.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("storyline "))
  }

  @Test(
    "a mistyped command is a usage error naming the command meant, not a missing file",
    arguments: [("storise", "stories"), ("serch", "search"), ("quote", "quotes"), ("dup", "dups")])
  func mistypedCommand(typed: String, meant: String) throws {
    let result = try StorylineProcess.run([typed])
    #expect(result.status == 2)
    #expect(result.stderr.contains("did you mean '\(meant)'?"))
    #expect(!result.stderr.contains("no such file"))
  }

  @Test("a word far from every command is still taken for a path")
  func farWord() throws {
    let result = try StorylineProcess.run(["zebra-crossing", "--no-library"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("zebra-crossing: no such file or directory"))
  }

  /// Runs `storyline ARGUMENTS` through the shell with `redirection` applied to its stdout;
  /// returns its status and stderr.
  static func runRedirected(_ arguments: [String], _ redirection: String) throws -> (
    status: Int32, stderr: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    let command = ([StorylineProcess.executable.path] + arguments).map { "'\($0)'" }
      .joined(separator: " ")
    process.arguments = ["-c", command + " " + redirection]
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_DATA_HOME"] = StorylineProcess.libraryFolder
    process.environment = environment
    let err = Pipe()
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test(
    "a failed write is one error line and exit 1, never a crash",
    arguments: [
      ("/dev/full", "> /dev/full", "No space left on device"),
      ("a closed stdout", ">&-", "standard output is closed"),
    ])
  func failedWrite(name: String, redirection: String, reason: String) throws {
    for command in [["stories"], ["quotes", "--format", "jsonl"], ["dups"], ["library"]] {
      let result = try Self.runRedirected(command + ["--no-library"], redirection)
      #expect(result.status == 1, "\(command) \(name)")
      let lines = result.stderr.split(separator: "\n")
      #expect(lines.count == 1, "\(command) \(name): \(result.stderr)")
      #expect(result.stderr.contains("cannot write the output: \(reason)"), "\(command) \(name)")
    }
  }
}
