import Testing

import enum StoryUI.TerminalText

@testable import CursesTerminal

@Suite struct BrowserStateTests {
  static let rows = [
    BrowserRow(
      title: "Oil prices rise", detail: "1987-02-26 · Reuters",
      body: "Crude oil rose sharply on Monday after the talks ended.\n\nTraders said more to come."),
    BrowserRow(title: "Cocoa talks stall", detail: "1987-02-27", body: "No deal."),
    BrowserRow(title: "Grain \u{1B}[31mexports", detail: "", body: "Wheat \u{9B}2J sold."),
  ]

  /// Checks the screen text of `state`; `expected` ends every line with `|` to show its width.
  func expectScreen(
    _ state: BrowserState, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let actual = state.screen().lines.map { $0.text + "|" }.joined(separator: "\n")
    #expect(actual == expected, sourceLocation: sourceLocation)
  }

  // MARK: - Screens

  @Test func listScreen() {
    let state = BrowserState(title: "Sample", rows: Self.rows, width: 40, height: 6)
    expectScreen(
      state,
      """
      Sample                               1/3|
      Oil prices rise            1987-02-26 ·…|
      Cocoa talks stall          1987-02-27   |
      Grain \\u{1B}[31mexports                 |
                                              |
      ↑/↓ move  Enter open  q quit            |
      """)
  }

  @Test func listScreenOnANarrowTerminalDropsTheDetailColumn() {
    var state = BrowserState(title: "Sample", rows: Self.rows, width: 16, height: 4)
    _ = state.handle(.down)
    expectScreen(
      state,
      """
      Sample       2/3|
      Oil prices rise |
      Cocoa talks sta…|
      ↑/↓ move  Enter…|
      """)
  }

  @Test func selectedRowIsShownInReverseRoles() throws {
    var state = BrowserState(title: "Sample", rows: Self.rows, width: 40, height: 6)
    #expect(state.handle(.down) == .redraw)
    let lines = state.screen().lines
    #expect(lines[1].spans.map(\.role) == [.rowTitle, .rowTitle, .rowDetail])
    #expect(lines[2].spans.map(\.role) == [.selectedTitle, .selectedTitle, .selectedDetail])
    #expect(try #require(lines.first).spans.map(\.role) == [.header])
    #expect(try #require(lines.last).spans.map(\.role) == [.hintBar])
  }

  @Test func pagerScreen() {
    var state = BrowserState(title: "Sample", rows: Self.rows, width: 30, height: 7)
    #expect(state.handle(.enter) == .redraw)
    expectScreen(
      state,
      """
      Oil prices rise          1-5/7|
      Oil prices rise               |
      1987-02-26 · Reuters          |
                                    |
      Crude oil rose sharply on     |
      Monday after the talks ended. |
      ↑/↓ scroll  Space page  q/Esc…|
      """)
    #expect(state.handle(.character(" ")) == .redraw)
    expectScreen(
      state,
      """
      Oil prices rise          3-7/7|
                                    |
      Crude oil rose sharply on     |
      Monday after the talks ended. |
                                    |
      Traders said more to come.    |
      ↑/↓ scroll  Space page  q/Esc…|
      """)
  }

  @Test func pagerEscapesControlsInTheBody() {
    var state = BrowserState(title: "Sample", rows: Self.rows, width: 30, height: 7)
    _ = state.handle(.end)
    _ = state.handle(.enter)
    expectScreen(
      state,
      """
      Grain \\u{1B}[31mexports  1-3/3|
      Grain \\u{1B}[31mexports       |
                                    |
      Wheat \\u{9B}2J sold.          |
                                    |
                                    |
      ↑/↓ scroll  Space page  q/Esc…|
      """)
  }

  @Test func emptyList() {
    let state = BrowserState(title: "Nothing", rows: [], width: 20, height: 4)
    expectScreen(
      state,
      """
      Nothing             |
      (no stories)        |
                          |
      ↑/↓ move  Enter ope…|
      """)
  }

  // MARK: - Keys

  /// A key sequence from the start state and what should hold afterwards.
  struct KeyCase: Sendable, CustomTestStringConvertible {
    var name: String
    var keys: [BrowserKey]
    var lastResult: BrowserEventResult
    var selection: Int
    var openRow: Int?
    var testDescription: String { name }
  }

  static let keyCases: [KeyCase] = [
    KeyCase(name: "down moves the selection", keys: [.down], lastResult: .redraw, selection: 1),
    KeyCase(
      name: "j moves too", keys: [.character("j"), .character("j")], lastResult: .redraw,
      selection: 2),
    KeyCase(name: "end then up", keys: [.end, .up], lastResult: .redraw, selection: 1),
    KeyCase(
      name: "enter opens the selected row", keys: [.down, .enter], lastResult: .redraw,
      selection: 1, openRow: 1),
    KeyCase(
      name: "q in the pager goes back", keys: [.down, .enter, .character("q")], lastResult: .redraw,
      selection: 1),
    KeyCase(
      name: "Esc in the pager goes back", keys: [.enter, .escape], lastResult: .redraw, selection: 0
    ),
    KeyCase(
      name: "arrows in the pager scroll, not select", keys: [.enter, .down, .down],
      lastResult: .redraw, selection: 0, openRow: 0),
    KeyCase(name: "q in the list quits", keys: [.character("q")], lastResult: .quit, selection: 0),
    KeyCase(
      name: "Esc in the list is ignored", keys: [.escape], lastResult: .ignored, selection: 0),
    KeyCase(
      name: "unbound letter is ignored", keys: [.character("x")], lastResult: .ignored, selection: 0
    ),
    KeyCase(
      name: "enter in the pager is ignored", keys: [.enter, .enter], lastResult: .ignored,
      selection: 0, openRow: 0),
  ]

  @Test(arguments: keyCases)
  func keys(_ c: KeyCase) throws {
    var state = BrowserState(title: "Sample", rows: Self.rows, width: 40, height: 6)
    var result = BrowserEventResult.ignored
    for key in c.keys { result = state.handle(key) }
    #expect(result == c.lastResult)
    #expect(state.list.selection == c.selection)
    #expect(state.pager?.row == c.openRow)
  }

  @Test func enterOnAnEmptyListIsIgnored() {
    var state = BrowserState(title: "Nothing", rows: [], width: 20, height: 4)
    #expect(state.handle(.enter) == .ignored)
    #expect(state.pager == nil)
  }

  @Test func hintBarsComeFromTheKeymap() {
    #expect(BrowserKeymap.hints(for: BrowserKeymap.list) == "↑/↓ move  Enter open  q quit")
    #expect(BrowserKeymap.hints(for: BrowserKeymap.pager) == "↑/↓ scroll  Space page  q/Esc back")
  }

  // MARK: - Resizing and odd sizes

  @Test func resizeRewrapsThePager() {
    var state = BrowserState(title: "Sample", rows: Self.rows, width: 30, height: 7)
    _ = state.handle(.enter)
    state.resize(width: 70, height: 7)
    expectScreen(
      state,
      """
      Oil prices rise                                                  1-5/6|
      Oil prices rise                                                       |
      1987-02-26 · Reuters                                                  |
                                                                            |
      Crude oil rose sharply on Monday after the talks ended.               |
                                                                            |
      ↑/↓ scroll  Space page  q/Esc back                                    |
      """)
  }

  @Test func resizeKeepsThePagerPlaceInProportion() throws {
    let body = (1...20).map { "Paragraph \($0) has a few words in it." }.joined(separator: "\n")
    var state = BrowserState(
      title: "Long", rows: [BrowserRow(title: "Long", body: body)], width: 20, height: 6)
    _ = state.handle(.enter)
    for _ in 1...7 { _ = state.handle(.pageDown) }
    let before = try #require(state.pager)
    #expect(before.lines.count == 42)
    #expect(before.viewport.top == 28)
    #expect(before.lines[28].text == "Paragraph 14 has a")
    state.resize(width: 40, height: 6)
    // 42 lines at 20 columns became 22 at 40: top 28 of 42 becomes 14 of 22, one paragraph off
    // because the title lines don't shrink; the reader stays roughly in place.
    let after = try #require(state.pager)
    #expect(after.lines.count == 22)
    #expect(after.viewport.top == 14)
    #expect(after.lines[14].text == "Paragraph 13 has a few words in it.")
  }

  @Test func resizeKeepsTheSelectionVisible() {
    let many = (1...30).map { BrowserRow(title: "Story \($0)") }
    var state = BrowserState(title: "Many", rows: many, width: 20, height: 12)
    _ = state.handle(.end)
    state.resize(width: 20, height: 4)
    expectScreen(
      state,
      """
      Many           30/30|
      Story 29            |
      Story 30            |
      ↑/↓ move  Enter ope…|
      """)
  }

  struct SizeCase: Sendable, CustomTestStringConvertible {
    var width: Int
    var height: Int
    var testDescription: String { "\(width)x\(height)" }
  }

  static let sizes: [SizeCase] = [
    SizeCase(width: 0, height: 0), SizeCase(width: 0, height: 5), SizeCase(width: 5, height: 0),
    SizeCase(width: 1, height: 1), SizeCase(width: 3, height: 2), SizeCase(width: 10, height: 3),
    SizeCase(width: 23, height: 5), SizeCase(width: 24, height: 5), SizeCase(width: 80, height: 24),
    SizeCase(width: 200, height: 60),
  ]

  @Test(arguments: sizes)
  func everyScreenFillsItsSizeExactly(_ size: SizeCase) {
    let hostile =
      Self.rows + [
        BrowserRow(title: "東京で会議 \u{202E}txet", detail: "👍🏽 \u{2028} 日本", body: "a\u{7F}b 日本語")
      ]
    var state = BrowserState(
      title: "T\u{1B}itle", rows: hostile, width: size.width, height: size.height)
    for key: BrowserKey in [.end, .enter, .pageDown] {
      let screen = state.screen()
      #expect(screen.height == size.height)
      for line in screen.lines {
        #expect(TerminalText.columns(of: line.text) == size.width)
        #expect(!line.text.unicodeScalars.contains(where: TerminalText.isUnsafe))
      }
      _ = state.handle(key)
    }
  }
}
