import ArgumentParser
import StoryKit
import StorylineResources

/// The PATH… arguments every command takes.
struct InputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Files or folders of articles (.txt, .jsonl, .ndjson, .json). Default: the bundled sample.",
      valueName: "path"))
  var paths: [String] = []

  /// The paths to read: the arguments, or the bundled sample corpus.
  func resolvedPaths() throws -> [String] {
    if !paths.isEmpty { return paths }
    guard let sample = BundledResources.sampleCorpus else {
      throw CLIError(
        message: "the bundled sample corpus is missing; give a PATH or rebuild with swift build")
    }
    return [sample.path]
  }

  /// Reads and cleans the articles, printing every input problem to stderr.
  ///
  /// - Throws: `ExitCode(1)` when no article could be read.
  func loadArticles() throws -> [Article] {
    let loader: ArticleLoader
    do {
      loader = try ArticleLoader()
    } catch {
      ErrorOutput.report(location: nil, message: error.description)
      throw ExitCode(1)
    }
    let paths: [String]
    do {
      paths = try resolvedPaths()
    } catch {
      ErrorOutput.report(location: nil, message: "\(error)")
      throw ExitCode(1)
    }
    let result = loader.load(paths: paths)
    for problem in result.problems {
      ErrorOutput.report(location: problem.location, message: problem.message)
    }
    guard !result.articles.isEmpty else {
      ErrorOutput.report(location: nil, message: "no articles could be read")
      throw ExitCode(1)
    }
    return result.articles
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
