import ArgumentParser
import StoryKit
import StoryUI

/// `storyline dups`: syndicated copies, grouped under their original.
struct DupsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dups",
    abstract: "List near-duplicate syndicated copies, grouped under their original.",
    discussion: """
      jsonl prints one object per group of two or more: {"group","original","copies":[{"id",\
      "similarity","containment"}]}; articles in no group are not printed. similarity is the \
      Jaccard similarity of word 5-shingles, containment the share of the shorter article's \
      shingles found in the longer one.
      """)

  @OptionGroup var input: InputOptions

  @Option(help: "Containment (0…1) of the shorter article in the longer one that makes a copy.")
  var threshold: Double = 0.6

  @Option(help: "Output format: text (for people), json or jsonl.")
  var format: OutputFormat = .text

  func validate() throws {
    guard (0.0...1.0).contains(threshold) else {
      throw ValidationError("--threshold must be between 0 and 1")
    }
  }

  func run() throws {
    let library = try input.openLibrary()
    let groups: [DuplicateGroup]
    if threshold == library.configuration.duplicates.minContainment {
      groups = try query { () throws(LibraryError) in try library.duplicateGroups() }
    } else {
      // NB: in the canonical order, as the library's own analysis, so originals do not depend
      // on the order the inputs were listed in.
      let articles = try query { () throws(LibraryError) in try library.articles() }
      var detector = library.configuration.duplicates
      detector.minContainment = threshold
      groups = detector.groups(Article.canonicallyOrdered(articles))
    }
    var output = StandardOutput()
    switch format {
    case .jsonl, .json:
      output.writeJSON(groups.map(\.jsonValue), lines: format == .jsonl)
    case .text:
      let titles = try query { () throws(LibraryError) in try library.articleSummaries() }
        .mapValues(\.title)
      let style = TerminalStyle.standardOutput
      if groups.isEmpty {
        let count = try query { () throws(LibraryError) in try library.articleCount() }
        output.writeLine("no syndicated copies among \(count) article\(count == 1 ? "" : "s")")
      }
      let width = TerminalStyle.lineWidth
      for group in groups {
        let head = TerminalStyle.fitted("\(group.id)  " + group.original.rawValue, toColumns: width)
        let room = TerminalStyle.remaining(width, after: head)
        output.writeLine(
          style.bold(head)
            + (room == 1
              ? "" : TerminalStyle.fitted("  " + (titles[group.original] ?? ""), toColumns: room)))
        for copy in group.copies {
          let percent = Int((copy.similarity * 100).rounded())
          let line = TerminalStyle.fitted(
            "    \(percent)%  " + copy.article.rawValue, toColumns: width)
          let left = TerminalStyle.remaining(width, after: line)
          output.writeLine(
            line
              + (left == 1 || copy.differences.isEmpty
                ? ""
                : style.dim(
                  TerminalStyle.fitted(
                    "  " + copy.differences.joined(separator: ", "), toColumns: left))))
        }
      }
    }
    output.flush()
  }
}
