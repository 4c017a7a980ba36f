import StoryKit

/// What to open: the inputs, where the library lives and whether to analyse again; a value
/// that can be handed to another thread (the reader opens the library behind its Progress
/// screen).
struct LibraryRequest: Sendable {
  /// The paths to read.
  var paths: [String]
  /// Where the library lives.
  var location: LibraryLocation
  /// Whether to analyse again even when the library is current.
  var rebuild: Bool

  /// Opens the library (analysing the inputs when it is not current) and checks that it holds
  /// an article.
  ///
  /// - Parameter progress: Called with progress reports, on the calling thread.
  /// - Returns: The library, or the lines that say why it cannot be used (with every input
  ///   problem when no article could be read).
  func open(progress: ProgressHandler?) -> Result<Library, LibraryOpenFailure> {
    let library: Library
    do {
      let configuration = try LibraryConfiguration.bundled()
      library = try Library.open(
        paths, location: location, rebuild: rebuild, configuration: configuration,
        progress: progress)
    } catch let error as LibraryError {
      return .failure(LibraryOpenFailure(message: error.description))
    } catch let error as StoryKitError {
      return .failure(LibraryOpenFailure(message: error.description))
    } catch {
      return .failure(LibraryOpenFailure(message: "\(error)"))
    }
    do {
      guard try library.articleCount() > 0 else {
        let problems = try library.problems().map {
          LibraryOpenFailure.Line(location: $0.location, message: $0.message)
        }
        return .failure(
          LibraryOpenFailure(
            lines: problems + [LibraryOpenFailure.Line(message: "no articles could be read")]))
      }
    } catch {
      return .failure(LibraryOpenFailure(message: "\(error)"))
    }
    return .success(library)
  }
}
