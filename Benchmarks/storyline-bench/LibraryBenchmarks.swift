import Foundation
@_spi(Benchmarks) import StoryKit

/// Collects the time each analysis stage took, from the library's progress reports.
final class StageClock: @unchecked Sendable {
  private let lock = NSLock()
  private var current: LibraryProgress.Stage?
  private var started = 0.0
  private(set) var seconds: [(LibraryProgress.Stage, Double, Double)] = []

  func observe(_ progress: LibraryProgress) {
    lock.withLock {
      guard progress.stage != current else { return }
      let time = now()
      if let current { seconds.append((current, time - started, peakMemoryMB())) }
      current = progress.stage
      started = time
    }
  }

  func finish() {
    lock.withLock {
      if let current { seconds.append((current, now() - started, peakMemoryMB())) }
      current = nil
    }
  }
}

/// First analysis into a new library file, end to end (ingest, clean, quotes, dups, stories,
/// search index, written), per run in a fresh file and a fresh process (`library-run`), as a
/// user's first analysis runs: in one process, each run after the first was slower and peaked
/// higher (memory freed by the run before is not all given back); then a reopen of the last
/// library to its first 50 stories, and the time of a second open with nothing changed.
func benchmarkLibrary(_ options: Options) throws {
  let configuration = try LibraryConfiguration.bundled()
  let folder = NSTemporaryDirectory() + "storyline-bench-\(getpid())"
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(atPath: folder) }
  print("library: \(options.paths.joined(separator: ", ")), runs: \(options.runs)")
  var totals: [Double] = []
  var peaks: [Double] = []
  var count = 0
  var file = ""
  for run in 1...options.runs {
    file = folder + "/run\(run).sqlite"
    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    child.arguments = ["library-run", file] + options.paths
    let output = Pipe()
    child.standardOutput = output
    try child.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    child.waitUntilExit()
    let fields = text.split(separator: "\t", maxSplits: 3).map(String.init)
    guard child.terminationStatus == 0, fields.count == 4, let articles = Int(fields[0]),
      let seconds = Double(fields[1]), let peak = Double(fields[2])
    else {
      throw BenchFailure("library-run failed: \(text)")
    }
    count = articles
    totals.append(seconds)
    peaks.append(peak)
    print(
      "run \(run): \(count) articles in \(format(seconds, 2)) s, \(format(Double(count) / seconds)) articles/s, peak \(format(peak, 0)) MB (\(fields[3].trimmingCharacters(in: .newlines)))"
    )
  }
  print(
    "median: \(format(median(totals), 2)) s, \(format(Double(count) / median(totals))) articles/s; peak memory median \(format(median(peaks), 0)) MB, highest \(format(peaks.max() ?? 0, 0)) MB"
  )
  var reopens: [Double] = []
  var seconds2: [Double] = []
  for _ in 1...max(3, options.runs) {
    let start = now()
    let library = try Library.open(
      options.paths, location: .file(file), configuration: configuration)
    let opened = now()
    let stories = try library.stories(order: .newest, limit: 50)
    let end = now()
    precondition(library.openedAs == .current && stories.count == min(50, stories.count))
    reopens.append(end - start)
    seconds2.append(opened - start)
  }
  print(
    "reopen to the first 50 stories: median \(format(median(reopens) * 1000, 1)) ms (open \(format(median(seconds2) * 1000, 1)) ms)"
  )
}

/// Search as you type: every prefix of ten typed queries against the library of PATH…, time to
/// the first 50 ranked hits through a search session (fresh per query, so no prefix is served
/// from a previous one's cache), beside a plain FTS5 query (`MATCH 'w*' ORDER BY bm25 LIMIT 50`,
/// the last word a prefix) on the same library in the same run.
func benchmarkSearch(_ options: Options) throws {
  let configuration = try LibraryConfiguration.bundled()
  let library = try Library.open(options.paths, configuration: configuration)
  print("search: \(try library.articleCount()) articles in \(library.file ?? "memory")")
  let typed = [
    "oil prices", "bank of england", "interest rates", "world cup", "election results",
    "profit rose", "merger talks", "film award", "stock split", "chancellor gordon brown",
  ]
  var ours: [Double] = []
  var reference: [Double] = []
  var worst: [(String, Double)] = []
  for round in 1...max(1, options.runs) {
    for query in typed {
      let session = library.searchSession(limit: 50)
      for end in 1...query.count {
        let prefix = String(query.prefix(end))
        let start = now()
        _ = try session.update(prefix)
        let mine = now() - start
        let words = WordScanner.words(in: prefix).map(\.key)
        guard !words.isEmpty else { continue }
        let match = words.enumerated().map { index, word in
          "\"\(word)\"" + (index == words.count - 1 && !prefix.hasSuffix(" ") ? " *" : "")
        }.joined(separator: " ")
        let referenceStart = now()
        _ = try library.plainFTS5Search(match, limit: 50)
        let theirs = now() - referenceStart
        if round == 1 { worst.append((prefix, mine)) }
        ours.append(mine)
        reference.append(theirs)
      }
    }
  }
  func percentile(_ values: [Double], _ share: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * share))]
  }
  print(
    "storyline: \(ours.count) prefixes, median \(format(median(ours) * 1000, 2)) ms, p99 \(format(percentile(ours, 0.99) * 1000, 2)) ms, max \(format((ours.max() ?? 0) * 1000, 2)) ms"
  )
  print(
    "plain FTS5: median \(format(median(reference) * 1000, 2)) ms, p99 \(format(percentile(reference, 0.99) * 1000, 2)) ms, max \(format((reference.max() ?? 0) * 1000, 2)) ms"
  )
  let slowest = worst.sorted { $0.1 > $1.1 }.prefix(5)
    .map { "'\($0.0)' \(format($0.1 * 1000, 1)) ms" }.joined(separator: ", ")
  print("slowest prefixes (storyline, first round): \(slowest)")
}

/// How close stories built in batches come to stories built from everything at once: the
/// articles of PATH… (in their listing order, copies folded) are added to one `StoryIndex` in
/// `--batches N` parts, and the resulting partition is compared with a single-batch one
/// (pairwise precision, recall and F1 of the batched same-story pairs against the fresh ones).
func benchmarkStoryBatches(_ options: Options, batches: Int) throws {
  let articles = try ArticleLoader().load(paths: options.paths).articles
  let duplicates = DuplicateDetector().groups(articles)
  var copyOf: [ArticleID: ArticleID] = [:]
  for group in duplicates {
    for copy in group.copies { copyOf[copy.article] = group.original }
  }
  let originals = articles.filter { copyOf[$0.id] == nil }
  var fresh = try StoryIndex()
  fresh.add(originals)
  var batched = try StoryIndex()
  let size = (originals.count + batches - 1) / max(1, batches)
  for start in stride(from: 0, to: originals.count, by: max(1, size)) {
    batched.add(Array(originals[start..<min(originals.count, start + size)]))
  }
  let agreement = PartitionAgreement(fresh.stories, batched.stories)
  print(
    "stories in \(batches) batches vs one (\(originals.count) articles, copies folded): \(agreement); stories \(batched.stories.count) vs \(fresh.stories.count)"
  )
}

/// One first analysis into the new library FILE (`library-run FILE PATH…`), for
/// `benchmarkLibrary`: prints articles, seconds and peak MB, tab-separated, then the stages.
func benchmarkLibraryRun(_ options: Options) throws {
  guard let file = options.paths.first, options.paths.count > 1 else {
    throw BenchFailure("library-run needs FILE PATH…")
  }
  let configuration = try LibraryConfiguration.bundled()
  let clock = StageClock()
  let start = now()
  let library = try Library.open(
    Array(options.paths.dropFirst()), location: .file(file), configuration: configuration,
    progress: { clock.observe($0) })
  clock.finish()
  let seconds = now() - start
  let stages = clock.seconds.map {
    "\($0.0.rawValue) \(format($0.1, 2)) s (peak \(format($0.2, 0)) MB)"
  }.joined(separator: ", ")
  print("\(try library.articleCount())\t\(seconds)\t\(peakMemoryMB())\t\(stages)")
}
