import Foundation

/// Where a library lives: a file, or memory (nothing written).
public enum LibraryLocation: Hashable, Sendable {
  /// The default file for the inputs, under `$XDG_DATA_HOME/storyline/` (see `defaultFile`).
  case automatic
  /// This file.
  case file(String)
  /// Kept nowhere: the analysis is done afresh into a temporary file that is removed when the
  /// library closes (`--no-library`); its pages stay on disk, not in memory.
  case inMemory

  /// The default library file for `paths`: one file per set of inputs, named after the first
  /// input and a hash of all of them as absolute paths (sorted), under
  /// `$XDG_DATA_HOME/storyline/` (else `~/.local/share/storyline/`).
  ///
  /// `storyline stories corpus/` run from two folders uses one library, and so does
  /// `a b` listed as `b a`.
  ///
  /// - Parameter environment: the process environment (`XDG_DATA_HOME`, `HOME`).
  public static func defaultFile(
    for paths: [String], environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    let absolute = paths.map(absolutePath).sorted()
    let first = absolute.first.map { ($0 as NSString).lastPathComponent } ?? "library"
    let name = String(
      first.unicodeScalars.map { scalar in
        Scalars.isWordScalar(scalar) && scalar.value < 0x80 || scalar == "-" || scalar == "."
          ? Character(scalar) : "_"
      }.prefix(40))
    return dataFolder(environment: environment) + "/" + name + "-"
      + FNV1a.hex8(of: absolute.joined(separator: "\u{0}")) + ".sqlite"
  }

  /// `$XDG_DATA_HOME/storyline`, else `~/.local/share/storyline`.
  public static func dataFolder(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      return xdg + "/storyline"
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.local/share/storyline"
  }

  /// `path` made absolute against the current folder, with `.` and `..` resolved.
  static func absolutePath(_ path: String) -> String {
    let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    return (full as NSString).standardizingPath
  }
}
