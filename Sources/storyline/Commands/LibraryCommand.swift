import ArgumentParser
import Foundation
import StoryKit
import StoryUI

/// `storyline library [PATH…]`: where the library of the inputs is and what it holds.
struct LibraryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "library",
    abstract: "Show the library of PATH…: its file, size, counts, analysis version, last update.",
    discussion: """
      Opens the library as every command does (analysing the inputs when they are new or \
      changed), then prints what it holds. jsonl/json print {"file","bytes","articles",\
      "quotes","speakers","groups","stories","problems","files","analysisVersion","updated"}.
      """)

  @OptionGroup var input: InputOptions

  @Option(help: "Output format: text (for people), json or jsonl.")
  var format: OutputFormat = .text

  func run() throws {
    let library = try input.openLibrary()
    let status = try query { () throws(LibraryError) in try library.status() }
    var output = StandardOutput()
    let fields: [(String, JSONValue)] = [
      ("file", status.file.map { .string($0) } ?? .null),
      ("bytes", .int(Int(status.bytes))),
      ("articles", .int(status.articles)),
      ("quotes", .int(status.quotes)),
      ("speakers", .int(status.speakers)),
      ("groups", .int(status.duplicateGroups)),
      ("stories", .int(status.stories)),
      ("problems", .int(status.problems)),
      ("files", .int(status.files)),
      ("analysisVersion", .string(status.analysisVersion)),
      ("updated", .string(status.updated)),
    ]
    switch format {
    case .json, .jsonl:
      output.writeJSON([.object(fields)], lines: format == .jsonl)
    case .text:
      let opened: String =
        switch library.openedAs {
        case .current: "current (nothing read)"
        case .analysed(let reason): "analysed now (\(reason))"
        }
      output.writeLine("file      " + TerminalText.sanitized(status.file ?? "(in memory)"))
      output.writeLine(
        "size      " + ByteCountFormatter.string(fromByteCount: status.bytes, countStyle: .file))
      output.writeLine("articles  \(status.articles) from \(status.files) files")
      output.writeLine("quotes    \(status.quotes) by \(status.speakers) speakers")
      output.writeLine("copies    \(status.duplicateGroups) groups")
      output.writeLine("stories   \(status.stories)")
      output.writeLine("problems  \(status.problems)")
      output.writeLine("analysis  " + status.analysisVersion)
      output.writeLine("updated   " + status.updated + ", " + opened)
    }
    output.flush()
  }
}
