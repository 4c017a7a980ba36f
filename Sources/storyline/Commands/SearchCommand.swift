import ArgumentParser
import Foundation
import StoryKit
import StoryUI

/// `storyline search QUERY [PATH…]`: the articles that match a query, best first.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search titles, text, quotes and speakers; best matches first.",
    discussion: """
      Words must all occur (the last one is a prefix); "…" is a phrase; -word excludes. \
      Qualifiers: speaker:NAME, source:NAME, date:YYYY[-MM[-DD]], date:FROM..TO, in:quotes, \
      in:title, is:copy, is:unread, is:starred, story:ID. jsonl prints one object per hit: \
      {"article","story","title","date","score","snippet","matches":[{"start","end"}]}, where \
      matches are Unicode-scalar ranges into the article's original text. A query that starts \
      with - goes after -- (options before it): storyline search --limit 5 -- '-oil opec' PATH.
      """)

  @Argument(help: "The query.")
  var query: String

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: text (for people), json or jsonl.")
  var format: OutputFormat = .text

  @Option(help: "The most hits to print.")
  var limit = 20

  func validate() throws {
    guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
  }

  func run() throws {
    let parsed: SearchQuery
    do {
      parsed = try SearchQuery(parsing: query)
    } catch {
      ErrorOutput.report(location: nil, message: "query: " + TerminalText.sanitized(error.message))
      throw ExitCode(2)
    }
    let library = try input.openLibrary()
    let results = try storyline.query { () throws(LibraryError) in
      try library.search(parsed, limit: limit)
    }
    var output = StandardOutput()
    var values: [JSONValue] = []
    let style = TerminalStyle.standardOutput
    for hit in results.hits {
      let highlight = try storyline.query { () throws(LibraryError) in
        try library.highlight(hit, query: parsed)
      }
      switch format {
      case .json, .jsonl:
        values.append(
          .object([
            ("article", .string(hit.article.rawValue)),
            ("story", .string(hit.story.rawValue)),
            ("title", .string(hit.title)),
            ("date", hit.date.map { .string($0.date.description) } ?? .null),
            // NB: six significant digits, not decimals: a word in most articles has a BM25
            // weight near zero, and its hits still rank by how often and how recently.
            ("score", .double(Double(String(format: "%.6g", hit.score)) ?? hit.score)),
            ("snippet", .string(highlight.snippet)),
            (
              "matches",
              .array(
                highlight.matches.map {
                  .object([("start", .int($0.start)), ("end", .int($0.end))])
                })
            ),
          ]))
      case .text:
        let date = hit.date?.description ?? "undated"
        let width = TerminalStyle.lineWidth
        output.writeLine(
          style.bold(
            TerminalStyle.fitted(
              hit.title.isEmpty ? hit.article.rawValue : hit.title, toColumns: width)))
        output.writeLine(
          style.dim(
            TerminalStyle.fitted(
              "  \(date) · " + hit.article.rawValue + " · " + hit.story.rawValue,
              toColumns: width)))
        if !highlight.snippet.isEmpty {
          let indent = "  "
          let lines = Self.highlighted(
            highlight.snippet, parsed, style: style, width: width.map { $0 - indent.count })
          for line in lines { output.writeLine(indent + line) }
        }
      }
    }
    if format != .text { output.writeJSON(values, lines: format == .jsonl) }
    if format == .text && results.hits.isEmpty { output.writeLine("no matches") }
    output.flush()
  }

  /// `snippet` made safe for the terminal, its matched words in bold when styling is on,
  /// wrapped to `width` columns (one line when there is no width: a pipe).
  static func highlighted(
    _ snippet: String, _ query: SearchQuery, style: TerminalStyle, width: Int? = nil
  ) -> [String] {
    let scalars = Array(snippet.unicodeScalars)
    func piece(_ range: Range<Int>) -> String {
      String(String.UnicodeScalarView(scalars[range]))
    }
    var text = StyledText()
    var position = 0
    for range in query.matchRanges(in: snippet) where range.lowerBound >= position {
      text.append(piece(position..<range.lowerBound), role: .normal)
      text.append(piece(range), role: .match)
      position = range.upperBound
    }
    text.append(piece(position..<scalars.count), role: .normal)
    let lines = width.map { text.wrapped(toColumns: max(20, $0)) } ?? [text]
    return lines.map { line in
      line.runs.map { run in
        let safe = TerminalText.sanitized(run.text)
        return run.role == .match ? style.bold(safe) : safe
      }.joined()
    }
  }
}
