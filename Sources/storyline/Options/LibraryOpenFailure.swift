import StoryKit

/// Why the library could not be used: the lines to print on stderr, kept until they can be
/// printed (the reader prints them after the terminal is restored).
struct LibraryOpenFailure: Error, Sendable {
  /// One line of the report: `storyline: <location>: <message>`.
  struct Line: Sendable {
    /// Where the problem is (a file, a file and line), if anywhere in particular.
    var location: String?
    /// What went wrong, as a lowercase sentence.
    var message: String
  }

  /// The lines, in the order they are printed.
  var lines: [Line]

  /// A failure of one line.
  init(location: String? = nil, message: String) {
    lines = [Line(location: location, message: message)]
  }

  /// A failure of several lines.
  init(lines: [Line]) {
    self.lines = lines
  }

  /// Prints every line to stderr.
  func report() {
    for line in lines { ErrorOutput.report(location: line.location, message: line.message) }
  }
}
