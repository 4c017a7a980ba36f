import ArgumentParser
import CursesTerminal
import StoryKit
import StoryUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `storyline [PATH…]`: the reader. On a terminal it opens the story list (`StoryUI`'s
/// `ReaderApp` on the ncursesw backend); otherwise (a pipe, CI) it prints the article table and
/// points at the subcommands.
///
/// The reader takes the screen at once and shows the Progress screen while the library opens
/// (and, the first time, analyses the inputs) on a thread of its own (``LibraryOpener``); the
/// stories follow as soon as it is open. Quitting meanwhile ends the run (an unfinished first
/// analysis is not kept). A library that cannot be opened is said in one line on stderr after
/// the terminal is restored, exit 1. Input problems are kept for the reader's Problems screen
/// rather than printed behind it. The terminal is restored when the reader quits, fails, or is
/// stopped by SIGINT, SIGTERM or SIGHUP (the signal then ends the process as it would have).
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Open the reader on PATH… (the default command).")

  @OptionGroup var input: InputOptions

  func validate() throws {
    // NB: the reader is the default command, so `storyline storise` reaches it as a PATH.
    if let word = input.paths.first, let command = CommandSuggestion.suggestion(for: word) {
      throw ValidationError("'\(word)' is not a command or a file; did you mean '\(command)'?")
    }
  }

  func run() throws {
    guard CursesBackend.isInteractive else {
      try printTable()
      return
    }
    let request: LibraryRequest
    do {
      request = try input.libraryRequest()
    } catch {
      ErrorOutput.report(location: nil, message: "\(error)")
      throw ExitCode(1)
    }
    let configuration = ReaderConfiguration(file: ConfigurationFile.read())
    let name = input.corpusName
    let end = try MainActor.assumeIsolated { () throws -> ReaderApp.RunEnd in
      let terminal: CursesBackend
      do {
        terminal = try CursesBackend.start(
          styles: configuration.styles, mouse: configuration.mouse)
      } catch {
        ErrorOutput.report(location: nil, message: "\(error)")
        throw ExitCode(1)
      }
      defer { terminal.end() }
      let opener = LibraryOpener(request)
      var progress = ProgressScreen(corpusName: name, keymap: configuration.keymap)
      let library: Library
      switch progress.run(on: terminal, poll: { opener.state }) {
      case .quit: return .quit
      case .closed(let signal): return .closed(signal: signal)
      case .finished(.failure(let failure)):
        terminal.end()
        failure.report()
        throw ExitCode(1)
      case .finished(.success(let opened)): library = opened
      }
      let data = LibraryReaderData(library: library, name: name)
      var app = ReaderApp(data: data, size: terminal.size, configuration: configuration)
      LibraryOpener.prepareLookups(of: data)
      return app.run(on: terminal)
    }
    if case .closed(let signal?) = end {
      // NB: the terminal is restored and the signal's default action is back: end as it would
      // have ended the process, so the shell sees the signal.
      raise(signal)
    }
  }

  /// The article table, for a pipe or a log, and a pointer to the subcommands.
  private func printTable() throws {
    let library = try input.openLibrary()
    // NB: said before the table: `storyline | head` closes the pipe before the table ends.
    ErrorOutput.report(
      location: nil,
      message:
        "the reader needs a terminal, so this is the article table; for scripts use the "
        + "subcommands (stories, quotes, speakers, dups, search, articles; storyline --help)")
    var output = StandardOutput()
    for line in try ArticleTable.lines(of: library, style: .standardOutput) {
      output.writeLine(line)
    }
    output.flush()
  }
}
