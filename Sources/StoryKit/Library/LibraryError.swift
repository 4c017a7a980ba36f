/// Why a library could not be opened, updated or read; the message names the file and says what
/// to do.
public enum LibraryError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file exists but is not a Storyline library (another program's database, or damaged).
  case notALibrary(path: String, reason: String)
  /// The library was made by a newer Storyline whose schema this one does not know.
  case newerSchema(path: String)
  /// The library could not be read or written (permissions, disk full, I/O error).
  case storage(path: String, reason: String)
  /// A bundled rule file is missing or damaged.
  case resources(StoryKitError)

  public var description: String {
    switch self {
    case .notALibrary(let path, let reason):
      "\(path): not a Storyline library (\(reason)); run again with --rebuild to replace it"
    case .newerSchema(let path):
      "\(path): made by a newer Storyline; update Storyline or run again with --rebuild"
    case .storage(let path, let reason):
      "\(path): \(reason)"
    case .resources(let error):
      error.description
    }
  }
}
