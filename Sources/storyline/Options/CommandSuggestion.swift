import Foundation

/// What `storyline WORD` meant when WORD is neither a subcommand nor a path: the subcommand it
/// is a typo of (`storise` → `stories`), so the default command (the reader) does not take it
/// for a missing file.
enum CommandSuggestion {
  /// The subcommand names.
  static var commands: [String] {
    Storyline.configuration.subcommands.compactMap { $0.configuration.commandName }
  }

  /// The subcommand `word` is likely a typo of: at most two edits away (one for short names),
  /// when `word` is not an existing path and looks like a word, not a path.
  static func suggestion(for word: String) -> String? {
    guard !word.contains("/"), !word.contains("."),
      !FileManager.default.fileExists(atPath: word)
    else { return nil }
    let typed = word.lowercased()
    let scored = commands.map { (command: $0, distance: distance(typed, $0)) }
      .filter { $0.distance <= ($0.command.count <= 4 ? 1 : 2) }
    return scored.min { $0.distance < $1.distance }?.command
  }

  /// Levenshtein distance, with a swap of two neighbouring letters counted as one edit.
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}
