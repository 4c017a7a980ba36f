/// A line-level difference between two texts: the longest common subsequence of their lines,
/// with what only one side has marked as added or removed.
///
/// Common leading and trailing lines are matched first; the rest is compared with a bounded
/// LCS table. Beyond ``maximumLines`` lines on either side the middle is not compared and is
/// listed plainly (every old line removed, then every new line added), so a huge article never
/// costs quadratic time or memory.
///
/// ```swift
/// let diff = LineDiff(old: ["a", "b"], new: ["a", "c"])
/// // diff.lines == [.same("a"), .removed("b"), .added("c")]
/// ```
struct LineDiff: Hashable, Sendable {
  /// One line of the difference.
  enum Line: Hashable, Sendable {
    /// On both sides.
    case same(String)
    /// Only in the new text.
    case added(String)
    /// Only in the old text.
    case removed(String)
  }

  /// The most lines of either side compared line by line.
  static let maximumLines = 2000

  /// The lines, in order: unchanged lines, and removed lines before the added lines replacing
  /// them.
  let lines: [Line]
  /// Whether the texts were too long to compare and the middle was listed plainly.
  let isPlainListing: Bool

  /// The number of lines only in the new text.
  var addedCount: Int { lines.filter { if case .added = $0 { true } else { false } }.count }
  /// The number of lines only in the old text.
  var removedCount: Int { lines.filter { if case .removed = $0 { true } else { false } }.count }

  /// Compares `old` with `new`, line by line.
  init(old: [String], new: [String]) {
    var prefix = 0
    while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < old.count - prefix, suffix < new.count - prefix,
      old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
      suffix += 1
    }
    let oldMiddle = Array(old[prefix..<(old.count - suffix)])
    let newMiddle = Array(new[prefix..<(new.count - suffix)])
    var lines = old[..<prefix].map { Line.same($0) }
    let plain = oldMiddle.count > Self.maximumLines || newMiddle.count > Self.maximumLines
    if plain {
      lines += oldMiddle.map { Line.removed($0) } + newMiddle.map { Line.added($0) }
    } else {
      lines += Self.common(oldMiddle, newMiddle)
    }
    lines += old[(old.count - suffix)...].map { Line.same($0) }
    self.lines = lines
    self.isPlainListing = plain
  }

  /// The LCS difference of two short line lists.
  private static func common(_ old: [String], _ new: [String]) -> [Line] {
    let columns = new.count + 1
    // NB: lengths[i * columns + j] is the LCS length of old[i...] and new[j...].
    var lengths = [Int32](repeating: 0, count: (old.count + 1) * columns)
    for i in stride(from: old.count - 1, through: 0, by: -1) {
      for j in stride(from: new.count - 1, through: 0, by: -1) {
        lengths[i * columns + j] =
          old[i] == new[j]
          ? lengths[(i + 1) * columns + j + 1] + 1
          : max(lengths[(i + 1) * columns + j], lengths[i * columns + j + 1])
      }
    }
    var lines: [Line] = []
    var i = 0
    var j = 0
    while i < old.count || j < new.count {
      if i < old.count, j < new.count, old[i] == new[j] {
        lines.append(.same(old[i]))
        i += 1
        j += 1
      } else if j == new.count
        || (i < old.count && lengths[(i + 1) * columns + j] >= lengths[i * columns + j + 1])
      {
        lines.append(.removed(old[i]))
        i += 1
      } else {
        lines.append(.added(new[j]))
        j += 1
      }
    }
    return lines
  }
}
