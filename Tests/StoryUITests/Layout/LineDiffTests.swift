import Testing

@testable import StoryUI

/// The line diff behind a copy's `d` view: common lines kept, the rest marked, bounded.
@Suite struct LineDiffTests {
  @Test func commonLinesStayAndChangesAreMarked() {
    let diff = LineDiff(old: ["a", "b", "c", "d"], new: ["x", "a", "c", "e", "d"])
    #expect(
      diff.lines == [.added("x"), .same("a"), .removed("b"), .same("c"), .added("e"), .same("d")])
    #expect(diff.addedCount == 2)
    #expect(diff.removedCount == 1)
    #expect(!diff.isPlainListing)
  }

  @Test func identicalAndEmptyTexts() {
    #expect(LineDiff(old: ["a"], new: ["a"]).lines == [.same("a")])
    #expect(LineDiff(old: [], new: []).lines.isEmpty)
    #expect(LineDiff(old: [], new: ["a"]).lines == [.added("a")])
  }

  @Test func longTextsAreListedPlainlyBetweenCommonEnds() {
    let old = ["top"] + (0...LineDiff.maximumLines).map { "old \($0)" } + ["end"]
    let new = ["top"] + (0...LineDiff.maximumLines).map { "new \($0)" } + ["end"]
    let diff = LineDiff(old: old, new: new)
    #expect(diff.isPlainListing)
    #expect(diff.lines.first == .same("top"))
    #expect(diff.lines.last == .same("end"))
    #expect(diff.removedCount == LineDiff.maximumLines + 1)
    #expect(diff.addedCount == LineDiff.maximumLines + 1)
  }
}
