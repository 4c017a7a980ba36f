/// The size of a screen or of part of one, in character cells.
public struct GridSize: Hashable, Sendable, CustomStringConvertible {
  /// The number of lines, top to bottom.
  public var rows: Int
  /// The number of terminal columns, left to right.
  public var columns: Int

  /// Creates a size; negative values count as 0.
  public init(rows: Int, columns: Int) {
    self.rows = max(0, rows)
    self.columns = max(0, columns)
  }

  /// `columns×rows`, the way terminal sizes are usually written (`80×24`).
  public var description: String { "\(columns)×\(rows)" }
}
