import ArgumentParser
import StoryKit
import StoryUI

/// `storyline quotes`: every quotation and reported statement, with its speaker.
struct QuotesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quotes",
    abstract: "List quotations and reported statements with their speakers.",
    discussion: """
      jsonl prints one object per quote: {"id","article","text","start","end","speaker",\
      "speakerMention","cue","kind"}; start and end are Unicode-scalar offsets into the \
      article's original text (text is that slice, quotation marks excluded); kind is direct, \
      indirect or mixed.
      """)

  @OptionGroup var input: InputOptions

  @Option(help: "Only quotes by this speaker (canonical name or alias, any case).")
  var speaker: String?

  @Option(help: "Output format: text (for people), json or jsonl.")
  var format: OutputFormat = .text

  func run() throws {
    let library = try input.openLibrary()
    var output = StandardOutput()
    let lines = format == .jsonl
    // NB: every quote goes out a page at a time: 300k quotes never sit in memory at once.
    func write(_ quotes: [Quote]) {
      switch format {
      case .jsonl, .json: output.writeJSONPage(quotes.map(\.jsonValue), lines: lines)
      case .text: writeText(quotes, to: &output)
      }
    }
    if let speaker {
      guard
        let match = try query({ () throws(LibraryError) in try library.speaker(named: speaker) })
      else {
        ErrorOutput.report(
          location: nil, message: "no speaker is named \"\(TerminalText.sanitized(speaker))\"")
        throw ExitCode(1)
      }
      write(try query { () throws(LibraryError) in try library.quotes(by: match.id) })
    } else {
      try query { () throws(LibraryError) in try library.forEachQuotePage(write) }
    }
    if format != .text { output.endJSON(lines: lines) }
    output.flush()
  }

  private func writeText(_ quotes: [Quote], to output: inout StandardOutput) {
    let style = TerminalStyle.standardOutput
    let width = TerminalStyle.lineWidth
    for quote in quotes {
      let who = TerminalStyle.fitted(quote.speaker ?? "(unknown)", toColumns: width)
      let room = TerminalStyle.remaining(width, after: who)
      let place = "  \(quote.kind.rawValue) · " + quote.article.rawValue
      output.writeLine(
        style.bold(who)
          + (room == 1 ? "" : style.dim(TerminalStyle.fitted(place, toColumns: room))))
      // NB: the quote is the content: wrapped to the width, never cut.
      let text = TerminalText.sanitized(quote.text)
      let lines = width.map { TerminalText.wrapped(text, toColumns: max(20, $0 - 2)) } ?? [text]
      for line in lines { output.writeLine("  " + line) }
    }
  }
}
