import Foundation
import StoryKit

/// How far two partitions of the same articles agree: pairwise and B-cubed precision, recall
/// and F1 of `other` against `reference`. Pairs are dominated by the largest stories; B-cubed
/// weighs every article alike.
struct PartitionAgreement: CustomStringConvertible {
  var pairPrecision = 1.0
  var pairRecall = 1.0
  var bPrecision = 1.0
  var bRecall = 1.0

  init(_ reference: [[ArticleID]], _ other: [[ArticleID]]) {
    let referenceLabel = Self.labels(reference)
    let otherLabel = Self.labels(other)
    var overlap: [Int64: Int] = [:]
    var referenceSize: [Int: Int] = [:]
    var otherSize: [Int: Int] = [:]
    for (id, r) in referenceLabel {
      guard let o = otherLabel[id] else { continue }
      overlap[Int64(r) << 32 | Int64(o), default: 0] += 1
      referenceSize[r, default: 0] += 1
      otherSize[o, default: 0] += 1
    }
    // Pairs from the contingency table: same story in both, in one, in the other.
    let choose2 = { (n: Int) in Double(n) * Double(n - 1) / 2 }
    let shared = overlap.values.reduce(0) { $0 + choose2($1) }
    let referencePairs = referenceSize.values.reduce(0) { $0 + choose2($1) }
    let otherPairs = otherSize.values.reduce(0) { $0 + choose2($1) }
    pairPrecision = otherPairs == 0 ? 1 : shared / otherPairs
    pairRecall = referencePairs == 0 ? 1 : shared / referencePairs
    var precision = 0.0
    var recall = 0.0
    for (id, r) in referenceLabel {
      guard let o = otherLabel[id] else { continue }
      let together = Double(overlap[Int64(r) << 32 | Int64(o)] ?? 0)
      precision += together / Double(otherSize[o] ?? 1)
      recall += together / Double(referenceSize[r] ?? 1)
    }
    let n = Double(max(1, overlap.values.reduce(0, +)))
    bPrecision = precision / n
    bRecall = recall / n
  }

  private static func labels(_ stories: [[ArticleID]]) -> [ArticleID: Int] {
    var label: [ArticleID: Int] = [:]
    for (number, story) in stories.enumerated() { for id in story { label[id] = number } }
    return label
  }

  static func f1(_ p: Double, _ r: Double) -> Double { p + r > 0 ? 2 * p * r / (p + r) : 0 }

  var description: String {
    "pairwise P \(format(pairPrecision, 3)) R \(format(pairRecall, 3)) F1 \(format(Self.f1(pairPrecision, pairRecall), 3)); "
      + "B-cubed P \(format(bPrecision, 3)) R \(format(bRecall, 3)) F1 \(format(Self.f1(bPrecision, bRecall), 3))"
  }
}

/// The records of JSON Lines files, one string a line (blank lines left out).
func jsonLines(_ paths: [String]) throws -> [String] {
  try paths.flatMap { path in
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
      .filter { !$0.allSatisfy(\.isWhitespace) }.map(String.init)
  }
}

/// A library fed the records of PATH… (JSON Lines) as N files, one at a time, each update
/// timed; then the same folder analysed afresh: how close the stories of the growing library
/// stay to a fresh analysis, and how many duplicate groups differ.
func benchmarkLibraryBatches(_ options: Options, batches: Int) throws {
  let configuration = try LibraryConfiguration.bundled()
  let records = try jsonLines(options.paths)
  let folder = NSTemporaryDirectory() + "storyline-batches-\(getpid())"
  let corpus = folder + "/corpus"
  try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(atPath: folder) }
  let size = (records.count + batches - 1) / max(1, batches)
  print(
    "library-batches: \(records.count) records of \(options.paths.joined(separator: ", ")) in \(batches) files"
  )
  for (number, start) in stride(from: 0, to: records.count, by: max(1, size)).enumerated() {
    let batch = records[start..<min(records.count, start + size)]
    try (batch.joined(separator: "\n") + "\n").write(
      toFile: corpus + "/batch\(number).jsonl", atomically: true, encoding: .utf8)
    let begin = now()
    let library = try Library.open(
      [corpus], location: .file(folder + "/library.sqlite"), configuration: configuration)
    print(
      "file \(number + 1): \(batch.count) records, \(format(now() - begin, 2)) s (\(library.openedAs)); \(try library.articleCount()) articles"
    )
  }
  let grown = try Library.open(
    [corpus], location: .file(folder + "/library.sqlite"), configuration: configuration)
  let fresh = try Library.open([corpus], location: .inMemory, configuration: configuration)
  let agreement = PartitionAgreement(
    try fresh.stories().map(\.articles), try grown.stories().map(\.articles))
  let freshGroups = Set(
    try fresh.duplicateGroups().map { [$0.original] + $0.copies.map(\.article) })
  let grownGroups = Set(
    try grown.duplicateGroups().map { [$0.original] + $0.copies.map(\.article) })
  print(
    "stories grown file by file vs fresh: \(agreement); stories \(try grown.storyCount()) vs \(try fresh.storyCount())"
  )
  print(
    "duplicate groups: \(grownGroups.count) vs \(freshGroups.count) fresh, \(grownGroups.intersection(freshGroups).count) identical"
  )
}

/// Adding N new files to the library of PATH… (copied to a temporary folder first, and
/// analysed once): the time of the update, of removing them again, of touching one input file
/// with its content unchanged, and of a reopen with nothing changed; medians over runs.
func benchmarkLibraryAdd(_ options: Options, count: Int, from source: String) throws {
  let configuration = try LibraryConfiguration.bundled()
  let folder = NSTemporaryDirectory() + "storyline-add-\(getpid())"
  let corpus = folder + "/corpus"
  let library = folder + "/library.sqlite"
  try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(atPath: folder) }
  for (number, path) in options.paths.enumerated() {
    try FileManager.default.copyItem(
      atPath: path, toPath: corpus + "/\(number)-" + (path as NSString).lastPathComponent)
  }
  let extra = try jsonLines([source])
  guard !extra.isEmpty else { throw CocoaError(.fileReadCorruptFile) }
  var begin = now()
  let first = try Library.open([corpus], location: .file(library), configuration: configuration)
  let articles = try first.articleCount()
  print(
    "library-add: \(articles) articles analysed in \(format(now() - begin, 2)) s; adding \(count) files of one article from \(source)"
  )
  var adds: [Double] = []
  var removes: [Double] = []
  var touches: [Double] = []
  var reopens: [Double] = []
  for run in 1...options.runs {
    for number in 0..<count {
      // NB: each run adds other articles (ids made unique), so nothing is found unchanged.
      let record = extra[(run * count + number) % extra.count]
        .replacingOccurrences(of: "\"id\": \"", with: "\"id\": \"run\(run)-\(number)-")
        .replacingOccurrences(of: "\"id\":\"", with: "\"id\":\"run\(run)-\(number)-")
      try (record + "\n").write(
        toFile: corpus + "/new-\(number).jsonl", atomically: true, encoding: .utf8)
    }
    begin = now()
    let clock = StageClock()
    let added = try Library.open(
      [corpus], location: .file(library), configuration: configuration,
      progress: { clock.observe($0) })
    clock.finish()
    adds.append(now() - begin)
    let stages = clock.seconds.map { "\($0.0.rawValue) \(format($0.1, 2))" }.joined(separator: ", ")
    let after = try added.articleCount()
    for number in 0..<count {
      try FileManager.default.removeItem(atPath: corpus + "/new-\(number).jsonl")
    }
    begin = now()
    let removed = try Library.open([corpus], location: .file(library), configuration: configuration)
    removes.append(now() - begin)
    let back = try removed.articleCount()
    // A file touched: new time, same content.
    let touched = corpus + "/0-" + ((options.paths[0]) as NSString).lastPathComponent
    try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: touched)
    begin = now()
    _ = try Library.open([corpus], location: .file(library), configuration: configuration)
    touches.append(now() - begin)
    begin = now()
    let reopened = try Library.open(
      [corpus], location: .file(library), configuration: configuration)
    _ = try reopened.stories(order: .newest, limit: 50)
    reopens.append(now() - begin)
    print(
      "run \(run): add \(format(adds.last ?? 0, 2)) s (\(after) articles; \(stages)), remove \(format(removes.last ?? 0, 2)) s (\(back)), touch \(format(touches.last ?? 0, 2)) s, reopen \(format((reopens.last ?? 0) * 1000, 0)) ms"
    )
  }
  print(
    "median: add \(count) files \(format(median(adds), 2)) s, remove them \(format(median(removes), 2)) s, touch a file \(format(median(touches), 2)) s, reopen to 50 stories \(format(median(reopens) * 1000, 0)) ms; peak memory \(format(peakMemoryMB(), 0)) MB"
  )
}
