import Foundation
import StoryTestSupport
import Testing

/// The reader end to end: the real binary in tmux, keys in, screens out, on the bundled sample.
@Suite(
  "storyline reader in tmux (end to end)",
  .enabled(
    if: TmuxSession.isAvailable, "tmux is not installed; the reader's tmux tests are skipped"))
struct ReaderTmuxTests {
  @Test("sample: story, article with a quote, search as you type, Lavrov's quotes, resize, quit")
  func walkThroughTheSample() throws {
    let home = try TemporaryFolder()
    defer { home.remove() }
    let session = try TmuxSession(
      [StorylineProcess.executable.path], columns: 100, rows: 30,
      environment: [
        "XDG_DATA_HOME": home.path, "XDG_CONFIG_HOME": home.path, "LANG": "C.UTF-8",
        "TERM": "tmux-256color",
      ])

    // NB: on a busy machine tmux may capture the first frame half drawn: wait for its status.
    var screen = try session.waitFor { screen in
      screen.contains("Stories, newest first") && screen.contains("sample · ")
    }
    #expect(screen.contains("sample · 3 stories · 5 articles"))

    // The three-article story is the only dated one: first in the list, undated ones after.
    try session.send("g", "Enter")
    screen = try session.waitFor("Quotes by speaker")
    #expect(screen.contains("U.S., Russia Report Progress Toward Ukraine Peace Efforts"))

    // Its first article, with the ministry's quote highlighted.
    try session.send("Enter")
    screen = try session.waitFor("productive exchange of views")
    let coloured = try session.capture(escapes: true)
    let quoteLine = coloured.split(separator: "\n").first {
      $0.contains("productive exchange of views")
    }
    #expect(quoteLine?.contains("\u{1B}[") == true, "the quote is drawn in its own colour")
    #expect(screen.contains("Sergey Lavrov"))

    // Search as you type, from the article; Esc comes back to it.
    try session.send("/")
    try session.waitFor("type to search")
    try session.type("Istanb")
    try session.waitFor("/ Istanb")
    try session.type("ul")
    screen = try session.waitFor("2 hits, best first")
    #expect(screen.contains("Foreign ministry: Lavrov informs Rubio"))
    #expect(screen.contains("in Istanbul"))
    try session.send("Escape")
    screen = try session.waitFor("productive exchange of views")

    // Everyone quoted, then Lavrov's quotes.
    try session.send("s")
    // NB: tmux may capture a frame half drawn on a busy machine: wait for the rows too.
    screen = try session.waitFor { screen in
      screen.contains("Speakers, most quoted first") && screen.contains("Sergei Lavrov")
    }
    let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
    let lavrov = try #require(rows.firstIndex { $0.contains("Sergei Lavrov") })
    for _ in 0..<(lavrov - 1) { try session.send("j") }
    try session.send("Enter")
    screen = try session.waitFor("Sergei Lavrov: ")
    #expect(screen.contains("quotes"))

    // Down to the smallest size and back.
    try session.resize(columns: 40, rows: 10)
    screen = try session.waitFor { screen in
      screen.split(separator: "\n").count <= 10 && screen.contains("Sergei Lavrov")
    }
    #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 40 })
    try session.resize(columns: 100, rows: 30)
    screen = try session.waitFor { $0.split(separator: "\n").contains { $0.count > 40 } }
    #expect(screen.contains("Sergei Lavrov: "))

    // Open his first quote, jump to his next one with }, and come back to the list.
    try session.send("Enter")
    screen = try session.waitFor { $0.contains("] quote") && $0.contains("Sergei Lavrov") }
    try session.send("}")
    screen = try session.waitFor { $0.contains("Sergei Lavrov: quote 2 of") }
    #expect(screen.contains("} / { go on"))
    try session.send("q")
    screen = try session.waitFor("Sergei Lavrov: 10 quotes")

    // q back through the speakers, the article and the story to the stories; q there quits,
    // and the terminal is as it was.
    try session.send("q", "q", "q", "q")
    screen = try session.waitFor("Stories, newest first")
    #expect(screen.contains("Stories, newest first"))
    try session.send("q")
    screen = try session.waitFor("exit=")
    #expect(screen.contains("tty=same"))
    #expect(screen.contains("exit=0"))
    #expect(!screen.contains("Stories, newest first"))
  }

  @Test("the configuration file: its order and keys used, a bad entry said on the status line")
  func configurationFile() throws {
    let home = try TemporaryFolder()
    defer { home.remove() }
    try home.write(
      "storyline/config.toml", "sort = \"title\"\n[keys]\njump = \"J\"\nmove-down = \"x\"\n")
    let session = try TmuxSession(
      [StorylineProcess.executable.path], columns: 100, rows: 30,
      environment: [
        "XDG_DATA_HOME": home.path, "XDG_CONFIG_HOME": home.path, "LANG": "C.UTF-8",
      ])
    let screen = try session.waitFor("Stories, by title")
    #expect(screen.contains("config.toml:3: keys.jump: unknown action"))
    try session.send("x")
    try session.waitFor("by title · 2/3")
  }

  @Test("Ctrl-C (SIGINT) ends the reader with the terminal restored")
  func terminatedCleanly() throws {
    let home = try TemporaryFolder()
    defer { home.remove() }
    let session = try TmuxSession(
      [StorylineProcess.executable.path], columns: 80, rows: 24,
      environment: [
        "XDG_DATA_HOME": home.path, "XDG_CONFIG_HOME": home.path, "LANG": "C.UTF-8",
      ])
    try session.waitFor("Stories, newest first")
    try session.send("C-c")
    let screen = try session.waitFor("exit=")
    #expect(screen.contains("tty=same"))
    #expect(screen.contains("exit=130"))
  }

  @Test("a damaged library: one error line after the terminal is restored, exit 1")
  func damagedLibrary() throws {
    let home = try TemporaryFolder()
    defer { home.remove() }
    let damaged = try home.write("damaged.sqlite", bytes: Array(repeating: 0x5A, count: 8192))
    let session = try TmuxSession(
      [StorylineProcess.executable.path, "--library", damaged], columns: 200, rows: 24,
      environment: [
        "XDG_DATA_HOME": home.path, "XDG_CONFIG_HOME": home.path, "LANG": "C.UTF-8",
      ])
    let screen = try session.waitFor("exit=")
    #expect(screen.contains("tty=same"))
    #expect(screen.contains("exit=1"))
    let errors = screen.split(separator: "\n").filter { $0.hasPrefix("storyline: ") }
    #expect(errors.count == 1, "\(screen)")
    #expect(errors.first?.contains("not a Storyline library") == true)
    #expect(!screen.contains("Opening the library"), "the progress screen is gone")
  }
}
