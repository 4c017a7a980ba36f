import Foundation

/// A fresh folder under the system's temporary directory for one test, removed on `remove()`.
///
/// ```swift
/// let folder = try TemporaryFolder()
/// defer { folder.remove() }
/// let path = try folder.write("a.txt", "Hello")
/// ```
public struct TemporaryFolder: Sendable {
  /// The folder's path.
  public let path: String

  /// Creates the folder.
  public init() throws {
    let base = FileManager.default.temporaryDirectory.path
    path = base + "/storyline-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// Writes `text` (UTF-8) to `name` inside the folder, creating subfolders; returns its path.
  @discardableResult
  public func write(_ name: String, _ text: String) throws -> String {
    try write(name, bytes: Array(text.utf8))
  }

  /// Writes raw bytes to `name` inside the folder, creating subfolders; returns its path.
  @discardableResult
  public func write(_ name: String, bytes: [UInt8]) throws -> String {
    let file = path + "/" + name
    let folder = (file as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    return file
  }

  /// Deletes the folder and everything in it.
  public func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
