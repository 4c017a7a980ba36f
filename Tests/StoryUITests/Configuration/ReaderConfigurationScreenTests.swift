import StoryKit
import StoryUI
import Testing

/// The configuration in the reader: its keys and order used, its problems shown on the first
/// frame and the Problems screen, never behind the screen.
@Suite struct ReaderConfigurationScreenTests {
  static let large = GridSize(rows: 24, columns: 80)

  @Test func theReaderUsesTheFilesKeysAndOrder() throws {
    let configuration = ReaderConfigurationTests.configuration(
      "sort = \"title\"\n[keys]\nmove-down = \"Ctrl-n\"\n")
    var script = ScreenScript(
      app: ReaderApp(
        data: try ReaderFixture.sample(), size: Self.large, configuration: configuration))
    let stories = try #require(script.app.top as? StoriesScreen)
    #expect(stories.order == .title)
    #expect(script.grid.text(ofRow: 0).contains("Stories, by title"))
    try script.press("Ctrl-n")
    #expect((script.app.top as? StoriesScreen)?.cursor.selection == 1)
    try script.press("j")
    #expect((script.app.top as? StoriesScreen)?.cursor.selection == 1)
    #expect(script.grid.text(ofRow: 22).contains("j does nothing here"))
  }

  @Test func problemsAreShownInTheReader() throws {
    let configuration = ReaderConfigurationTests.configuration(
      "mouse = \"yes\"\n[keys]\njump = \"J\"\n")
    var script = ScreenScript(
      app: ReaderApp(
        data: try ReaderFixture.sample(), size: Self.large, configuration: configuration))
    let status = script.grid.text(ofRow: 22)
    #expect(status.contains("config.toml: 2 problems, defaults used; p lists them"))
    #expect(script.grid.row(22).contains { $0.role == .error })
    try script.press("j")
    #expect(script.grid.text(ofRow: 22).contains("2 problems (p)"))
    try script.press("p")
    let text = script.grid.plainText
    #expect(script.grid.text(ofRow: 0).contains("Problems: 2 configuration entries not used"))
    #expect(text.contains("config.toml:1: mouse: expected true or false"))
    #expect(text.contains("config.toml:3: keys.jump: unknown action"))
  }

  @Test func oneProblemIsShownWhole() throws {
    let configuration = ReaderConfigurationTests.configuration("sort = \"oldest\"\n")
    let app = ReaderApp(
      data: try ReaderFixture.sample(), size: Self.large, configuration: configuration)
    #expect(app.render().text(ofRow: 22).contains("config.toml:1: sort: expected one of newest"))
    #expect(app.configurationProblems.count == 1)
  }

  @Test func noFileNoMessage() throws {
    let app = ReaderApp(
      data: try ReaderFixture.sample(), size: Self.large, configuration: .default)
    #expect(app.message == nil)
    #expect(!app.render().text(ofRow: 22).contains("problem"))
  }
}
