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
    var output = StandardOutput()
    // NB: a page of articles at a time: 100k articles' texts never sit in memory at once.
    switch format {
    case .jsonl, .json:
      let lines = format == .jsonl
      try query { () throws(LibraryError) in
        try library.forEachArticlePage { page in
          output.writeJSONPage(
            page.map { $0.jsonValue(includeText: includeText, includeRemoved: includeRemoved) },
            lines: lines)
        }
      }
      output.endJSON(lines: lines)
    case .text:
      for line in try ArticleTable.lines(of: library, style: .standardOutput) {
        output.writeLine(line)
      }
    }
    output.flush()
  }
}

/// The people-facing table of articles.
enum ArticleTable {
  /// The table of every article of `library`, fitted to the terminal's width; the articles are
  /// read a page at a time, and only their table cells kept.
  static func lines(of library: Library, style: TerminalStyle) throws -> [String] {
    var rows: [[String]] = []
    try query { () throws(LibraryError) in
      try library.forEachArticlePage { page in rows += page.map(row) }
    }
    let table = TextTable(
      headers: ["ID", "DATE", "SOURCE", "WORDS", "CUT", "TITLE"], rows: rows,
      rightAligned: [3, 4])
    return table.render(style: style, width: TerminalStyle.lineWidth)
  }

  private static func row(_ article: Article) -> [String] {
    [
      article.id.rawValue, article.date?.description ?? "-", article.source ?? "-",
      String(article.wordCount), String(article.removedLines),
      (article.title ?? "")
        + (article.findings.isEmpty
          ? "" : "  [" + article.findings.map(\.kind.rawValue).joined(separator: ", ") + "]"),
    ]
  }
}
