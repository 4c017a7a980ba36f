import Foundation

/// The one way into Storyline's analysis: opens (or creates) the library for a set of inputs,
/// analyses them when they are new or changed, and answers every query the commands and the
/// reader ask.
///
/// Opening compares the inputs' fingerprints (path, size, modification time) and the analysis
/// version with what the library holds: when nothing changed, no file is read and opening is
/// instant; otherwise the pipeline (`AnalysisPipeline`: read → canonical order → clean → quotes
/// & speakers → near-duplicates → stories) runs and the result replaces the stored analysis in
/// one transaction, with its search index. Reading state (read, starred, position) is kept
/// across analyses.
///
/// One process analyses a library at a time: a second one waits for it (a lock file beside the
/// library) and then finds the library current.
///
/// ```swift
/// let library = try Library.open(["articles/"], configuration: try .bundled())
/// for story in try library.stories(limit: 20) { print(story.title) }
/// let hits = try library.search(SearchQuery(parsing: "lavrov talk"))
/// ```
public final class Library: Sendable {
  /// The rules and limits the analysis uses.
  public let configuration: LibraryConfiguration
  /// What opening did: found the library current, or analysed the inputs.
  public let openedAs: OpenResult
  let store: LibraryStore
  /// Stored PATH arguments spelled differently today (`./corpus` for `corpus`): the paths
  /// printed are rewritten to today's spelling, as a fresh analysis would print them.
  let pathRewrites: [(stored: String, current: String)]

  /// What `open` found and did.
  public enum OpenResult: Hashable, Sendable {
    /// The library was current; nothing was read.
    case current
    /// The inputs were analysed, for this reason.
    case analysed(reason: String)
  }

  private init(
    store: LibraryStore, configuration: LibraryConfiguration, openedAs: OpenResult,
    arguments: [(given: String, absolute: String)]
  ) throws(LibraryError) {
    self.store = store
    self.configuration = configuration
    self.openedAs = openedAs
    let stored = try store.arguments()
    var rewrites: [(stored: String, current: String)] = []
    for (given, absolute) in stored {
      if let current = arguments.first(where: { $0.absolute == absolute })?.given,
        current != given
      {
        rewrites.append((given, current))
      }
    }
    pathRewrites = rewrites
  }

  /// `path` as today's PATH arguments spell it.
  func rewritten(_ path: String) -> String {
    for rewrite in pathRewrites {
      if path == rewrite.stored { return rewrite.current }
      let stored = Self.withoutTrailingSlash(rewrite.stored) + "/"
      guard path.hasPrefix(stored) else { continue }
      return Self.withoutTrailingSlash(rewrite.current) + "/" + path.dropFirst(stored.count)
    }
    return path
  }

  private static func withoutTrailingSlash(_ path: String) -> String {
    var path = path
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    return path
  }

  /// The library file, or `nil` for a library kept nowhere (`LibraryLocation.inMemory`).
  public var file: String? { store.path }

  /// Opens the library for `paths` (files or folders), analysing them when the library is not
  /// current.
  ///
  /// - Parameters:
  ///   - paths: the PATH arguments.
  ///   - location: where the library lives (default: a file per set of inputs under
  ///     `$XDG_DATA_HOME/storyline/`).
  ///   - rebuild: analyse again even when current; replace a damaged or foreign file.
  ///   - configuration: rule files, limits, thresholds.
  ///   - progress: called with progress reports while analysing.
  /// - Throws: `LibraryError` when the file cannot be used.
  public static func open(
    _ paths: [String], location: LibraryLocation = .automatic, rebuild: Bool = false,
    configuration: LibraryConfiguration, progress: ProgressHandler? = nil
  ) throws(LibraryError) -> Library {
    let file: String? =
      switch location {
      case .automatic: LibraryLocation.defaultFile(for: paths)
      case .file(let path): LibraryLocation.absolutePath(path)
      case .inMemory: nil
      }
    // NB: the lock is held from before the file is created until the analysis is written, so
    // a second process never sees a half-made file and never analyses the same inputs twice.
    let lock = LibraryLock(libraryPath: file)
    try lock.acquire {
      progress?(LibraryProgress(stage: .waiting, done: 0, total: nil))
    }
    defer { lock.release() }
    // NB: a library that does not exist yet is written beside its place and renamed into it
    // once whole (`LibraryStore.init(building:)`).
    let isNew = file.map { !FileManager.default.fileExists(atPath: $0) } ?? false
    var built = false
    defer {
      // NB: a first analysis that failed leaves nothing behind.
      if isNew, !built, let file {
        LibraryStore.removeFiles(of: LibraryStore.buildingPath(for: file))
      }
    }
    var store: LibraryStore
    do {
      if isNew, let file {
        store = try LibraryStore(building: file)
      } else {
        store = try LibraryStore(path: file)
      }
    } catch let error {
      guard rebuild, let file, case .notALibrary = error else { throw error }
      for suffix in ["", "-wal", "-shm"] { unlink(file + suffix) }
      store = try LibraryStore(path: file)
    }
    /// Makes a new library's file the library and opens it (`LibraryStore.finishBuilding`).
    func finishIfNew() throws(LibraryError) {
      guard isNew, let file else { return }
      try store.finishBuilding()
      built = true
      store = try LibraryStore(path: file)
    }
    progress?(LibraryProgress(stage: .checking, done: 0, total: nil))
    let (files, problems) = InputCollector().collect(paths)
    let fingerprints = files.compactMap { FileFingerprint(path: $0.path) }
    let arguments = paths.map { (given: $0, absolute: LibraryLocation.absolutePath($0)) }
    let staleness =
      rebuild
      ? .stale("rebuild asked for")
      : try store.staleness(
        files: fingerprints, arguments: arguments.map(\.absolute),
        version: configuration.analysisVersion)
    if case .touched(let files) = staleness {
      // NB: the analysis holds; a library that cannot be written (a read-only folder) opens
      // all the same, and hashes the touched files again next time.
      try? store.recordTouched(files)
    }
    if staleness.holdsTheInputs {
      try finishIfNew()
      return try Library(
        store: store, configuration: configuration, openedAs: .current, arguments: arguments)
    }
    // NB: what the last update left in the write-ahead log goes into the file while this one
    // reads and analyses.
    store.checkpointInBackground()
    /// The work of an analysis of every file from the empty state.
    func freshWork() -> AnalysisWork {
      AnalysisWork(
        files: files, allFiles: files, problems: problems,
        state: AnalysisState(configuration: configuration), stored: .none, progress: progress)
    }
    var work = freshWork()
    var reason = "new library"
    var fresh = true
    switch staleness {
    case .current, .touched:
      break
    case .stale(let why):
      reason = why
    case .filesChanged(let changed, let gone):
      // NB: stored paths are spelled as the arguments were; read differently spelled
      // arguments afresh rather than mix two spellings in one library.
      let spelledAlike = try store.arguments().map(\.given) == paths
      if spelledAlike, let state = try store.savedState(configuration: configuration) {
        fresh = false
        reason = Self.describe(changed: changed, gone: gone)
        work.state = state
        work.stored = store.storedArticles
        work.files = files.filter { changed.contains(LibraryLocation.absolutePath($0.path)) }
        if !gone.isEmpty {
          var isGone: [String: Bool] = [:]
          for entry in state.ledger.values {
            let leaves =
              isGone[entry.path]
              ?? { () -> Bool in
                let leaves = gone.contains(LibraryLocation.absolutePath(entry.path))
                isGone[entry.path] = leaves
                return leaves
              }()
            if leaves { work.removed.insert(entry.id) }
          }
        }
        // Problems of the files not read again stay.
        let unchanged = Set(
          files.map(\.path).filter { !changed.contains(LibraryLocation.absolutePath($0)) })
        let kept = try store.storedProblems().filter { problem in
          unchanged.contains(problem.location)
            || unchanged.contains(where: { problem.location.hasPrefix($0 + ":") })
        }
        work.problems = problems + kept
      } else {
        reason =
          !spelledAlike
          ? "inputs spelled differently"
          : try store.savedStateFormat() != String(AnalysisState.format)
            ? "saved analysis state from another version of Storyline"
            : "saved analysis state unreadable"
      }
    }
    // NB: an analysis of more input than one batch holds goes in batches, so its memory stays
    // bounded (`AnalysisBatches`); an update counts only the files it reads.
    func planBatches(_ work: inout AnalysisWork) {
      let toRead = Set(work.files.map { LibraryLocation.absolutePath($0.path) })
      let inputBytes = Int(
        fingerprints.filter { toRead.contains($0.path) }.reduce(0) { $0 + $1.size })
      if inputBytes > configuration.batchSize.textBytes {
        work.batches = AnalysisBatches(size: configuration.batchSize, inputBytes: inputBytes)
      }
    }
    planBatches(&work)
    var quotesAhead: QuotesWrittenAhead?
    // NB: a stage that fails after the quotes' writer started leaves it running: it is waited
    // for before the file being built is discarded.
    defer { try? quotesAhead?.wait() }
    /// Runs the pipeline over `work`, writing each batch.
    func analyse(_ work: inout AnalysisWork) throws(LibraryError) {
      try AnalysisPipeline.run(
        &work, configuration: configuration,
        beforeStories: { work in quotesAhead = store.writeQuotesAhead(of: work, fresh: fresh) }
      ) { (work: inout AnalysisWork) throws(LibraryError) in
        // NB: fingerprints hold absolute paths; the files, the paths as reached from the
        // arguments.
        let read = Set(work.filesRead.map { LibraryLocation.absolutePath($0.path) })
        let provenance = LibraryStore.Provenance(
          files: fingerprints.filter { read.contains($0.path) }, arguments: arguments,
          version: configuration.analysisVersion)
        do throws(LibraryError) {
          work.state.rows = try store.apply(
            work, fresh: fresh, provenance: provenance, progress: progress,
            quotesAhead: quotesAhead)
        } catch let error {
          // NB: a file whose tables are not as its migrations promise opens, and fails only
          // when written: a rebuild replaces it then (reading state goes with it).
          guard rebuild, fresh, let file, case .notALibrary = error else { throw error }
          for suffix in ["", "-wal", "-shm"] { unlink(file + suffix) }
          store = try LibraryStore(path: file)
          work.state.rows = try store.apply(
            work, fresh: true, provenance: provenance, progress: progress)
        }
        fresh = false
        work.startNextBatch(stored: store.storedArticles)
      }
    }
    try analyse(&work)
    if work.savedStateUnreadable {
      // NB: found while the stages ran (a part read ahead), before anything was written.
      reason = "saved analysis state unreadable"
      fresh = true
      work = freshWork()
      planBatches(&work)
      try analyse(&work)
    }
    try finishIfNew()
    store.emptyLog()
    // NB: the state (hundreds of megabytes for 100k articles) is freed on a thread of its own.
    BackgroundRelease.release(&work, leaving: freshWork())
    return try Library(
      store: store, configuration: configuration, openedAs: .analysed(reason: reason),
      arguments: arguments)
  }

  /// `files 3 new or changed, 2 removed`, from what `staleness` found.
  private static func describe(changed: Set<String>, gone: Set<String>) -> String {
    var parts: [String] = []
    if !changed.isEmpty { parts.append("\(changed.count) new or changed") }
    if !gone.isEmpty { parts.append("\(gone.count) removed") }
    return "files " + parts.joined(separator: ", ")
  }
}
