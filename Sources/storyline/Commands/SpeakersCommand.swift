import ArgumentParser
import StoryKit
import StoryUI

/// `storyline speakers`: everyone quoted, most quoted first.
struct SpeakersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "speakers",
    abstract: "List the speakers of the corpus, most quoted first.",
    discussion: """
      jsonl prints one object per speaker: {"name","aliases":[…],"roles":[…],"quotes":N,\
      "articles":N,"kind"}; kind is person, organisation, group (people described without \
      names, such as "analysts" or "police") or described (one speaker without a name, such \
      as "a witness"). A speaker is one person or organisation across all \
      articles: full names, surnames, spelling variants and misspellings that context shows to \
      be the same are merged.
      """)

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: text (a table for people), json or jsonl.")
  var format: OutputFormat = .text

  func run() throws {
    let library = try input.openLibrary()
    let speakers = try query { () throws(LibraryError) in try library.speakers() }
    var output = StandardOutput()
    switch format {
    case .jsonl, .json:
      output.writeJSON(speakers.map(\.jsonValue), lines: format == .jsonl)
    case .text:
      let table = TextTable(
        headers: ["QUOTES", "ARTICLES", "SPEAKER", "ALSO CALLED / ROLES"],
        rows: speakers.map { speaker in
          [
            String(speaker.quoteCount), String(speaker.articleCount), speaker.name,
            (speaker.aliases + speaker.roles.map { "(\($0))" }
              + (speaker.unnamedMark.map { ["[\($0)]"] } ?? [])).joined(separator: ", "),
          ]
        },
        rightAligned: [0, 1])
      for line in table.render(style: .standardOutput, width: TerminalStyle.lineWidth) {
        output.writeLine(line)
      }
    }
    output.flush()
  }
}
