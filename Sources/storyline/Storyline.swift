import ArgumentParser
import Foundation
import StoryKit

/// `storyline`: a terminal news reader that shows stories instead of files.
@main
struct Storyline: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "storyline",
    abstract: "Read a pile of scraped news as stories: quotes, speakers, copies, search.",
    discussion: """
      With no subcommand, opens the reader on PATH… (files or folders of .txt, .jsonl, .ndjson \
      and .json articles), or on the bundled sample corpus when no PATH is given. The \
      subcommands print the same analysis as text or JSON for scripts.
      """,
    subcommands: [
      ReadCommand.self, ArticlesCommand.self, QuotesCommand.self, SpeakersCommand.self,
      DupsCommand.self, StoriesCommand.self, SearchCommand.self, LibraryCommand.self,
    ],
    defaultSubcommand: ReadCommand.self
  )

  /// The version `--version` prints.
  static let version = "0.5.0"

  /// Runs the command line, mapping usage errors to exit code 2.
  static func mainWithUsageExitCode() {
    MemoryArenas.limitToCores()
    _ = StandardDescriptors.outputWasClosed
    // NB: `--version` before the default command takes it for one of its options.
    if CommandLine.arguments.dropFirst().first == "--version" {
      var output = StandardOutput()
      output.writeLine("storyline \(version)")
      output.flush()
      return
    }
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        _ = StandardOutput.writeAll(
          Array((fullMessage(for: error) + "\n").utf8), to: STDERR_FILENO)
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }

  static func main() {
    mainWithUsageExitCode()
  }
}
