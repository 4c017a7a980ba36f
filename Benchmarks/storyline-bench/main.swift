import Foundation
import StoryKit

// storyline-bench: Storyline's performance harness (run outside `swift test`).
//
//   swift run -c release storyline-bench ingest [PATH…] [--runs N]
//
// Prints, per run and as the median over runs, articles/s and MB/s of ingest + clean, with the
// read and clean phases apart, and the process's peak resident memory. Default PATHs: the
// Reuters-21578 and BBC corpora in ../shared/data/corpus/.
//
//   swift run -c release storyline-bench load PATH…
//
// Loads PATH… once and prints the time and peak memory (for huge or hostile files).
//
//   swift run -c release storyline-bench quotes|dups|stories [PATH…] [--runs N] [--no-fold]
//
// Time one analysis stage on articles loaded once (stories: features, clustering and assembly,
// copies folded under originals unless --no-fold).
//
//   swift run -c release storyline-bench library [PATH…] [--runs N]
//
// First analysis into a new library file, end to end, with the time of each stage, each run
// in a fresh process; then the reopen of that library to its first 50 stories.
//
//   swift run -c release storyline-bench search [PATH…] [--runs N]
//
// Search as you type on the library of PATH… (made first when missing): every prefix of ten
// typed queries, time to the first 50 hits, beside a plain FTS5 query on the same library.
//
//   swift run -c release storyline-bench library-batches PATH.jsonl… [--batches N]
//
// A library fed PATH's records as N files, one at a time (each update timed), against a fresh
// analysis of the same files: pairwise and B-cubed agreement of the stories, groups identical.
//
//   swift run -c release storyline-bench library-add [PATH…] [--count N] [--from FILE.jsonl]
//       [--runs N]
//
// Adds N one-article files (records of FILE) to the library of PATH… and removes them again:
// time of each update, of a touched file, of a reopen to 50 stories.
//
//   swift run -c release storyline-bench reader [PATH…] [--runs N] [--samples N]
//
// The reader on the virtual terminal at 120×40 over the library of PATH…: the first frame of a
// reopened library, then every key of the default keymap on each screen and search typed
// letter by letter, keystroke to finished frame (p50, p99, max per key, medians over runs).
//
//   swift run -c release storyline-bench story-batches [PATH…] [--batches N]
//
// Stories built by adding PATH…'s articles in N batches, compared with one batch (pairwise F1).

struct Options {
  var command = "ingest"
  var paths: [String] = []
  var runs = 5
}

func parseOptions() -> Options {
  var options = Options()
  var arguments = Array(CommandLine.arguments.dropFirst())
  if let first = arguments.first, !first.hasPrefix("-") {
    options.command = first
    arguments.removeFirst()
  }
  var index = 0
  while index < arguments.count {
    let argument = arguments[index]
    if ["--batches", "--count", "--from", "--samples"].contains(argument) {
      index += 2
      continue
    }
    if argument == "--no-fold" {
      index += 1
      continue
    }
    if argument == "--runs", index + 1 < arguments.count, let runs = Int(arguments[index + 1]) {
      options.runs = max(1, runs)
      index += 2
      continue
    }
    options.paths.append(argument)
    index += 1
  }
  if options.paths.isEmpty {
    let corpus = defaultCorpusFolder()
    options.paths = ["\(corpus)/reuters21578.jsonl", "\(corpus)/bbc-dev.jsonl"]
  }
  return options
}

func defaultCorpusFolder() -> String {
  // The package root is two folders above this file; ../shared sits beside the package.
  let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/corpus").path
}

func now() -> Double {
  var spec = timespec()
  clock_gettime(CLOCK_MONOTONIC, &spec)
  return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// Seconds of CPU time used by the process so far (all threads), steadier than wall time on a
/// shared machine.
func cpuSeconds() -> Double {
  var spec = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
  return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

func peakMemoryMB() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024  // Linux reports KiB
}

func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  guard !sorted.isEmpty else { return 0 }
  return sorted.count % 2 == 1
    ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func format(_ value: Double, _ digits: Int = 0) -> String { String(format: "%.\(digits)f", value) }

func benchmarkIngest(_ options: Options) throws {
  let loader = try ArticleLoader()
  let bytes = options.paths.reduce(0.0) { total, path in
    total + Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
  }
  print("ingest + clean: \(options.paths.joined(separator: ", "))")
  print("cores: \(ProcessInfo.processInfo.activeProcessorCount), runs: \(options.runs)")
  var totals: [Double] = []
  var reads: [Double] = []
  var cleans: [Double] = []
  var count = 0
  for run in 1...options.runs {
    let start = now()
    let output = loader.reader.read(paths: options.paths)
    let afterRead = now()
    let articles = loader.clean(output.articles)
    let end = now()
    count = articles.count
    totals.append(end - start)
    reads.append(afterRead - start)
    cleans.append(end - afterRead)
    print(
      "run \(run): \(count) articles in \(format(end - start, 3)) s (read \(format(afterRead - start, 3)) s, clean \(format(end - afterRead, 3)) s): \(format(Double(count) / (end - start))) articles/s"
    )
  }
  let total = median(totals)
  print(
    "median: \(format(Double(count) / total)) articles/s, \(format(bytes / total / 1e6, 1)) MB/s (read \(format(median(reads), 3)) s, clean \(format(median(cleans), 3)) s)"
  )
  print("peak memory: \(format(peakMemoryMB(), 1)) MB")
}

/// Loads `paths` once and reports time and peak memory: for huge or hostile inputs.
func benchmarkLoad(_ options: Options) throws {
  let loader = try ArticleLoader()
  let start = now()
  let result = loader.load(paths: options.paths)
  let seconds = now() - start
  let truncated = result.articles.filter { $0.findings.contains { $0.kind == .truncated } }.count
  print(
    "load \(options.paths.joined(separator: ", ")): \(result.articles.count) articles (\(truncated) truncated), \(result.problems.count) problems in \(format(seconds, 3)) s; peak memory \(format(peakMemoryMB(), 1)) MB"
  )
}

/// Runs one analysis stage `runs` times over `articleCount` articles and prints, per run, its
/// summary (what `stage` returns), wall and CPU seconds and articles/s, then the medians.
func timeStage(articleCount: Int, runs: Int, _ stage: () throws -> String) rethrows {
  var times: [Double] = []
  var cpu: [Double] = []
  for run in 1...runs {
    let start = now()
    let startCPU = cpuSeconds()
    let summary = try stage()
    let seconds = now() - start
    times.append(seconds)
    cpu.append(cpuSeconds() - startCPU)
    print(
      "run \(run): \(summary) in \(format(seconds, 3)) s (CPU \(format(cpu.last ?? 0, 3)) s): \(format(Double(articleCount) / seconds)) articles/s"
    )
  }
  print(
    "median: \(format(median(times), 3)) s (CPU \(format(median(cpu), 3)) s), \(format(Double(articleCount) / median(times))) articles/s; peak memory \(format(peakMemoryMB(), 1)) MB"
  )
}

/// Times quote extraction and speaker merging alone, on articles loaded once.
func benchmarkQuotes(_ options: Options) throws {
  let articles = try ArticleLoader().load(paths: options.paths).articles
  print("quotes: \(articles.count) articles from \(options.paths.joined(separator: ", "))")
  try timeStage(articleCount: articles.count, runs: options.runs) {
    let analysis = try QuoteAnalysis.analyse(articles)
    return "\(analysis.quotes.count) quotes, \(analysis.directory.speakers.count) speakers"
  }
}

/// Times near-duplicate detection alone, on articles loaded once.
func benchmarkDups(_ options: Options) throws {
  // NB: scaled corpora come from Benchmarks/scale_corpus.py, so the Python reference reads
  // the very same file.
  let articles = try ArticleLoader().load(paths: options.paths).articles
  print("dups: \(articles.count) articles from \(options.paths.joined(separator: ", "))")
  timeStage(articleCount: articles.count, runs: options.runs) {
    "\(DuplicateDetector().groups(articles).count) groups"
  }
}

/// Times story clustering: features, the online pass, refinement and assembly, on articles
/// loaded once, with the duplicate groups computed once beforehand (quotes left out: their own
/// benchmark). `--no-fold` clusters copies as articles of their own (a harder, larger input).
func benchmarkStories(_ options: Options) throws {
  let articles = try ArticleLoader().load(paths: options.paths).articles
  let fold = !CommandLine.arguments.contains("--no-fold")
  let duplicates = fold ? DuplicateDetector().groups(articles) : []
  let copies = duplicates.reduce(0) { $0 + $1.copies.count }
  print(
    "stories: \(articles.count) articles (\(copies) copies folded) from \(options.paths.joined(separator: ", "))"
  )
  try timeStage(articleCount: articles.count, runs: options.runs) {
    let stories = try StoryCatalog.stories(of: articles, duplicates: duplicates, quotes: nil)
    let sizes = stories.map(\.articles.count)
    return
      "\(stories.count) stories (\(sizes.filter { $0 > 1 }.count) with 2+, largest \(sizes.max() ?? 0))"
  }
}

/// The integer after `name` on the command line.
func intOption(_ name: String) -> Int? {
  let arguments = CommandLine.arguments
  return arguments.firstIndex(of: name).flatMap {
    $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil
  }
}

// NB: as `storyline` does, so the peaks measured are the reader's and the commands'.
MemoryArenas.limitToCores()
let options = parseOptions()
do {
  try run(options)
} catch {
  // NB: one line, not a crash: a missing file or a failed run is the user's to fix.
  var message = (error as? BenchFailure)?.description ?? error.localizedDescription
  if let path = (error as NSError).userInfo[NSFilePathErrorKey] as? String {
    message = "\(path): \(message)"
  }
  FileHandle.standardError.write(Data("storyline-bench: \(message)\n".utf8))
  exit(1)
}

/// Runs the benchmark `options` names.
@MainActor
func run(_ options: Options) throws {
  switch options.command {
  case "stories":
    try benchmarkStories(options)
  case "dups":
    try benchmarkDups(options)
  case "quotes":
    try benchmarkQuotes(options)
  case "ingest":
    try benchmarkIngest(options)
  case "load":
    try benchmarkLoad(options)
  case "library":
    try benchmarkLibrary(options)
  case "library-run":
    try benchmarkLibraryRun(options)
  case "search":
    try benchmarkSearch(options)
  case "library-batches":
    try benchmarkLibraryBatches(options, batches: intOption("--batches") ?? 5)
  case "library-add":
    let source =
      CommandLine.arguments.firstIndex(of: "--from").flatMap {
        $0 + 1 < CommandLine.arguments.count ? CommandLine.arguments[$0 + 1] : nil
      } ?? "\(defaultCorpusFolder())/../stories/wikiref220.input.jsonl"
    try benchmarkLibraryAdd(options, count: intOption("--count") ?? 100, from: source)
  case "reader":
    try MainActor.assumeIsolated {
      try benchmarkReader(options, samples: max(1, intOption("--samples") ?? 20))
    }
  case "story-batches":
    try benchmarkStoryBatches(options, batches: intOption("--batches") ?? 5)
  default:
    FileHandle.standardError.write(
      Data(
        "storyline-bench: unknown benchmark \(options.command) (known: ingest, load, quotes, dups, stories, library, search, library-batches, library-add, story-batches, reader)\n"
          .utf8))
    exit(2)
  }
}

/// A benchmark that could not run, with what went wrong.
struct BenchFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
