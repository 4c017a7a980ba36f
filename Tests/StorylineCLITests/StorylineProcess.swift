import Foundation

/// Runs the built `storyline` executable and captures what it prints.
struct StorylineProcess {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
    var stdoutBytes: [UInt8]
  }

  /// The `storyline` binary built beside the test runner.
  static var executable: URL {
    let runner =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      .map { URL(fileURLWithPath: $0) } ?? URL(fileURLWithPath: CommandLine.arguments[0])
    var folder = runner.deletingLastPathComponent()
    // macOS runs tests from inside an .xctest bundle.
    while folder.pathExtension == "xctest" || folder.lastPathComponent == "MacOS"
      || folder.lastPathComponent == "Contents"
    {
      folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("storyline")
  }

  /// Where the runs of this test process keep their libraries; removed when it exits.
  static let libraryFolder: String = {
    let folder = NSTemporaryDirectory() + "storyline-cli-tests-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(atPath: StorylineProcess.libraryFolder) }
    return folder
  }()

  /// Runs `storyline` with `arguments` in `directory` (default: a temporary folder, so nothing
  /// depends on the current directory), with `environment` added.
  static func run(
    _ arguments: [String], in directory: String = NSTemporaryDirectory(),
    environment: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "NO_COLOR")
    // NB: libraries go to a folder of the test run's own, never to the user's.
    env["XDG_DATA_HOME"] = libraryFolder
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read stderr on another thread while stdout is drained, so neither pipe can fill and block
    // the child.
    let stderrBox = DataBox()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      stderrBox.data = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    let stderrData = stderrBox.data
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
      stderr: String(decoding: stderrData, as: UTF8.self), stdoutBytes: Array(stdoutData))
  }
}

private final class DataBox: @unchecked Sendable {
  var data = Data()
}
