/// Errors that stop a StoryKit operation as a whole (per-article problems are `Finding`s).
public enum StoryKitError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A file that ships with Storyline is missing from its bundle.
  case resourceMissing(name: String)
  /// A file that ships with Storyline cannot be parsed.
  case invalidResource(name: String, problem: String)

  public var description: String {
    switch self {
    case .resourceMissing(let name):
      "the bundled resource \(name) is missing; reinstall Storyline (swift build) and try again"
    case .invalidResource(let name, let problem):
      "the bundled resource \(name) is damaged (\(problem)); reinstall Storyline"
    }
  }
}
