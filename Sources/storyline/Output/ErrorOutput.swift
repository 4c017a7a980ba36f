import Foundation
import StoryUI

/// Writes one-line error messages to stderr: `storyline: <where>: <problem>`.
enum ErrorOutput {
  static func report(location: String?, message: String) {
    // NB: messages name files and ids from the inputs; they are sanitised like the location.
    let line = ["storyline", location.map(TerminalText.sanitized), TerminalText.sanitized(message)]
      .compactMap { $0 }.joined(separator: ": ")
    // NB: nothing to do when stderr itself cannot be written.
    _ = StandardOutput.writeAll(Array((line + "\n").utf8), to: STDERR_FILENO)
  }
}
