import ArgumentParser
import CursesTerminal
import StoryKit

/// `storyline [PATH…]`: the reader. On a terminal it opens the story list (each story opens on
/// its articles in time order); otherwise (a pipe, CI) it prints the article table.
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Open the reader on PATH… (the default command).")

  @OptionGroup var input: InputOptions

  func run() throws {
    let library = try input.openLibrary()
    guard CursesBrowser.isInteractive else {
      let articles = try query { () throws(LibraryError) in try library.articles() }
      var output = StandardOutput()
      for line in ArticleTable.lines(
        articles, style: .standardOutput, width: TerminalStyle.lineWidth)
      {
        output.writeLine(line)
      }
      output.flush()
      return
    }
    let stories = try query { () throws(LibraryError) in try library.stories() }
    let articles = try query { () throws(LibraryError) in try library.articleCount() }
    let rows = StoryRows.rows(stories, library: library)
    let title =
      "Storyline — \(stories.count) \(stories.count == 1 ? "story" : "stories"), "
      + "\(articles) \(articles == 1 ? "article" : "articles")"
    try MainActor.assumeIsolated {
      try CursesBrowser.run(title: title, rows: rows)
    }
  }
}
