import ArgumentParser
import Foundation
import StoryKit
import StorylineResources

/// The PATH… arguments and library options every command takes.
struct InputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Files or folders of articles (.txt, .jsonl, .ndjson, .json). Default: the bundled sample.",
      valueName: "path"))
  var paths: [String] = []

  @Option(
    name: .customLong("library"),
    help: ArgumentHelp(
      "The library file to use (default: one per set of inputs under $XDG_DATA_HOME/storyline/).",
      valueName: "file"))
  var libraryFile: String?

  @Flag(help: "Analyse afresh and keep no library (a temporary file, removed on exit).")
  var noLibrary = false

  @Flag(help: "Analyse again even when the library is current; replace a damaged library file.")
  var rebuild = false

  func validate() throws {
    if noLibrary && libraryFile != nil {
      throw ValidationError("--library and --no-library cannot be used together")
    }
  }

  /// The paths to read: the arguments, or the bundled sample corpus.
  func resolvedPaths() throws -> [String] {
    if !paths.isEmpty { return paths }
    guard let sample = BundledResources.sampleCorpus else {
      throw CLIError(
        message: "the bundled sample corpus is missing; give a PATH or rebuild with swift build")
    }
    return [sample.path]
  }

  /// What the reader's status line calls the inputs: `sample`, the first PATH's name, and how
  /// many more there are (`corpus +2`).
  var corpusName: String {
    guard let first = paths.first else { return "sample" }
    var name = first
    while name.count > 1, name.hasSuffix("/") { name.removeLast() }
    name = name.split(separator: "/").last.map(String.init) ?? name
    return paths.count > 1 ? "\(name) +\(paths.count - 1)" : name
  }

  /// What to open, as a value another thread can use.
  ///
  /// - Throws: `CLIError` when the bundled sample is missing and no PATH was given.
  func libraryRequest() throws -> LibraryRequest {
    let location: LibraryLocation =
      noLibrary ? .inMemory : libraryFile.map { .file($0) } ?? .automatic
    return LibraryRequest(paths: try resolvedPaths(), location: location, rebuild: rebuild)
  }

  /// Opens the library for the inputs (analysing them when it is not current), with a progress
  /// bar on a terminal, printing every input problem to stderr unless told not to.
  ///
  /// - Parameter reportingProblems: Whether to print the input problems (they are printed
  ///   anyway when no article could be read).
  /// - Throws: `ExitCode(1)` when the library cannot be used or no article could be read.
  func openLibrary(reportingProblems: Bool = true) throws -> Library {
    let request: LibraryRequest
    do {
      request = try libraryRequest()
    } catch {
      ErrorOutput.report(location: nil, message: "\(error)")
      throw ExitCode(1)
    }
    let bar = ProgressBar.standardError
    var progress: ProgressHandler?
    if let bar { progress = { bar.show($0) } }
    let result = request.open(progress: progress)
    bar?.finish()
    switch result {
    case .failure(let failure):
      failure.report()
      throw ExitCode(1)
    case .success(let library):
      if reportingProblems {
        for problem in try query({ () throws(LibraryError) in try library.problems() }) {
          ErrorOutput.report(location: problem.location, message: problem.message)
        }
      }
      return library
    }
  }
}

/// Runs a library query, reporting a failure as one line on stderr and exit code 1.
func query<T>(_ body: () throws(LibraryError) -> T) throws -> T {
  do {
    return try body()
  } catch {
    ErrorOutput.report(location: nil, message: error.description)
    throw ExitCode(1)
  }
}

/// The --format option of the printing commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, jsonl
}

/// An error that ends the run with a message (exit code 1).
struct CLIError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
