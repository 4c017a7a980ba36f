import StoryKit
import StoryUI
import Testing

/// The Speakers screen filtered as you type: `/` opens the prompt, letters narrow the list by
/// name or alias (any case, any accents), `Backspace` edits, `Enter` keeps the filter and gives
/// `j`/`k` back, `Esc` clears it and a second `Esc` goes back.
@Suite struct SpeakerFilterScreenTests {
  static let large = GridSize(rows: 24, columns: 80)

  static func speaker(_ name: String, aliases: [String] = [], quotes: Int) -> Speaker {
    Speaker(
      name: name, aliases: aliases, roles: [], kind: .person, quoteCount: quotes,
      articleCount: 1)
  }

  /// Speakers with accents and aliases no corpus on disk needs to hold.
  static let people = [
    speaker("Pedro Sánchez", quotes: 9),
    speaker("Sergei Lavrov", aliases: ["Sergey Lavrov", "Lavrov"], quotes: 7),
    speaker("Søren Kierkegaard", quotes: 5),
    speaker("Marco Rubio", quotes: 4),
    speaker("Kremlin", aliases: ["the Kremlin"], quotes: 2),
  ]

  static func people(_ script: String) throws -> ScreenScript {
    var data = FakeReaderData.single(title: "A title", text: "Some text.")
    data.speakerList = people
    var screen = ScreenScript(app: ReaderApp(data: data, size: large))
    try screen.press(script)
    return screen
  }

  static func names(_ script: ScreenScript) throws -> [String] {
    let screen = try #require(script.app.top as? SpeakersScreen)
    return screen.shown.map { screen.speakers[$0].name }
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var typed: String
    var names: [String]
    var testDescription: String { "“\(typed)”" }
  }

  static let cases: [Case] = [
    Case(typed: "", names: people.map(\.name)),
    Case(typed: "sanchez", names: ["Pedro Sánchez"]),
    Case(typed: "SÁNCHEZ", names: ["Pedro Sánchez"]),
    Case(typed: "soren", names: ["Søren Kierkegaard"]),
    Case(typed: "sergey", names: ["Sergei Lavrov"]),
    Case(typed: "r", names: people.map(\.name)),
    Case(typed: "ru", names: ["Marco Rubio"]),
    Case(typed: "the k", names: ["Kremlin"]),
    Case(typed: "  lavrov ", names: ["Sergei Lavrov"]),
    Case(typed: "zzz", names: []),
  ]

  @Test(arguments: cases)
  func theFilterMatchesNamesAndAliases(_ c: Case) {
    let filter = SpeakerFilter(Self.people)
    #expect(filter.matches(c.typed).map { Self.people[$0].name } == c.names)
  }

  @Test func typingFiltersTheListOnTheSample() throws {
    var script = ScreenScript(app: ReaderApp(data: try ReaderFixture.sample(), size: Self.large))
    try script.press("s / l a v")
    try script.snapshot("speakers-filter-typing-80x24")
    let screen = try #require(script.app.top as? SpeakersScreen)
    #expect(screen.isFiltering)
    #expect(screen.shown.allSatisfy { screen.speakers[$0].name.lowercased().contains("lav") })
    #expect(script.grid.text(ofRow: 0).contains("Speakers, 1 of 11 matching “lav”"))
    #expect(script.grid.text(ofRow: 23).contains("type to filter"))
  }

  @Test func enterKeepsTheFilterAndGivesTheListItsKeys() throws {
    var script = try Self.people("s / r Enter")
    #expect(try Self.names(script).count == 5)
    try script.press("j")
    #expect((script.app.top as? SpeakersScreen)?.selected?.name == "Sergei Lavrov")
    try script.press("Backspace")
    #expect((script.app.top as? SpeakersScreen)?.filter == "r")
    try script.press("/ u")
    #expect(try Self.names(script) == ["Marco Rubio"])
    try script.press("Enter")
    try script.snapshot("speakers-filter-kept-80x24")
    try script.press("Enter")
    #expect(script.app.top is SpeakerQuotesScreen)
  }

  @Test func backspaceEditsAndClosesAnEmptyPrompt() throws {
    var script = try Self.people("s / r u")
    #expect(try Self.names(script) == ["Marco Rubio"])
    try script.press("Backspace")
    #expect(try Self.names(script).count == 5)
    try script.press("Backspace")
    let screen = try #require(script.app.top as? SpeakersScreen)
    #expect(screen.filter.isEmpty)
    #expect(screen.isFiltering)
    try script.press("Backspace")
    #expect((script.app.top as? SpeakersScreen)?.isFiltering == false)
  }

  @Test func escClearsThenGoesBack() throws {
    var script = try Self.people("s / s o r Enter")
    #expect(try Self.names(script) == ["Søren Kierkegaard"])
    try script.press("Esc")
    let cleared = try #require(script.app.top as? SpeakersScreen)
    #expect(cleared.filter.isEmpty)
    #expect(cleared.shown.count == 5)
    // NB: the selection stays on the speaker that was selected in the filtered list.
    #expect(cleared.selected?.name == "Søren Kierkegaard")
    try script.press("Esc")
    #expect(script.app.top is StoriesScreen)
  }

  @Test func escWhileTypingClearsAtOnce() throws {
    var script = try Self.people("s / s a n")
    try script.press("Esc")
    let screen = try #require(script.app.top as? SpeakersScreen)
    #expect(screen.filter.isEmpty)
    #expect(!screen.isFiltering)
    try script.press("Esc")
    #expect(script.app.top is StoriesScreen)
  }

  @Test func noMatchSaysSo() throws {
    let script = try Self.people("s / x y z")
    #expect(script.grid.plainText.contains("(no speaker matches “xyz”; Backspace or Esc)"))
    #expect(script.grid.text(ofRow: 0).contains("Speakers, 0 of 5 matching “xyz”"))
  }

  @Test func helpAndHintsSayFilter() throws {
    var script = try Self.people("s")
    #expect(script.grid.text(ofRow: 23).contains("/ filter"))
    try script.press("?")
    let help = script.grid.plainText
    #expect(help.contains("Filter the speakers as you type"))
    #expect(help.contains("In the filter prompt: Enter keeps the filter, Esc clears it,"))
  }

  @Test func theFilterPromptFitsTheSmallestWindow() throws {
    var data = FakeReaderData.single(title: "A title", text: "Some text.")
    data.speakerList = Self.people
    var script = ScreenScript(app: ReaderApp(data: data, size: GridSize(rows: 10, columns: 40)))
    try script.press("s / k i e r k e g a a r d s e n s")
    try script.snapshot("speakers-filter-40x10")
    ScreenGridTests.expectWellFormed(script.grid)
  }
}
