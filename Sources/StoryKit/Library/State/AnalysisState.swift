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
/// analysis it belongs to, piece by piece (`savePlan`), each piece as chunks cut by content
/// (`StateChunks`, `LibraryStore.saveState`).
struct AnalysisState: Sendable {
  /// The layout version of the saved state; a library holding another is analysed afresh.
  static let format = 12

  /// The articles, by id.
  var ledger = Ledger()
  var boilerplate = CorpusBoilerplate()
  var duplicates: DuplicateIndex
  var stories: StoryIndex
  /// The next free search-key serial.
  var nextSerial = 0
  /// What the tables hold, to write only what changed.
  var rows = StoredRows()
  /// The stories' titles and shapes, by their members, and their related stories.
  var titles = StoryCatalog.AssemblyCache()
  /// The speakers as last built, by their clusters' labels.
  var speakers = SpeakerDirectory.SpeakerCache()
  /// The speakers' clusters, for an update to cluster again only what it reaches.
  var clusters = SpeakerClusters()
  /// The parts still being read on a thread of their own, when this state was just read
  /// from a library (`init(parts:configuration:readingAhead:)`); `nil` once they are in place.
  private var readAhead: WorkedAhead<[Decoded]>?
  /// Whether a part read ahead could not be read (`finishReading`): the state is unusable.
  private var readAheadFailed = false

  /// The state before any article.
  init(configuration: LibraryConfiguration) {
    duplicates = DuplicateIndex(detector: configuration.duplicates)
    stories = StoryIndex(stopWords: configuration.stopWords)
  }

  /// The parts of the saved state, each read on its own (on all cores).
  enum Part: String, CaseIterable, Sendable {
    case ledger, boilerplate, duplicates, stories, rows, titles, speakers, clusters
  }

  /// How the state is saved: the pieces to write now and the pieces kept as saved. The ledger
  /// goes in pieces by serial (`ledger.0`, `ledger.1`, …; see `Ledger`), written again only
  /// when an entry in them changed. The LSH buckets go as a base per band (`bands.0`, …),
  /// written again only when they are compacted, and a delta per update that added articles
  /// (`bandsDelta.0`, …; see `LSHBands`), so no piece is large and an update to a large
  /// library writes little of the ledger and the index. The speakers' link keys go the same
  /// way: their base (`clusterKeys`) is written again only when made anew (built or
  /// compacted), the entries since with the clusters (see `SpeakerClusters`).
  ///
  /// - Parameter everything: write every piece (the library holds none of them yet).
  func savePlan(everything: Bool) -> (write: [String], keep: [String]) {
    var write = Part.allCases.map(\.rawValue)
    var keep: [String] = []
    for piece in 0..<ledgerPieces {
      if everything || ledger.changedPieces.contains(piece) {
        write.append("ledger.\(piece)")
      } else {
        keep.append("ledger.\(piece)")
      }
    }
    let lsh = duplicates.lsh
    let bases = (0..<lsh.count).map { "bands.\($0)" }
    let deltas = (0..<lsh.deltaCount).map { "bandsDelta.\($0)" }
    if everything || clusters.needsWritingBase {
      write.append("clusterKeys")
    } else {
      keep.append("clusterKeys")
    }
    if everything || lsh.needsCompaction {
      write += bases
    } else {
      keep += bases + deltas
      if lsh.hasRecent { write.append("bandsDelta.\(lsh.deltaCount)") }
    }
    return (write, keep)
  }

  private var ledgerPieces: Int { (nextSerial + Ledger.pieceSize - 1) / Ledger.pieceSize }

  /// One piece's bytes (see `savePlan`). A library encodes and writes a few pieces at a time
  /// (one per core), so the state's saved form is never all in memory at once.
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
    if piece == "clusterKeys" {
      clusters.writeKeys(to: &writer)
      return writer.bytes
    }
    if piece.hasPrefix("ledger."), let number = Int(piece.dropFirst(7)) {
      writer.write(ledger.entries(of: number)) { $1.write(to: &$0) }
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
      writer.write(titles.entries.sorted { $0.key < $1.key }) { writer, entry in
        writer.writeFixed(entry.key)
        writer.write(entry.value.title)
        writer.writeFixed(entry.value.shape)
      }
      writer.write(titles.related.entries.sorted { $0.key < $1.key }) { writer, entry in
        writer.writeFixed(entry.key)
        writer.writeFixedWidth(entry.value.terms)
        writer.write(entry.value.bar)
        writer.write(entry.value.related) { $0.writeFixed($1) }
      }
    case .speakers:
      writer.write(speakers.entries.sorted { $0.key < $1.key }) { writer, entry in
        writer.writeFixed(entry.key)
        writer.write(entry.value.speaker)
        writer.write(entry.value.familiarity.sorted { $0.key < $1.key }) { writer, read in
          writer.write(read.key)
          writer.write(read.value)
        }
        writer.writeFixed(entry.value.members)
        writer.write(entry.value.readAsPerson)
      }
    case .clusters: clusters.write(to: &writer)
    case nil: break
    }
    return writer.bytes
  }

  /// The parts the stages before the near-duplicates do not read, and the largest, largest
  /// first: a library reads them on a thread of their own while those stages run
  /// (`finishReading`).
  static let partsReadAhead: [Part] = [.duplicates, .stories, .rows]

  /// Puts in place the parts still being read ahead, waiting for them if need be; `false`
  /// when one of them cannot be read (the saved state is unreadable: analyse afresh), and
  /// from then on.
  ///
  /// The pipeline calls it before the first stage that reads those parts
  /// (`AnalysisStage.readsReadAheadParts`) and before the state is written.
  mutating func finishReading() -> Bool {
    guard let readAhead else { return !readAheadFailed }
    self.readAhead = nil
    for part in readAhead.value() where !place(part) {
      readAheadFailed = true
      return false
    }
    return true
  }

  /// Puts one decoded part in place; `false` for a damaged one (or a piece of the ledger).
  private mutating func place(_ part: Decoded) -> Bool {
    switch part {
    case .boilerplate(let boilerplate): self.boilerplate = boilerplate
    case .duplicates(let duplicates): self.duplicates = duplicates
    case .stories(let stories): self.stories = stories
    case .rows(let rows): self.rows = rows
    case .titles(let titles): self.titles = titles
    case .speakers(let speakers): self.speakers = speakers
    case .clusters(let clusters): self.clusters = clusters
    case .ledger, .damaged: return false
    }
    return true
  }

  /// One part, or one piece of the ledger, read.
  private enum Decoded: Sendable {
    case ledger([LedgerEntry])
    case boilerplate(CorpusBoilerplate)
    case duplicates(DuplicateIndex)
    case stories(StoryIndex)
    case rows(StoredRows)
    case titles(StoryCatalog.AssemblyCache)
    case speakers(SpeakerDirectory.SpeakerCache)
    case clusters(SpeakerClusters)
    case damaged
  }

  /// What to read: a part (the ledger's stands for its header), or a piece of the ledger.
  private enum Task: Sendable {
    case part(Part)
    case ledgerPiece(Int)
  }

  /// The state saved as `parts` (by piece name), read on all cores, the ledger's pieces apart.
  ///
  /// - Parameter readingAhead: leave the parts `partsReadAhead` lists to a thread of their own and
  ///   return at once; `finishReading()` puts them in place (and tells whether they could be
  ///   read). Otherwise every part is read before this returns.
  init(
    parts: [String: [UInt8]], configuration: LibraryConfiguration, readingAhead: Bool = false
  ) throws(BinaryReader.Damaged) {
    self.init(configuration: configuration)
    guard let header = parts[Part.ledger.rawValue] else { throw BinaryReader.Damaged() }
    var reader = BinaryReader(header)
    let nextSerial = try reader.int()
    let pieces = try reader.int()
    guard pieces >= 0, pieces <= nextSerial / Ledger.pieceSize + 1 else {
      throw BinaryReader.Damaged()
    }
    // NB: the parts first, the largest leading, so the cores share them and the ledger's many
    // small pieces fill in after; read ahead, the largest go to a thread of their own.
    let largest = Self.partsReadAhead
    let others = Part.allCases.filter { $0 != .ledger && !largest.contains($0) }
    let ahead = readingAhead ? largest : []
    let tasks =
      (largest.filter { !ahead.contains($0) } + others).map { Task.part($0) }
      + (0..<pieces).map { Task.ledgerPiece($0) }
    if !ahead.isEmpty {
      let aheadParts = parts.filter { !$0.key.hasPrefix("ledger") }
      readAhead = WorkedAhead(name: "storyline state") {
        ahead.parallelMap { part in
          (try? Self.decode(part, parts: aheadParts, configuration: configuration)) ?? .damaged
        }
      }
    }
    let damage = LedgerEntry.Damage()
    let decoded = tasks.parallelMap { task -> Decoded in
      do {
        switch task {
        case .ledgerPiece(let number):
          guard let data = parts["ledger.\(number)"] else { return .damaged }
          var piece = BinaryReader(data)
          let count = try piece.count()
          var entries: [LedgerEntry] = []
          entries.reserveCapacity(count)
          for _ in 0..<count { entries.append(try LedgerEntry(from: &piece, damage: damage)) }
          return .ledger(entries)
        case .part(let part):
          return try Self.decode(part, parts: parts, configuration: configuration)
        }
      } catch {
        return .damaged
      }
    }
    var saved: [[LedgerEntry]] = []
    for part in decoded {
      if case .ledger(let entries) = part {
        saved.append(entries)
      } else if !place(part) {
        throw BinaryReader.Damaged()
      }
    }
    self.nextSerial = nextSerial
    self.ledger = Ledger(saved: saved, damage: damage)
  }

  /// One part other than the ledger, read.
  private static func decode(
    _ part: Part, parts: [String: [UInt8]], configuration: LibraryConfiguration
  ) throws(BinaryReader.Damaged) -> Decoded {
    guard let data = parts[part.rawValue] else { return .damaged }
    var reader = BinaryReader(data)
    switch part {
    case .ledger: return .damaged
    case .boilerplate: return .boilerplate(try CorpusBoilerplate(from: &reader))
    case .duplicates:
      let bands = (0..<DuplicateDetector.bands).compactMap { parts["bands.\($0)"] }
      var deltas: [[UInt8]] = []
      while let delta = parts["bandsDelta.\(deltas.count)"] { deltas.append(delta) }
      return .duplicates(
        try DuplicateIndex(
          from: &reader, bands: bands, deltas: deltas, detector: configuration.duplicates))
    case .stories:
      return .stories(try StoryIndex(from: &reader, stopWords: configuration.stopWords))
    case .rows: return .rows(try StoredRows(from: &reader))
    case .titles:
      var cache = StoryCatalog.AssemblyCache()
      let count = try reader.count()
      for _ in 0..<count {
        let key = try reader.fixed()
        cache.entries[key] = StoryCatalog.AssemblyCache.Entry(
          title: try reader.string(), shape: try reader.fixed())
      }
      let related = try reader.count()
      cache.related.entries.reserveCapacity(related)
      for _ in 0..<related {
        let key: UInt64 = try reader.fixed()
        cache.related.entries[key] = RelatedStories.Entry(
          terms: try reader.fixedWidth(UInt32.self), bar: try reader.int(),
          related: try reader.array { reader throws(BinaryReader.Damaged) in try reader.fixed() })
      }
      return .titles(cache)
    case .speakers:
      var cache = SpeakerDirectory.SpeakerCache()
      let count = try reader.count()
      for _ in 0..<count {
        let key = try reader.fixed()
        let speaker = try reader.speaker()
        var familiarity: [String: Int] = [:]
        let reads = try reader.count()
        for _ in 0..<reads { familiarity[try reader.string()] = try reader.int() }
        cache.entries[key] = SpeakerDirectory.SpeakerCache.Entry(
          speaker: speaker, familiarity: familiarity, members: try reader.fixed(),
          readAsPerson: try reader.bool())
      }
      return .speakers(cache)
    case .clusters:
      guard let keys = parts["clusterKeys"] else { throw BinaryReader.Damaged() }
      return .clusters(try SpeakerClusters(from: &reader, keys: keys))
    }
  }
}
