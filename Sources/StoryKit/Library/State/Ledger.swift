/// The articles of the saved state (`LedgerEntry`), kept by serial (arrival order) and found
/// by id, saved in pieces by serial (`pieceSize` articles each), keeping track of the pieces
/// its changes touch, so an update writes again only those and keeps the rest as saved.
///
/// ```swift
/// var ledger = Ledger()
/// ledger[entry.id] = entry          // the piece of entry.serial is now changed
/// ledger.changedPieces              // [entry.serial / Ledger.pieceSize]
/// for entry in ledger.values { … }  // in serial order
/// ```
///
/// Kept by serial, not in a dictionary of entries: the entries come in arrival order without
/// sorting (the speaker directory reads them so), a saved piece is a slice, and reading a
/// saved state places each entry once.
struct Ledger: Sendable {
  /// Articles per saved piece (`ledger.0` holds serials 0 to 8191, …).
  static let pieceSize = 8192

  /// The entries by serial; `nil` where an article left (serials are not given again).
  private var slots: [LedgerEntry?] = []
  /// Each entry's serial, by id.
  private var serials: [ArticleID: Int] = [:]
  /// The pieces holding an entry that was added, changed or removed since the ledger was made
  /// (all of them for a new ledger, none for one read from a saved state).
  private(set) var changedPieces = Set<Int>()
  /// The articles whose outline (what their stories show) was set, changed or removed since
  /// the ledger was made or they were last taken (`takeChangedOutlines`).
  private var changedOutlines = Set<ArticleID>()
  /// Where the entries of a saved state record a body that could not be decoded.
  private var damage: LedgerEntry.Damage?

  /// An empty ledger.
  init() {}

  /// The entries of a saved state, none of them changed; should two share a serial, the
  /// later one stays. `damage` is where they record a body that could not be decoded.
  init(saved entries: [[LedgerEntry]], damage: LedgerEntry.Damage? = nil) {
    self.damage = damage
    let highest = entries.reduce(-1) { max($0, $1.last?.serial ?? -1) }
    slots = Array(repeating: nil, count: highest + 1)
    serials.reserveCapacity(entries.reduce(0) { $0 + $1.count })
    for piece in entries {
      for entry in piece where entry.serial >= 0 {
        // NB: placed directly, not through the subscript: nothing is changed yet.
        if let other = slots[entry.serial]?.id { serials[other] = nil }
        if let old = serials.updateValue(entry.serial, forKey: entry.id), old != entry.serial {
          slots[old] = nil
        }
        slots[entry.serial] = entry
      }
    }
  }

  /// The entry of an article; setting one marks its piece (and its old piece) changed.
  subscript(id: ArticleID) -> LedgerEntry? {
    get { serials[id].flatMap { slots[$0] } }
    set {
      // NB: an entry taken out is not decoded to be compared.
      let old = serials[id].flatMap { slots[$0] }
      if let newValue, old?.outline != newValue.outline {
        changedOutlines.insert(id)
      } else if newValue == nil, old != nil {
        changedOutlines.insert(id)
      }
      if let old = serials.removeValue(forKey: id) {
        changedPieces.insert(Self.piece(of: old))
        slots[old] = nil
      }
      guard let new = newValue, new.serial >= 0 else { return }
      changedPieces.insert(Self.piece(of: new.serial))
      if new.serial >= slots.count {
        slots += Array(repeating: nil, count: new.serial + 1 - slots.count)
      }
      // NB: serials are unique; an entry that held this one before leaves the ledger.
      if let other = slots[new.serial]?.id { serials[other] = nil }
      slots[new.serial] = new
      serials[id] = new.serial
    }
  }

  /// The articles whose outline was set, changed or removed since the ledger was made or this
  /// was last called; from then on, none.
  mutating func takeChangedOutlines() -> Set<ArticleID> {
    defer { changedOutlines = [] }
    return changedOutlines
  }

  /// Whether an entry of the saved state found its body damaged when it was read (it read as
  /// empty): the state is unusable, and the library is analysed afresh.
  var hasDamagedBody: Bool { damage?.isRecorded ?? false }

  /// The entry of `serial`, if an article holds it.
  func entry(serial: Int) -> LedgerEntry? {
    slots.indices.contains(serial) ? slots[serial] : nil
  }

  /// The entries, in serial order.
  var values: some Sequence<LedgerEntry> { slots.lazy.compactMap { $0 } }
  var keys: Dictionary<ArticleID, Int>.Keys { serials.keys }
  var count: Int { serials.count }
  var isEmpty: Bool { serials.isEmpty }

  /// The entries of `piece`, in serial order.
  func entries(of piece: Int) -> [LedgerEntry] {
    let range = Self.serials(of: piece).clamped(to: 0..<slots.count)
    return slots[range].compactMap { $0 }
  }

  /// The piece that holds `serial`.
  static func piece(of serial: Int) -> Int { serial / pieceSize }

  /// The serials `piece` holds.
  static func serials(of piece: Int) -> Range<Int> {
    piece * pieceSize..<(piece + 1) * pieceSize
  }
}
