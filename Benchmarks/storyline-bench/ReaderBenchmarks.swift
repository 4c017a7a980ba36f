import Foundation
import StoryKit
import StoryUI

/// One screen the reader benchmark drives, and the keys (from a fresh reader on the stories)
/// that reach it.
struct ReaderBenchScreen {
  var name: String
  var setup: String
}

/// The screens every key of the default keymap is pressed on.
let readerBenchScreens = [
  ReaderBenchScreen(name: "stories", setup: ""),
  ReaderBenchScreen(name: "story", setup: "Enter"),
  ReaderBenchScreen(name: "story (largest)", setup: "S Enter"),
  ReaderBenchScreen(name: "article", setup: "Enter Enter"),
  ReaderBenchScreen(name: "speakers", setup: "s"),
  ReaderBenchScreen(name: "speaker quotes", setup: "s Enter"),
  ReaderBenchScreen(name: "search", setup: "/ o i l Enter"),
  ReaderBenchScreen(name: "help", setup: "?"),
  ReaderBenchScreen(name: "problems", setup: "p"),
]

/// What is typed into the search prompt, letter by letter.
let readerBenchQueries = ["oil prices", "bank of england", "election", "trade deficit", "coffee"]

/// Times of one key across samples, in seconds.
struct KeyTimes {
  var screen: String
  var key: String
  var action: String
  var samples: [Double] = []
}

/// Percentile `p` (0…1) of `values`, nearest rank.
func percentile(_ values: [Double], _ p: Double) -> Double {
  let sorted = values.sorted()
  guard !sorted.isEmpty else { return 0 }
  let rank = Int((p * Double(sorted.count)).rounded(.up)) - 1
  return sorted[min(sorted.count - 1, max(0, rank))]
}

/// The reader on the virtual terminal at 120×40 over the library of PATH… (made first when
/// missing): the first frame of a reopened library (open → first finished grid), then every
/// key of the default keymap on each screen, and search typed letter by letter, each from
/// keystroke to finished frame (`handle` + `render` + the terminal's `draw`), as the run loop
/// does it. Per key: p50, p99 and max over the samples of a run, medians over runs.
@MainActor
func benchmarkReader(_ options: Options, samples: Int) throws {
  let configuration = try LibraryConfiguration.bundled()
  let size = GridSize(rows: 40, columns: 120)
  print(
    "reader: \(options.paths.joined(separator: ", ")), \(size), runs: \(options.runs), "
      + "samples per key and run: \(samples)")
  let firstStart = now()
  let first = try Library.open(options.paths, configuration: configuration)
  print(
    "library \(first.openedAs == .current ? "reopened" : "made") in \(format(now() - firstStart, 2)) s: \(try first.articleCount()) articles, \(try first.storyCount()) stories"
  )

  // First frame of a reopened library.
  var frames: [Double] = []
  var opens: [Double] = []
  for _ in 1...max(3, options.runs) {
    let start = now()
    let library = try Library.open(options.paths, configuration: configuration)
    let opened = now()
    let data = LibraryReaderData(library: library, name: "bench")
    let terminal = VirtualTerminal(size: size)
    var app = ReaderApp(data: data, size: size)
    _ = app.run(on: terminal)
    let end = now()
    precondition(terminal.frames.count == 1, "the reader drew no first frame")
    frames.append(end - start)
    opens.append(opened - start)
  }
  print(
    "first frame of a reopened library at \(size): median \(format(median(frames) * 1000, 1)) ms (open \(format(median(opens) * 1000, 1)) ms), max \(format((frames.max() ?? 0) * 1000, 1)) ms; target ≤ 200 ms"
  )

  let library = try Library.open(options.paths, configuration: configuration)
  let data = LibraryReaderData(library: library, name: "bench")
  // NB: the reader does this on a thread of its own after the first frame.
  let prepareStart = now()
  try data.prepareLookups()
  print(
    "lookups read in bulk (the reader does it in the background after the first frame): \(format((now() - prepareStart) * 1000, 0)) ms"
  )
  let terminal = VirtualTerminal(size: size)
  var results: [String: [KeyTimes]] = [:]
  var order: [String] = []

  /// Presses `key` on a copy of `app`, timed from keystroke to finished frame.
  func press(_ key: Key, on app: inout ReaderApp) -> Double {
    let start = now()
    switch app.handle(key) {
    case .redraw: terminal.draw(app.render())
    case .perform(let request):
      var failure: TerminalRequestError?
      do { try terminal.perform(request) } catch { failure = error }
      app.finish(request, failure: failure)
      terminal.draw(app.render())
    case .unchanged, .quit: break
    }
    return now() - start
  }

  func record(_ screen: String, _ key: String, _ action: String, _ runs: [[Double]]) {
    let id = screen + "\u{0}" + key
    if results[id] == nil { order.append(id) }
    var times = results[id] ?? []
    times.append(
      contentsOf: runs.map { KeyTimes(screen: screen, key: key, action: action, samples: $0) })
    results[id] = times
  }

  for run in 1...options.runs {
    let runStart = now()
    for screen in readerBenchScreens {
      var prepared = ReaderApp(data: data, size: size)
      for key in Key.script(screen.setup) ?? [] { _ = prepared.handle(key) }
      _ = prepared.render()
      for binding in Keymap.default.bindings {
        var times: [Double] = []
        for _ in 0..<samples {
          var app = prepared
          times.append(press(binding.key, on: &app))
        }
        record(screen.name, binding.key.description, binding.action.rawValue, [times])
      }
    }
    // Search as you type: each query letter by letter from an empty prompt.
    var typing: [Double] = []
    var erasing: [Double] = []
    for query in readerBenchQueries {
      var app = ReaderApp(data: data, size: size)
      _ = app.handle(.character("/"))
      _ = app.render()
      for character in query { typing.append(press(.character(character), on: &app)) }
      for _ in query { erasing.append(press(.backspace, on: &app)) }
    }
    record("search prompt", "a letter", "typing", [typing])
    record("search prompt", "Backspace", "erasing", [erasing])
    print("run \(run): \(format(now() - runStart, 1)) s")
    // NB: so a long run shows its progress in a log file too.
    fflush(nil)
  }

  print(
    "per key, keystroke to finished frame, ms (p50 / p99 / max of a run's samples, medians over runs):"
  )
  print(
    "screen".padding(toLength: 16, withPad: " ", startingAt: 0)
      + "key".padding(toLength: 11, withPad: " ", startingAt: 0)
      + "action".padding(toLength: 24, withPad: " ", startingAt: 0) + "    p50     p99     max")
  var worst: (String, Double) = ("", 0)
  var over: [String] = []
  for id in order {
    guard let runs = results[id], let first = runs.first else { continue }
    let p50 = median(runs.map { percentile($0.samples, 0.5) }) * 1000
    let p99 = median(runs.map { percentile($0.samples, 0.99) }) * 1000
    let maximum = median(runs.map { $0.samples.max() ?? 0 }) * 1000
    let name = "\(first.screen) \(first.key) (\(first.action))"
    if p99 > worst.1 { worst = (name, p99) }
    if p99 > 16 { over.append("\(name) \(format(p99, 1)) ms") }
    print(
      first.screen.padding(toLength: 16, withPad: " ", startingAt: 0)
        + first.key.padding(toLength: 11, withPad: " ", startingAt: 0)
        + first.action.padding(toLength: 24, withPad: " ", startingAt: 0)
        + String(format: "%7.2f %7.2f %7.2f", p50, p99, maximum))
  }
  print("worst p99: \(worst.0) \(format(worst.1, 2)) ms; target ≤ 16 ms")
  print(
    over.isEmpty
      ? "every key within 16 ms at p99" : "over 16 ms at p99: " + over.joined(separator: "; "))
  print("peak memory: \(format(peakMemoryMB(), 1)) MB")
}
