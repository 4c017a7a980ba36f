import Foundation

/// Locates the data that ships with Storyline: the bundled sample corpus and the rule files.
///
/// The files live in the package's top-level `Resources/` folder. SwiftPM copies them next to
/// the built executable (`Storyline_StorylineResources.resources`), so they are found whatever
/// the current directory is; when that copy is missing (a binary moved elsewhere), the package's
/// own `Resources/` folder is used if it is still where the binary was built from.
///
/// NB: this deliberately avoids `Bundle.module`, whose generated accessor stops the process
/// when the bundle is missing; here a missing bundle is a `nil` the caller can report.
public enum BundledResources {
  /// The name SwiftPM gives the copied resource folder.
  static let bundleName = "Storyline_StorylineResources.resources"

  /// The folder holding `sample/` and `rules/`, if it can be found.
  public static let folder: URL? = {
    let fileManager = FileManager.default
    var candidates: [URL] = []
    if let executable = executableURL() {
      candidates.append(executable.deletingLastPathComponent().appendingPathComponent(bundleName))
    }
    if let resources = Bundle.main.resourceURL {
      candidates.append(resources.appendingPathComponent(bundleName))
    }
    // The package's source tree, where this file stands.
    candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
    return candidates.first { candidate in
      fileManager.fileExists(atPath: candidate.appendingPathComponent("rules").path)
    }
  }()

  /// The folder holding the bundled sample articles (the five seed articles).
  public static var sampleCorpus: URL? {
    folder?.appendingPathComponent("sample")
  }

  /// The URL of a rule file in `Resources/rules/`, e.g. `boilerplate.rules`.
  ///
  /// - Parameter name: The file name, with its extension.
  /// - Returns: The file's URL, or `nil` when the resources cannot be found.
  public static func ruleFile(named name: String) -> URL? {
    folder?.appendingPathComponent("rules").appendingPathComponent(name)
  }

  /// The running executable, symbolic links resolved.
  private static func executableURL() -> URL? {
    #if os(Linux)
      if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
        return URL(fileURLWithPath: path)
      }
    #endif
    guard let first = CommandLine.arguments.first else { return nil }
    return URL(fileURLWithPath: first).resolvingSymlinksInPath()
  }
}
