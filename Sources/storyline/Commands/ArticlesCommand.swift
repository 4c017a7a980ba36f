import ArgumentParser
import StoryKit

/// `storyline articles`: one line or JSON object per article.
struct ArticlesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "articles",
    abstract: "List the articles read, cleaned, with their metadata.",
    discussion: """
      jsonl prints one object per article: {"id","path","title","date","source","url","words",\
      "removedLines","repeatedParagraphs","findings":[{"kind","message"}]}, plus "text" (the clean \
      text) with --include-text; json prints the same objects in one array.
      """)

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: text (a table for people), json or jsonl.")
  var format: OutputFormat = .text

  @Flag(help: "Add the clean article text (\"text\") to json and jsonl output.")
  var includeText = false

  @Flag(
    help:
      "Add every removed line (\"removed\": start, end, reason, detail, text) to json and jsonl output."
  )
  var includeRemoved = false

  func run() throws {
    let library = try input.openLibrary()
    let articles = try query { () throws(LibraryError) in try library.articles() }
    var output = StandardOutput()
    switch format {
    case .jsonl, .json:
      output.writeJSON(
        articles.map { $0.jsonValue(includeText: includeText, includeRemoved: includeRemoved) },
        lines: format == .jsonl)
    case .text:
      for line in ArticleTable.lines(
        articles, style: .standardOutput, width: TerminalStyle.lineWidth)
      {
        output.writeLine(line)
      }
    }
    output.flush()
  }
}

/// The people-facing table of articles.
enum ArticleTable {
  static func lines(_ articles: [Article], style: TerminalStyle, width: Int?) -> [String] {
    let table = TextTable(
      headers: ["ID", "DATE", "SOURCE", "WORDS", "CUT", "TITLE"],
      rows: articles.map { article in
        [
          article.id.rawValue, article.date?.description ?? "-", article.source ?? "-",
          String(article.wordCount), String(article.removedLines),
          (article.title ?? "")
            + (article.findings.isEmpty
              ? "" : "  [" + article.findings.map(\.kind.rawValue).joined(separator: ", ") + "]"),
        ]
      },
      rightAligned: [3, 4])
    return table.render(style: style, width: width)
  }
}
