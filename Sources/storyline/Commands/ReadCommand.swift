import ArgumentParser
import CursesTerminal
import StoryKit

/// `storyline [PATH…]`: the reader. On a terminal it opens the article browser; otherwise (a
/// pipe, CI) it prints the article table.
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Open the reader on PATH… (the default command).")

  @OptionGroup var input: InputOptions

  func run() throws {
    let articles = try input.loadArticles()
    guard CursesBrowser.isInteractive else {
      var output = StandardOutput()
      for line in ArticleTable.lines(
        articles, style: .standardOutput, width: TerminalStyle.lineWidth)
      {
        output.writeLine(line)
      }
      output.flush()
      return
    }
    let rows = articles.map { article in
      BrowserRow(
        title: article.title ?? article.id.rawValue,
        detail: [
          article.date?.description, article.source, "\(article.wordCount) words",
          article.id.rawValue,
        ]
        .compactMap { $0 }.joined(separator: " · "),
        body: article.cleanText)
    }
    try MainActor.assumeIsolated {
      try CursesBrowser.run(title: "Storyline — \(articles.count) articles", rows: rows)
    }
  }
}
