import ArgumentParser
import StoryKit
import StoryUI

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
    let library = try input.openLibrary()
    let stories = try query { () throws(LibraryError) in try library.stories() }
    var output = StandardOutput()
    switch format {
    case .jsonl, .json:
      output.writeJSON(stories.map(\.jsonValue), lines: format == .jsonl)
    case .text:
      let articles = try query { () throws(LibraryError) in try library.articleSummaries() }
      let titles = articles.mapValues(\.title)
      let sources = articles.mapValues(\.source)
      let style = TerminalStyle.standardOutput
      let width = TerminalStyle.lineWidth
      for story in stories {
        output.writeLine(
          style.bold(
            TerminalStyle.fitted(
              story.id.rawValue + "  " + Self.span(story) + "  " + story.title, toColumns: width)))
        for member in story.members {
          let date = member.date.map { $0.description } ?? "-"
          let indent = member.copyOf == nil ? "    " : "      copy "
          let head = TerminalStyle.fitted(
            indent + date + "  " + member.article.rawValue, toColumns: width)
          let rest = "  " + (sources[member.article] ?? "") + "  " + (titles[member.article] ?? "")
          let room = TerminalStyle.remaining(width, after: head)
          output.writeLine(
            head + (room == 1 ? "" : style.dim(TerminalStyle.fitted(rest, toColumns: room))))
        }
        if !story.speakers.isEmpty {
          output.writeLine(
            style.dim(
              TerminalStyle.fitted(
                "    speakers: " + story.speakers.joined(separator: ", "), toColumns: width)))
        }
        if !story.related.isEmpty {
          output.writeLine(
            style.dim(
              TerminalStyle.fitted(
                "    related: " + story.related.map(\.rawValue).joined(separator: ", "),
                toColumns: width)))
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
