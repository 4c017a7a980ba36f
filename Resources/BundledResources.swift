import Foundation

/// Locates the data that ships with Storyline: the bundled sample corpus and the rule files.
///
/// The files live in the package's top-level `Resources/` folder and are copied next to the
/// built executable by SwiftPM, so they are found whatever the current directory is.
public enum BundledResources {
  /// The folder holding the bundled sample articles (the five seed articles).
  public static var sampleCorpus: URL? {
    Bundle.module.url(forResource: "sample", withExtension: nil)
  }

  /// The URL of a rule file in `Resources/rules/`, e.g. `boilerplate.rules`.
  ///
  /// - Parameter name: The file name, with its extension.
  /// - Returns: The file's URL, or `nil` when the bundle lacks it.
  public static func ruleFile(named name: String) -> URL? {
    Bundle.module.url(forResource: "rules/\(name)", withExtension: nil)
      ?? Bundle.module.resourceURL?.appendingPathComponent("rules").appendingPathComponent(name)
  }
}
