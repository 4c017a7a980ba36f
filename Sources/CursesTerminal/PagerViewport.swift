/// A scroll position over the lines of a text shown in a window of fixed height.
///
/// Invariant: `0 <= top <= max(0, count - height)`, so the window never scrolls past the last
/// line when it doesn't have to. Lines and heights count screen lines.
struct PagerViewport: Hashable, Sendable {
  /// The number of lines of text, at least 0.
  private(set) var count: Int
  /// The number of lines that fit on screen, at least 0.
  private(set) var height: Int
  /// The index of the first visible line.
  private(set) var top: Int

  /// Creates a viewport at line `top`, clamped.
  init(count: Int, height: Int, top: Int = 0) {
    self.count = max(count, 0)
    self.height = max(height, 0)
    self.top = top
    clamp()
  }

  /// The indices of the lines on screen, top to bottom.
  var visibleRange: Range<Int> { top..<min(top + height, count) }

  /// Scrolls by `lines` lines: positive values move towards the end.
  mutating func scroll(by lines: Int) {
    top += lines
    clamp()
  }

  /// Scrolls one screen up.
  mutating func pageUp() { scroll(by: -max(height, 1)) }

  /// Scrolls one screen down.
  mutating func pageDown() { scroll(by: max(height, 1)) }

  /// Shows the first line.
  mutating func moveToFirst() {
    top = 0
    clamp()
  }

  /// Shows the last screenful.
  mutating func moveToEnd() {
    top = count
    clamp()
  }

  /// Changes the text length and window height, keeping `top` where possible.
  mutating func resize(count: Int, height: Int) {
    self.count = max(count, 0)
    self.height = max(height, 0)
    clamp()
  }

  private mutating func clamp() {
    top = min(max(top, 0), max(count - height, 0))
  }
}
