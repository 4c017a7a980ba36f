import Foundation
import StoryFuzzing
import Testing

/// Every input the fuzzer was seeded with, and every input that once crashed a target
/// (`Fuzz/regressions/TARGET/`, kept by `Fuzz/run.sh`), replayed through its target: each must
/// run to the end with the target's invariants holding.
@Suite("Fuzzing seeds and found crashes, replayed")
struct FuzzReplayTests {
  static let fuzzFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fuzz")

  static func inputs(of target: FuzzTarget) -> [URL] {
    ["seeds", "regressions"].flatMap { kind in
      let folder = fuzzFolder.appendingPathComponent(kind).appendingPathComponent(target.rawValue)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      return names.sorted().map { folder.appendingPathComponent($0) }
    }
  }

  @Test("each saved input runs through its target", arguments: FuzzTarget.allCases)
  func replay(_ target: FuzzTarget) throws {
    let inputs = Self.inputs(of: target)
    #expect(!inputs.isEmpty, "no seeds for \(target.rawValue) under \(Self.fuzzFolder.path)")
    for input in inputs {
      let data = try Data(contentsOf: input)
      data.withUnsafeBytes { target.run($0) }
    }
  }
}
