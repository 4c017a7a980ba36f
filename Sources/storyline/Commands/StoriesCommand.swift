import ArgumentParser
import CursesTerminal
import StoryKit

/// `storyline stories`: the articles grouped by the event they report.
struct StoriesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stories",
    abstract: "Group the articles into stories: one event, across outlets and days.",
    discussion: """
      jsonl prints one object per story: {"story","title","firstDate","lastDate","articles":[ids, \
      time order],"copies":N,"sources":[…],"speakers":[top names],"related":[story ids]}, then \
      "members" (each with its date, whether the date was inferred from the text, and the \
      original it copies) and "quotes" (quote ids). Every article is in exactly one story; \
      syndicated copies are listed in articles after their original.
      """)

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: text (for people), json or jsonl.")
  var format: OutputFormat = .text

  func run() throws {
    let articles = try input.loadArticles()
    let duplicates = DuplicateDetector().groups(articles)
    let quotes = try QuoteAnalysis.analyse(articles)
    let stories = try StoryCatalog.stories(of: articles, duplicates: duplicates, quotes: quotes)
    var output = StandardOutput()
    switch format {
    case .jsonl, .json:
      output.writeJSON(stories.map(\.jsonValue), lines: format == .jsonl)
    case .text:
      let titles = Dictionary(
        articles.map { ($0.id, $0.title ?? "") }, uniquingKeysWith: { first, _ in first })
      let sources = Dictionary(
        articles.map { ($0.id, $0.source ?? "") }, uniquingKeysWith: { first, _ in first })
      let style = TerminalStyle.standardOutput
      for story in stories {
        output.writeLine(
          style.bold(
            story.id + "  " + Self.span(story) + "  " + TerminalText.sanitized(story.title)))
        for member in story.members {
          let date = member.date.map { $0.description } ?? "-"
          let indent = member.copyOf == nil ? "    " : "      copy "
          output.writeLine(
            indent + date + "  " + TerminalText.sanitized(member.article.rawValue)
              + style.dim(
                "  " + TerminalText.sanitized(sources[member.article] ?? "") + "  "
                  + TerminalText.sanitized(titles[member.article] ?? "")))
        }
        if !story.speakers.isEmpty {
          output.writeLine(
            style.dim(
              "    speakers: " + TerminalText.sanitized(story.speakers.joined(separator: ", "))))
        }
        if !story.related.isEmpty {
          output.writeLine(style.dim("    related: " + story.related.joined(separator: ", ")))
        }
      }
    }
    output.flush()
  }

  private static func span(_ story: Story) -> String {
    guard let first = story.firstDate, let last = story.lastDate else { return "undated" }
    return first.date == last.date ? first.description : "\(first)…\(last)"
  }
}
