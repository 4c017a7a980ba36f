extension ScreenGrid {
  /// The grid as plain text: one line per row, each ending in `"\n"`, trailing spaces removed.
  ///
  /// What a user would see on a monochrome terminal; screen snapshots compare it (see
  /// `Tests/StoryUITests/Snapshots/*.screen`). Wide graphemes appear once (their continuation
  /// cell adds nothing), so a line's `String.count` is not its width.
  public var plainText: String {
    var text = ""
    for row in 0..<rows {
      text += Self.trimmingTrailingSpaces(self.text(ofRow: row)) + "\n"
    }
    return text
  }

  /// The roles of the grid: one line per row, one ``Role/code`` per column (a wide grapheme's
  /// two cells give two codes), trailing spaces (`normal`) removed.
  ///
  /// Set beside ``plainText`` in a snapshot, it shows what stands out and where:
  ///
  /// ```
  /// He said “talks were useful”.
  ///          QQQQQQQQQQQQQQQQQ
  /// ```
  public var roleMap: String {
    var text = ""
    for row in 0..<rows {
      var line = ""
      for cell in self.row(row) { line.append(cell.role.code) }
      text += Self.trimmingTrailingSpaces(line) + "\n"
    }
    return text
  }

  private static func trimmingTrailingSpaces(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
  }
}
