import Foundation
import StoryKit
import StoryTestSupport
import StoryUI
import Testing

/// A tig-style screen test: keys in, plain-text screens out, each compared with a stored
/// `Snapshots/<name>.screen` file (text, then the role map).
///
/// ```swift
/// var script = ScreenScript(app: app)
/// try script.snapshot("stories-80x24")
/// try script.press("j Enter")
/// try script.snapshot("story-80x24")
/// ```
struct ScreenScript {
  var app: ReaderApp
  /// The keys fed since the start, for the snapshot header.
  private(set) var keys: [String] = []
  /// Whether a key asked to quit.
  private(set) var quit = false

  init(app: ReaderApp) {
    self.app = app
  }

  /// Feeds keys named as in `Key.script` (`"j j Enter"`).
  mutating func press(_ names: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    throws
  {
    let keys = try #require(
      Key.script(names), "a key name in \"\(names)\"", sourceLocation: sourceLocation)
    for key in keys where !quit {
      if app.handle(key) == .quit { quit = true }
    }
    self.keys.append(names)
  }

  /// Resizes the window.
  mutating func resize(columns: Int, rows: Int) {
    app.resize(to: GridSize(rows: rows, columns: columns))
    keys.append("resize \(columns)×\(rows)")
  }

  /// The current frame.
  var grid: ScreenGrid { app.render() }

  /// Compares the current frame with `Snapshots/<name>.screen`.
  func snapshot(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let grid = self.grid
    let header =
      "# \(name): \(grid.size)" + (keys.isEmpty ? "" : ", after: " + keys.joined(separator: " | "))
    let text = header + "\n" + grid.plainText + "-- roles --\n" + grid.roleMap
    try Snapshots.expectMatch(text, named: name, sourceLocation: sourceLocation)
  }
}

/// The snapshot files of this test target.
enum Snapshots {
  /// `Tests/StoryUITests/Snapshots`.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Snapshots").path

  /// Expects `text` to match the stored snapshot `name` (recording it when asked to).
  static func expectMatch(
    _ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    switch try SnapshotFile(folder: folder, name: name).compare(text) {
    case .matched: break
    case .recorded(let reason):
      if reason != "\(SnapshotFile.recordVariable)=1" {
        Issue.record(
          "recorded \(name).screen (\(reason)); check it and run again",
          sourceLocation: sourceLocation)
      }
    case .differs(let expected):
      Issue.record(
        """
        \(name).screen differs (re-record with \(SnapshotFile.recordVariable)=1):
        \(SnapshotFile.difference(expected: expected, actual: text))
        """, sourceLocation: sourceLocation)
    }
  }
}
