import Foundation

/// A plain-text snapshot stored in a file, compared with what a test produced, or recorded
/// anew.
///
/// Screen tests render a grid as text (see `ScreenGrid.plainText`) and compare it with a
/// `.screen` file kept beside the tests. When the file is missing, or the environment variable
/// ``recordVariable`` is set to `1`, the actual text is written instead, so a change in layout is
/// re-recorded with one command and reviewed as a diff:
///
/// ```sh
/// STORYLINE_RECORD_SNAPSHOTS=1 swift test --filter StoryUITests
/// ```
public struct SnapshotFile: Sendable {
  /// The environment variable that makes every comparison record instead.
  public static let recordVariable = "STORYLINE_RECORD_SNAPSHOTS"

  /// What a comparison found.
  public enum Outcome: Hashable, Sendable {
    /// The file holds exactly the actual text.
    case matched
    /// The file was written: it was missing, or recording was asked for.
    case recorded(reason: String)
    /// The file holds other text (given here).
    case differs(expected: String)
  }

  /// The snapshot file.
  public let path: String

  /// A snapshot named `name` (a `.screen` extension is added) in `folder`.
  public init(folder: String, name: String) {
    path = folder + "/" + name + ".screen"
  }

  /// Compares `actual` with the file, or records it (see the type's discussion).
  ///
  /// - Throws: When the file cannot be read or written.
  public func compare(
    _ actual: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> Outcome {
    let manager = FileManager.default
    if environment[Self.recordVariable] == "1" || !manager.fileExists(atPath: path) {
      let reason =
        manager.fileExists(atPath: path) ? "\(Self.recordVariable)=1" : "no snapshot yet"
      try manager.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
      return .recorded(reason: reason)
    }
    let expected = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    return expected == actual ? .matched : .differs(expected: expected)
  }

  /// A line-by-line account of how `actual` differs from `expected`: the first differing lines,
  /// numbered, `-` expected and `+` actual.
  public static func difference(expected: String, actual: String, limit: Int = 12) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var report: [String] = []
    for index in 0..<max(old.count, new.count) where report.count < limit * 2 {
      let a = index < old.count ? String(old[index]) : nil
      let b = index < new.count ? String(new[index]) : nil
      guard a != b else { continue }
      report.append("\(index + 1) - \(a ?? "(none)")")
      report.append("\(index + 1) + \(b ?? "(none)")")
    }
    return report.joined(separator: "\n")
  }
}
