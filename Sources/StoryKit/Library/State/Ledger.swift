/// The articles of the saved state (`LedgerEntry`, by id), saved in pieces by serial
/// (`pieceSize` articles each), keeping track of the pieces its changes touch, so an update
/// writes again only those and keeps the rest as saved.
///
/// ```swift
/// var ledger = Ledger()
/// ledger[entry.id] = entry          // the piece of entry.serial is now changed
/// ledger.changedPieces              // [entry.serial / Ledger.pieceSize]
/// ```
struct Ledger: Sendable {
  /// Articles per saved piece (`ledger.0` holds serials 0 to 8191, …).
  static let pieceSize = 8192

  private(set) var entries: [ArticleID: LedgerEntry] = [:]
  /// The pieces holding an entry that was added, changed or removed since the ledger was made
  /// (all of them for a new ledger, none for one read from a saved state).
  private(set) var changedPieces = Set<Int>()

  /// An empty ledger.
  init() {}

  /// The entries of a saved state, none of them changed.
  init(saved entries: [ArticleID: LedgerEntry]) {
    self.entries = entries
  }

  /// The entry of an article; setting one marks its piece (and its old piece) changed.
  subscript(id: ArticleID) -> LedgerEntry? {
    get { entries[id] }
    set {
      if let old = entries[id] { changedPieces.insert(Self.piece(of: old.serial)) }
      if let new = newValue { changedPieces.insert(Self.piece(of: new.serial)) }
      entries[id] = newValue
    }
  }

  var values: Dictionary<ArticleID, LedgerEntry>.Values { entries.values }
  var keys: Dictionary<ArticleID, LedgerEntry>.Keys { entries.keys }
  var count: Int { entries.count }
  var isEmpty: Bool { entries.isEmpty }

  /// The piece that holds `serial`.
  static func piece(of serial: Int) -> Int { serial / pieceSize }

  /// The serials `piece` holds.
  static func serials(of piece: Int) -> Range<Int> {
    piece * pieceSize..<(piece + 1) * pieceSize
  }
}
