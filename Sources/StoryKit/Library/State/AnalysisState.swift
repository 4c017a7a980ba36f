import Foundation

/// What the library keeps between analyses so that the next one does only the new work: the
/// ledger of articles, the corpus boilerplate tallies, the near-duplicate index and the story
/// index.
///
/// An analysis is always an update of a state: the first one starts from `empty`, later ones
/// from the state the library saved with the last analysis (`LibraryStore.state`), so added,
/// changed and removed files are applied without analysing the rest again.
///
/// Saved as compact binary (`BinaryWriter`) in the library, in the same transaction as the
/// analysis it belongs to.
struct AnalysisState: Sendable {
  /// The layout version of the saved state; a library holding another is analysed afresh.
  static let format = 3

  /// The articles, by id.
  var ledger: [ArticleID: LedgerEntry] = [:]
  var boilerplate = CorpusBoilerplate()
  var duplicates: DuplicateIndex
  var stories: StoryIndex
  /// The next free search-key serial.
  var nextSerial = 0
  /// What the tables hold, to write only what changed.
  var rows = StoredRows()
  /// The stories' titles, by their members.
  var titles = StoryCatalog.TitleCache()

  /// The state before any article.
  init(configuration: LibraryConfiguration) {
    duplicates = DuplicateIndex(detector: configuration.duplicates)
    stories = StoryIndex(stopWords: configuration.stopWords)
  }

  /// The parts of the saved state, each read on its own (on all cores).
  enum Part: String, CaseIterable, Sendable {
    case ledger, boilerplate, duplicates, stories, rows, titles
  }

  /// Articles of the ledger per piece (`ledger.0` holds serials 0 to 8191, …).
  static let ledgerPiece = 8192

  /// How the state is saved: the pieces to write now (each part, the ledger by ranges of
  /// serials `ledger.0`, `ledger.1`, …), and the LSH pieces kept as saved. The LSH buckets go
  /// as a base per band (`bands.0`, …), written again only when they are compacted, and a
  /// delta per update that added articles (`bandsDelta.0`, …; see `LSHBands`), so no piece is
  /// large and an update to a large library writes little of the index.
  var savePlan: (write: [String], keep: [String]) {
    var write = Part.allCases.map(\.rawValue) + (0..<ledgerPieces).map { "ledger.\($0)" }
    var keep: [String] = []
    let lsh = duplicates.lsh
    let bases = (0..<lsh.count).map { "bands.\($0)" }
    let deltas = (0..<lsh.deltaCount).map { "bandsDelta.\($0)" }
    if lsh.needsCompaction {
      write += bases
    } else {
      keep = bases + deltas
      if lsh.hasRecent { write.append("bandsDelta.\(lsh.deltaCount)") }
    }
    return (write, keep)
  }

  private var ledgerPieces: Int { (nextSerial + Self.ledgerPiece - 1) / Self.ledgerPiece }

  /// One piece's bytes (see `savePlan`). A library encodes and writes the pieces one at a time,
  /// so the state's saved form is never all in memory at once.
  func encode(piece: String) -> [UInt8] {
    var writer = BinaryWriter()
    if piece.hasPrefix("bands."), let band = Int(piece.dropFirst(6)) {
      duplicates.write(band: band, to: &writer)
      return writer.bytes
    }
    if piece.hasPrefix("bandsDelta.") {
      duplicates.lsh.writeDelta(to: &writer)
      return writer.bytes
    }
    if piece.hasPrefix("ledger."), let number = Int(piece.dropFirst(7)) {
      let serials = number * Self.ledgerPiece..<(number + 1) * Self.ledgerPiece
      let entries = ledger.values.filter { serials.contains($0.serial) }
      writer.write(entries.sorted { $0.serial < $1.serial }) { $1.write(to: &$0) }
      return writer.bytes
    }
    switch Part(rawValue: piece) {
    case .ledger:
      writer.write(nextSerial)
      writer.write(ledgerPieces)
    case .boilerplate: boilerplate.write(to: &writer)
    case .duplicates: duplicates.write(to: &writer)
    case .stories: stories.write(to: &writer)
    case .rows: rows.write(to: &writer)
    case .titles:
      writer.write(titles.titles.sorted { $0.key < $1.key }) { writer, entry in
        writer.writeFixed(entry.key)
        writer.write(entry.value)
      }
    case nil: break
    }
    return writer.bytes
  }

  /// One part, read.
  private enum Decoded: Sendable {
    case ledger(nextSerial: Int, [ArticleID: LedgerEntry])
    case boilerplate(CorpusBoilerplate)
    case duplicates(DuplicateIndex)
    case stories(StoryIndex)
    case rows(StoredRows)
    case titles(StoryCatalog.TitleCache)
    case damaged
  }

  /// The state saved as `parts` (by piece name), read on all cores.
  init(parts: [String: Data], configuration: LibraryConfiguration) throws(BinaryReader.Damaged) {
    self.init(configuration: configuration)
    let decoded = Part.allCases.parallelMap { part -> Decoded in
      guard let data = parts[part.rawValue] else { return .damaged }
      var reader = BinaryReader(data)
      do {
        switch part {
        case .ledger:
          let nextSerial = try reader.int()
          let pieces = try reader.int()
          var ledger: [ArticleID: LedgerEntry] = [:]
          ledger.reserveCapacity(nextSerial)
          for number in 0..<pieces {
            guard let data = parts["ledger.\(number)"] else { return .damaged }
            var piece = BinaryReader(data)
            let count = try piece.count()
            for _ in 0..<count {
              let entry = try LedgerEntry(from: &piece)
              ledger[entry.id] = entry
            }
          }
          return .ledger(nextSerial: nextSerial, ledger)
        case .boilerplate: return .boilerplate(try CorpusBoilerplate(from: &reader))
        case .duplicates:
          let bands = (0..<DuplicateDetector.bands).compactMap { parts["bands.\($0)"] }
          var deltas: [Data] = []
          while let delta = parts["bandsDelta.\(deltas.count)"] { deltas.append(delta) }
          return .duplicates(
            try DuplicateIndex(
              from: &reader, bands: bands, deltas: deltas, detector: configuration.duplicates))
        case .stories:
          return .stories(try StoryIndex(from: &reader, stopWords: configuration.stopWords))
        case .rows: return .rows(try StoredRows(from: &reader))
        case .titles:
          var cache = StoryCatalog.TitleCache()
          let count = try reader.count()
          for _ in 0..<count { cache.titles[try reader.fixed()] = try reader.string() }
          return .titles(cache)
        }
      } catch {
        return .damaged
      }
    }
    for part in decoded {
      switch part {
      case .ledger(let nextSerial, let ledger):
        self.nextSerial = nextSerial
        self.ledger = ledger
      case .boilerplate(let boilerplate): self.boilerplate = boilerplate
      case .duplicates(let duplicates): self.duplicates = duplicates
      case .stories(let stories): self.stories = stories
      case .rows(let rows): self.rows = rows
      case .titles(let titles): self.titles = titles
      case .damaged: throw BinaryReader.Damaged()
      }
    }
  }
}
