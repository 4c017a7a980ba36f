import ArgumentParser
import Foundation

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

  /// Runs the command line, mapping usage errors to exit code 2.
  static func mainWithUsageExitCode() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }

  static func main() {
    mainWithUsageExitCode()
  }
}
