import StoryKit
import StoryUI
import Testing

/// `S` on the story list: newest → largest → by title → newest, read again through
/// ``ReaderData``, the selection kept on the same story, the order named on the status line.
@Suite struct SortScreenTests {
  static let large = GridSize(rows: 24, columns: 80)

  /// Three one-article stories, newest first: `Beta` (2 articles), `Alpha` (1), `Gamma` (3).
  static func data() -> FakeReaderData {
    var data = FakeReaderData()
    for (title, size) in [("Beta", 2), ("Alpha", 1), ("Gamma", 3)] {
      guard var item = FakeReaderData.single(title: title, text: "Text.").items.first
      else { continue }
      item.heading.id = StoryID(title)
      item.heading.articleCount = size
      data.items.append(item)
    }
    return data
  }

  private func titles(_ script: ScreenScript) throws -> [String] {
    let screen = try #require(script.app.top as? StoriesScreen)
    return (0..<3).compactMap { screen.item(at: $0)?.heading.title }
  }

  @Test func sortCyclesAndKeepsTheSelection() throws {
    var script = ScreenScript(app: ReaderApp(data: Self.data(), size: Self.large))
    #expect(try titles(script) == ["Beta", "Alpha", "Gamma"])
    try script.press("j")
    try script.press("S")
    #expect((script.app.top as? StoriesScreen)?.order == .size)
    #expect(try titles(script) == ["Gamma", "Beta", "Alpha"])
    #expect((script.app.top as? StoriesScreen)?.selected?.heading.title == "Alpha")
    try script.snapshot("stories-sorted-largest-80x24")
    try script.press("S")
    #expect((script.app.top as? StoriesScreen)?.order == .title)
    #expect(try titles(script) == ["Alpha", "Beta", "Gamma"])
    #expect((script.app.top as? StoriesScreen)?.selected?.heading.title == "Alpha")
    try script.snapshot("stories-sorted-title-80x24")
    try script.press("S")
    #expect((script.app.top as? StoriesScreen)?.order == .newest)
    #expect(try titles(script) == ["Beta", "Alpha", "Gamma"])
    #expect(script.grid.plainText.contains("newest · 2/3"))
  }

  /// The selected story keeps the selection when the new order puts it on a page of the list
  /// not read yet (stories are read a page at a time).
  @Test func sortKeepsTheSelectionFarDownTheNewOrder() throws {
    var data = FakeReaderData()
    let count = StoriesScreen.pageSize * 3
    for number in 0..<count {
      guard var item = FakeReaderData.single(title: "Story \(number)", text: "Text.").items.first
      else { continue }
      item.heading.id = StoryID("s\(number)")
      item.heading.articleCount = number + 1
      data.items.append(item)
    }
    var script = ScreenScript(app: ReaderApp(data: data, size: Self.large))
    try script.press("1 0 j")
    try script.press("S")
    let screen = try #require(script.app.top as? StoriesScreen)
    #expect(screen.order == .size)
    #expect(screen.selected?.heading.id == StoryID("s10"))
    #expect(script.grid.plainText.contains("largest · \(count - 10)/\(count)"))
  }

  @Test func sortOnTheSampleReadsTheLibraryAgain() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    try script.press("G")
    let selected = try #require((script.app.top as? StoriesScreen)?.selected).heading.id
    try script.press("S")
    try script.snapshot("stories-sample-sorted-largest-80x24")
    #expect((script.app.top as? StoriesScreen)?.selected?.heading.id == selected)
  }
}
