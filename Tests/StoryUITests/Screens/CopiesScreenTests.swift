import StoryKit
import StoryUI
import Testing

/// A story with a syndicated copy: folded under its original, `Tab` unfolds it with its
/// similarity, and the copy's article names its original.
@Suite struct CopiesScreenTests {
  @Test func copiesFoldAndUnfold() throws {
    let data = try ReaderFixture.copies()
    var script = ScreenScript(app: ReaderApp(data: data, size: GridSize(rows: 24, columns: 80)))
    try script.snapshot("copies-stories-80x24")
    let stories = try #require(script.app.top as? StoriesScreen)
    let tram = try #require(
      (0..<stories.cursor.count).firstIndex { stories.item(at: $0)?.heading.copyCount == 1 })
    try script.press(tram == 0 ? "Enter" : "\(tram) j Enter")
    try script.snapshot("copies-story-folded-80x24")
    try script.press("Tab")
    try script.snapshot("copies-story-unfolded-80x24")
    try script.press("j Enter")
    try script.snapshot("copies-article-copy-80x24")
    try script.press("q Tab")
    let story = try #require(script.app.top as? StoryScreen)
    #expect(story.unfolded.isEmpty)
  }
}
