import Foundation
import StoryTestSupport
import Testing

@Suite("library recovery: a run killed while analysing leaves a library that opens and resumes")
struct LibraryRecoveryTests {
  /// A corpus that a debug build analyses for a few seconds: made-up articles of made-up
  /// words (seeded), each with a quotation, dated over one month.
  static func writeCorpus(
    in folder: TemporaryFolder, articles: Int, file: String = "news.jsonl", seed: UInt64 = 99,
    firstID: Int = 0
  ) throws -> String {
    var generator = SeededGenerator(seed: seed)
    let syllables = ["ka", "lo", "mi", "ra", "ten", "sor", "vel", "dun", "pa", "ri", "os", "eth"]
    let vocabulary = (0..<3000).map { _ in
      (0..<Int.random(in: 2...3, using: &generator)).map { _ in
        syllables[Int.random(in: 0..<syllables.count, using: &generator)]
      }.joined()
    }
    let people = ["Anna Berg", "Tomas Lind", "Maria Holm", "Erik Sand", "Jonas Falk"]
    func words(_ count: Int) -> String {
      (0..<count).map { _ in vocabulary[Int.random(in: 0..<vocabulary.count, using: &generator)] }
        .joined(separator: " ")
    }
    var lines: [String] = []
    for number in firstID..<firstID + articles {
      let day = 1 + number % 28
      let person = people[Int.random(in: 0..<people.count, using: &generator)]
      let text =
        (0..<4).map { _ in "Osterby " + words(40) + "." }.joined(separator: "\n\n")
        + "\n\n\"Osterby " + words(12) + ",\" \(person) said."
      let object: [String: String] = [
        "id": "n\(number)", "title": "Osterby " + words(6),
        "date": "2025-05-\(day < 10 ? "0" : "")\(day)", "source": "Coastal Wire", "text": text,
      ]
      lines.append(
        String(
          decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
          as: UTF8.self))
    }
    return try folder.write("corpus/" + file, lines.joined(separator: "\n") + "\n")
  }

  /// Starts `storyline ARGUMENTS`, sends it SIGKILL after `delay` seconds, and waits for it;
  /// whether it was still running when killed.
  static func runKilled(
    _ arguments: [String], after delay: Double, signal: Int32 = SIGKILL
  ) throws -> Bool {
    let process = Process()
    process.executableURL = StorylineProcess.executable
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: delay)
    let running = process.isRunning
    if running { kill(process.processIdentifier, signal) }
    process.waitUntilExit()
    return running
  }

  @Test("kill -9 at several points of a first analysis; the next run prints the fresh analysis")
  func killDuringAnalysis() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let corpus = try Self.writeCorpus(in: folder, articles: 600)
    let library = folder.path + "/library.sqlite"
    let fresh = try StorylineProcess.run(["stories", corpus, "--no-library", "--format", "jsonl"])
    try #require(fresh.status == 0, "\(fresh.stderr)")
    var killedWhileRunning = 0
    for delay in [0.05, 0.4, 1.2, 2.5] {
      if try Self.runKilled(
        ["stories", corpus, "--library", library, "--format", "jsonl"], after: delay)
      {
        killedWhileRunning += 1
      }
      // Whatever the moment, the library opens and answers as a fresh analysis would.
      let after = try StorylineProcess.run([
        "stories", corpus, "--library", library, "--format", "jsonl",
      ])
      #expect(after.status == 0, "killed after \(delay) s: \(after.stderr)")
      #expect(after.stdout == fresh.stdout, "killed after \(delay) s")
      #expect(!FileManager.default.fileExists(atPath: library + ".building"))
      // Start the next round from scratch: a fresh first analysis to kill.
      for suffix in ["", "-wal", "-shm"] { unlink(library + suffix) }
    }
    #expect(killedWhileRunning >= 2, "the corpus is analysed too fast to be killed mid-way")
  }

  @Test("a killed re-analysis leaves the previous analysis whole")
  func killDuringReanalysis() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let corpus = try Self.writeCorpus(in: folder, articles: 600)
    let library = folder.path + "/library.sqlite"
    let first = try StorylineProcess.run(["library", corpus, "--library", library])
    try #require(first.status == 0, "\(first.stderr)")
    _ = try Self.runKilled(["stories", corpus, "--library", library, "--rebuild"], after: 1.0)
    let after = try StorylineProcess.run(["library", corpus, "--library", library])
    #expect(after.status == 0, "\(after.stderr)")
    #expect(after.stdout.contains("articles  600"))
    #expect(after.stdout.contains("current"), "the killed rebuild left the old analysis whole")
  }

  @Test(
    "SIGKILL, SIGTERM or SIGINT at several points of an update; the next run completes it as if never stopped",
    arguments: [SIGKILL, SIGTERM, SIGINT])
  func killDuringUpdate(_ signal: Int32) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let first = try Self.writeCorpus(in: folder, articles: 500)
    let corpus = (first as NSString).deletingLastPathComponent
    let library = folder.path + "/library.sqlite"
    let start = try StorylineProcess.run(["library", corpus, "--library", library])
    try #require(start.status == 0, "\(start.stderr)")
    // NB: the library as the first run left it, its write-ahead log included if any.
    let saved = try Data(contentsOf: URL(fileURLWithPath: library))
    let savedLog = try? Data(contentsOf: URL(fileURLWithPath: library + "-wal"))
    func restore(_ path: String) throws {
      for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
      try saved.write(to: URL(fileURLWithPath: path))
      try savedLog?.write(to: URL(fileURLWithPath: path + "-wal"))
    }
    _ = try Self.writeCorpus(
      in: folder, articles: 300, file: "more.jsonl", seed: 7, firstID: 500)
    // The update done without a kill, on a copy of the library.
    let reference = folder.path + "/reference.sqlite"
    try restore(reference)
    let expected = try StorylineProcess.run([
      "stories", corpus, "--library", reference, "--format", "jsonl",
    ])
    try #require(expected.status == 0, "\(expected.stderr)")
    var killedWhileRunning = 0
    for delay in [0.2, 0.6, 1.2] {
      try restore(library)
      if try Self.runKilled(
        ["stories", corpus, "--library", library, "--format", "jsonl"], after: delay,
        signal: signal)
      {
        killedWhileRunning += 1
      }
      let after = try StorylineProcess.run([
        "stories", corpus, "--library", library, "--format", "jsonl",
      ])
      #expect(after.status == 0, "signal \(signal) after \(delay) s: \(after.stderr)")
      #expect(after.stdout == expected.stdout, "signal \(signal) after \(delay) s")
    }
    #expect(killedWhileRunning >= 1, "the update is too fast to be killed mid-way")
  }
}

/// A full disk, made with a small tmpfs (needs root and `mount`; skipped with a message where
/// they are missing).
@Suite("Library on a full disk")
struct FullDiskTests {
  /// A 3 MiB tmpfs mounted at a new folder, or `nil` when it cannot be mounted here.
  static func mountSmallDisk() -> String? {
    let folder = NSTemporaryDirectory() + "storyline-full-\(UUID().uuidString)"
    guard
      (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true))
        != nil
    else { return nil }
    let mount = Process()
    mount.executableURL = URL(fileURLWithPath: "/bin/mount")
    mount.arguments = ["-t", "tmpfs", "-o", "size=3M", "tmpfs", folder]
    mount.standardError = FileHandle.nullDevice
    guard (try? mount.run()) != nil else { return nil }
    mount.waitUntilExit()
    return mount.terminationStatus == 0 ? folder : nil
  }

  static func unmount(_ folder: String) {
    let unmount = Process()
    unmount.executableURL = URL(fileURLWithPath: "/bin/umount")
    unmount.arguments = [folder]
    try? unmount.run()
    unmount.waitUntilExit()
    try? FileManager.default.removeItem(atPath: folder)
  }

  @Test("an update on a full disk fails with one line and keeps the previous analysis")
  func updateOnAFullDisk() throws {
    guard let disk = Self.mountSmallDisk() else {
      print("skipped: a small tmpfs cannot be mounted here (needs root and mount)")
      return
    }
    defer { Self.unmount(disk) }
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let corpus = disk + "/corpus"
    try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
    try "Headline one\n\nThe council met on Monday and agreed the budget for the year."
      .write(toFile: corpus + "/one.txt", atomically: false, encoding: .utf8)
    let library = disk + "/library.sqlite"
    let first = try StorylineProcess.run(["library", corpus, "--library", library])
    try #require(first.status == 0, "\(first.stderr)")
    // The rest of the disk filled; the new input lies elsewhere.
    // NB: opened close-on-exec: a `storyline` another test starts meanwhile must not inherit
    // the descriptor, or the filler's space stays taken after it is deleted.
    let filler = disk + "/filler"
    let descriptor = open(filler, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
    try #require(descriptor >= 0)
    let block = [UInt8](repeating: 0, count: 64 << 10)
    while write(descriptor, block, block.count) > 0 {}
    close(descriptor)
    let extra = try Self.writeExtra(in: folder)
    let full = try StorylineProcess.run(["library", corpus, extra, "--library", library])
    #expect(full.status == 1)
    let lines = full.stderr.split(separator: "\n")
    #expect(lines.count == 1, "\(full.stderr)")
    #expect(full.stderr.contains("disk"), "\(full.stderr)")
    #expect(full.stderr.contains("keeps its previous analysis"), "\(full.stderr)")
    try FileManager.default.removeItem(atPath: filler)
    let after = try StorylineProcess.run(["library", corpus, "--library", library])
    #expect(after.status == 0, "\(after.stderr)")
    #expect(after.stdout.contains("articles  1 from 1 files"), "\(after.stdout)")
    #expect(after.stdout.contains("current"), "the failed update changed the library")
  }

  /// A JSON Lines file of a few hundred articles, big enough not to fit in what is left.
  static func writeExtra(in folder: TemporaryFolder) throws -> String {
    var lines: [String] = []
    for number in 0..<400 {
      let text = (0..<60).map { "word\($0 * number % 97) council budget" }.joined(separator: " ")
      lines.append(#"{"id": "extra-\#(number)", "text": "Report \#(number). \#(text)"}"#)
    }
    return try folder.write("extra.jsonl", lines.joined(separator: "\n"))
  }
}
