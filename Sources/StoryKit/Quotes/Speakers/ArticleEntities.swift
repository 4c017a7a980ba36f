/// The people and organisations one article mentions, and where: what pronouns, role phrases
/// and surnames are resolved against.
struct ArticleEntities: Sendable {
  /// One person, organisation or described speaker of the article.
  struct Entity: Hashable, Sendable {
    var kind: SpeakerKind
    /// The fullest name seen (`Sergei Lavrov`), or the describing phrase.
    var name: String { didSet { keys = Keys(name: name, forms: forms) } }
    /// Every form that named it in this article (`Lavrov`, `Lavorv`); see `addForm(_:)`.
    private(set) var forms: [String]
    /// Roles seen with it (`Russian Foreign Minister`), lower-cased words for matching kept too.
    var roles: [String]
    var gender: Gender?
    /// Whether the text shows it is a person or organisation (a role, a title, a known first
    /// name, or a quotation), rather than a capitalised word group that may be a place.
    var confirmed: Bool

    /// Lower-cased look-up keys, kept in step with `name` and `forms`.
    private(set) var keys: Keys

    init(
      kind: SpeakerKind, name: String, forms: [String], roles: [String], gender: Gender?,
      confirmed: Bool
    ) {
      self.kind = kind
      self.name = name
      self.forms = forms
      self.roles = roles
      self.gender = gender
      self.confirmed = confirmed
      self.keys = Keys(name: name, forms: forms)
    }

    /// Adds a form that names it, keeping `keys` in step.
    mutating func addForm(_ form: String) {
      forms.append(form)
      // NB: the same keys as made afresh: only the new form's lower case is new.
      keys.all.insert(form.lowercased())
    }

    /// The last word of a person's name.
    var surname: String? {
      kind == .person ? name.splitOnSpaces().last.map(String.init) : nil
    }

    /// Lower-cased forms of an entity's name, for fast look-ups.
    struct Keys: Hashable, Sendable {
      var all: Set<String>
      var first: String?
      var last: String?
      var words: Int

      init(name: String, forms: [String]) {
        let lower = name.lowercased()
        var all = Set<String>(minimumCapacity: forms.count + 1)
        all.insert(lower)
        for form in forms { all.insert(form.lowercased()) }
        self.all = all
        if let ascii = Self.asciiWords(lower) {
          first = ascii.count > 1 ? ascii.first : nil
          last = ascii.last
          words = ascii.count
        } else {
          let words = lower.split(separator: " ")
          first = words.count > 1 ? words.first.map(String.init) : nil
          last = words.last.map(String.init)
          self.words = words.count
        }
      }

      /// The number of space-separated words of an ASCII string, with its first and last word;
      /// `nil` when the string is not ASCII.
      ///
      /// NB: the same as `split(separator: " ")`, which compares `Character`s and is slow; in
      /// ASCII text no character holds a space but the space itself.
      private static func asciiWords(_ text: String) -> (count: Int, first: String?, last: String?)?
      {
        var text = text
        return text.withUTF8 { bytes -> (count: Int, first: String?, last: String?)? in
          var count = 0
          var firstRange: Range<Int>?
          var lastRange: Range<Int>?
          var start: Int?
          for index in 0...bytes.count {
            let byte: UInt8 = index < bytes.count ? bytes[index] : 0x20
            if byte >= 0x80 { return nil }
            if byte == 0x20 {
              if let wordStart = start {
                count += 1
                if firstRange == nil { firstRange = wordStart..<index }
                lastRange = wordStart..<index
                start = nil
              }
            } else if start == nil {
              start = index
            }
          }
          func word(_ range: Range<Int>?) -> String? {
            range.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
          }
          return (count, word(firstRange), word(lastRange))
        }
      }
    }
  }

  /// A place in the text that names an entity.
  struct Mention: Hashable, Sendable {
    var entity: Int
    /// The token where the mention starts (mentions are kept in token order).
    var token: Int
    /// Whether the entity speaks there (a speaker of a quote).
    var isSpeaker: Bool
  }

  private(set) var entities: [Entity] = []
  private(set) var mentions: [Mention] = []
  /// The mentions where an entity speaks, in token order (a subset of `mentions`).
  private(set) var speakerMentions: [Mention] = []
  /// The first token where each entity speaks, so `hasSpoken` is a lookup.
  private var firstSpoken: [Int: Int] = [:]
  /// Indexes for `find`: every lower-cased form, surname and first name, to entity ids.
  private var byForm: [String: [Int]] = [:]
  private var bySurname: [String: [Int]] = [:]
  private var byFirstName: [String: [Int]] = [:]

  private mutating func index(_ id: Int) {
    let keys = entities[id].keys
    // NB: one hash per key: the `default:` subscript finds or makes the entry in place.
    for form in keys.all { Self.add(id, to: &byForm[form, default: []]) }
    if let last = keys.last { Self.add(id, to: &bySurname[last, default: []]) }
    if let first = keys.first { Self.add(id, to: &byFirstName[first, default: []]) }
  }

  /// Appends `id` to an index entry that doesn't hold it yet.
  private static func add(_ id: Int, to ids: inout [Int]) {
    if !ids.contains(id) { ids.append(id) }
  }

  /// Adds a mention, keeping mentions in token order.
  ///
  /// NB: mentions arrive almost in order; one out of order is placed by binary search.
  mutating func mention(_ entity: Int, at token: Int, isSpeaker: Bool = false) {
    let mention = Mention(entity: entity, token: token, isSpeaker: isSpeaker)
    // NB: a speaker found where the entity was already mentioned marks that mention.
    let at = mentions.partitioningIndex { $0.token >= token }
    if at < mentions.count, mentions[at].token == token, mentions[at].entity == entity {
      guard isSpeaker, !mentions[at].isSpeaker else { return }
      mentions[at].isSpeaker = true
    } else {
      Self.insert(mention, into: &mentions)
    }
    guard isSpeaker else { return }
    Self.insert(mention, into: &speakerMentions)
    firstSpoken[entity] = min(firstSpoken[entity] ?? token, token)
  }

  private static func insert(_ mention: Mention, into list: inout [Mention]) {
    if let last = list.last, last.token > mention.token {
      list.insert(mention, at: list.partitioningIndex { $0.token > mention.token })
    } else {
      list.append(mention)
    }
  }

  /// The index in `mentions` of the last mention before `token`, if any (binary search).
  func lastMentionIndex(before token: Int) -> Int? {
    let index = mentions.partitioningIndex { $0.token >= token }
    return index > 0 ? index - 1 : nil
  }

  /// Whether any mention starts at a token in `range`.
  func hasMention(in range: Range<Int>) -> Bool {
    let index = mentions.partitioningIndex { $0.token >= range.lowerBound }
    return index < mentions.count && mentions[index].token < range.upperBound
  }

  /// Whether an entity that `accepts` is mentioned in `range`.
  func hasMention(in range: Range<Int>, where accepts: (Entity) -> Bool) -> Bool {
    var index = mentions.partitioningIndex { $0.token >= range.lowerBound }
    while index < mentions.count, mentions[index].token < range.upperBound {
      if accepts(entities[mentions[index].entity]) { return true }
      index += 1
    }
    return false
  }

  /// The latest mention before `token` where an entity that `accepts` speaks.
  func latestSpeakerMention(before token: Int, where accepts: (Entity) -> Bool) -> Mention? {
    latestSpeakerMention(before: token) { accepts(entities[$0.entity]) }
  }

  /// The entity registered last of those that `accepts` (its id).
  func last(where accepts: (Entity) -> Bool) -> Int? {
    entities.indices.last { accepts(entities[$0]) }
  }

  /// The latest mention before `token` where `entity` speaks.
  func latestSpeakerMention(before token: Int, of entity: Int) -> Mention? {
    latestSpeakerMention(before: token) { $0.entity == entity }
  }

  /// The latest speaker mention before `token` that `matches`, looking back from `token`.
  private func latestSpeakerMention(before token: Int, matching matches: (Mention) -> Bool)
    -> Mention?
  {
    var index = speakerMentions.partitioningIndex { $0.token >= token }
    while index > 0 {
      index -= 1
      if matches(speakerMentions[index]) { return speakerMentions[index] }
    }
    return nil
  }

  subscript(id: Int) -> Entity {
    get { entities[id] }
    set {
      // NB: re-index only when the names changed; most updates add a role or a gender.
      let renamed =
        entities[id].name != newValue.name || entities[id].forms.count != newValue.forms.count
      entities[id] = newValue
      if renamed { index(id) }
    }
  }

  /// Adds an entity; returns its id.
  mutating func add(_ entity: Entity) -> Int {
    entities.append(entity)
    index(entities.count - 1)
    return entities.count - 1
  }

  /// Whether the entity has spoken (been a quote's speaker) before `token`.
  func hasSpoken(_ entity: Int, before token: Int) -> Bool {
    (firstSpoken[entity] ?? Int.max) < token
  }

  /// The entity a full name or surname names, if one fits.
  ///
  /// A full name matches an entity with the same name, or the same surname and a first name
  /// that is a spelling variant (`Sergey` for `Sergei`); a single word matches the surname (or
  /// first name) of one entity, or, failing that, a surname one edit away (`Lavorv`) when no
  /// other entity is as close.
  func find(name words: [String], kind: SpeakerKind, allowMisspelling: Bool = true) -> Int? {
    guard !words.isEmpty else { return nil }
    let lowerWords = words.map { $0.lowercased() }
    let lowerName = lowerWords.count == 1 ? lowerWords[0] : lowerWords.joined(separator: " ")
    // NB: ids in the indexes may be stale (an entity renamed); each candidate is re-checked.
    if let exact = byForm[lowerName]?.last(where: { entities[$0].keys.all.contains(lowerName) }) {
      return exact
    }
    guard kind != .described, kind != .group, kind != .document, let lowerLast = lowerWords.last
    else { return nil }
    // NB: "the last of the sorted ids that fit" is the greatest id that fits; ids in an index
    // entry are distinct.
    let sameSurname = bySurname[lowerLast] ?? []
    func isSameSurname(_ index: Int) -> Bool {
      entities[index].kind == .person && entities[index].keys.last == lowerLast
    }
    if words.count == 1 {
      if let match = Self.greatest(in: sameSurname, where: isSameSurname) { return match }
      // `the Commission` after `the European Commission`: the organisation last named whose
      // name ends with the word, when that word is its head (every word capitalised: not
      // `Commission for Asia and the Pacific`).
      if kind == .organisation,
        let match = Self.greatest(
          in: sameSurname,
          where: { index in
            let name = entities[index].name
            return entities[index].kind == .organisation && entities[index].keys.last == lowerLast
              && name.contains(" ")
              && name.splitOnSpaces().allSatisfy { $0.first?.isUppercase ?? false }
          })
      {
        return match
      }
      // A first name alone (`Kim`) names the person introduced with it.
      if let match = Self.greatest(
        in: byFirstName[lowerLast] ?? [],
        where: {
          entities[$0].kind == .person && entities[$0].confirmed
            && entities[$0].keys.first == lowerLast
        })
      {
        return match
      }
      // A misspelt surname: one edit away from exactly one entity's surname.
      guard allowMisspelling, lowerLast.count >= 5 else { return nil }
      var only: Int?
      var several = false
      for (surname, ids) in bySurname where EditDistance.isWithinOne(surname, lowerLast) {
        for id in ids where entities[id].kind == .person && entities[id].keys.last == surname {
          if let only, only != id { several = true }
          if only == nil { only = id }
        }
      }
      return several ? nil : only
    }
    // A full name: same surname and a compatible first name.
    let first = lowerWords[0]
    return Self.greatest(in: sameSurname) { index in
      guard isSameSurname(index) else { return false }
      guard let otherFirst = entities[index].keys.first else { return true }
      return otherFirst == first || EditDistance.isWithinOne(otherFirst, first)
        || otherFirst.hasPrefix(first) || first.hasPrefix(otherFirst)
    }
  }

  /// The greatest of `ids` that `fits`, if any.
  private static func greatest(in ids: [Int], where fits: (Int) -> Bool) -> Int? {
    var best: Int?
    for id in ids where fits(id) && id > (best ?? Int.min) { best = id }
    return best
  }

  /// The latest mentions before `token` of distinct entities that `accepts`, newest first: at
  /// most `limit`, scanning back while `reaches` holds for a mention (told how many were found
  /// so far), and, once one is found, at most `window` tokens. The candidates a pronoun or a
  /// description (`the company`) may stand for.
  func recentMentions(
    before token: Int, limit: Int, window: Int = 600,
    reaching reaches: (Mention, _ found: Int) -> Bool, where accepts: (Entity) -> Bool
  ) -> [Mention] {
    var found: [Mention] = []
    var position = lastMentionIndex(before: token)
    while let current = position, found.count < limit {
      let mention = mentions[current]
      // NB: at most `window` tokens back once one is found: a sentence that mentions one
      // person thousands of times is not read back to its start for each pronoun.
      guard reaches(mention, found.count), found.isEmpty || token - mention.token <= window
      else { break }
      if accepts(entities[mention.entity]), !found.contains(where: { $0.entity == mention.entity })
      {
        found.append(mention)
      }
      position = current > 0 ? current - 1 : nil
    }
    return found
  }

  /// The latest mention before `token` of an entity that `accepts`, scanning back at most
  /// `window` tokens.
  func latestMention(before token: Int, window: Int = 600, where accepts: (Entity) -> Bool)
    -> Mention?
  {
    var position = lastMentionIndex(before: token)
    while let current = position {
      let mention = mentions[current]
      if token - mention.token > window { return nil }
      if accepts(entities[mention.entity]) { return mention }
      position = current > 0 ? current - 1 : nil
    }
    return nil
  }
}

/// Edit distances for matching misspelt and transliterated names.
enum EditDistance {
  /// Whether two words are at most one edit apart: one letter inserted, deleted, replaced, or
  /// two neighbours swapped (`Lavrov`/`Lavorv`, `Sergei`/`Sergey`).
  static func isWithinOne(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    guard abs(a.utf8.count - b.utf8.count) <= 4 else { return false }
    // NB: ASCII words are compared on their bytes, which are their scalars: no arrays made.
    var a = a
    var b = b
    let ascii = a.withUTF8 { x in
      b.withUTF8 { y -> Bool? in
        guard x.allSatisfy({ $0 < 0x80 }), y.allSatisfy({ $0 < 0x80 }) else { return nil }
        if abs(x.count - y.count) > 1 { return false }
        return isWithinOne(x, y)
      }
    }
    if let ascii { return ascii }
    // Words more than one letter apart in length are more than one edit apart.
    if abs(a.unicodeScalars.count - b.unicodeScalars.count) > 1 { return false }
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    if x == y { return true }
    if abs(x.count - y.count) > 1 { return false }
    var i = 0
    while i < min(x.count, y.count) && x[i] == y[i] { i += 1 }
    if x.count == y.count {
      // One replacement, or one swap of neighbours.
      if Array(x[(i + 1)...]) == Array(y[(i + 1)...]) { return true }
      return i + 1 < x.count && x[i] == y[i + 1] && x[i + 1] == y[i]
        && Array(x[(i + 2)...]) == Array(y[(i + 2)...])
    }
    // One insertion or deletion.
    let (longer, shorter) = x.count > y.count ? (x, y) : (y, x)
    return Array(longer[(i + 1)...]) == Array(shorter[i...])
  }

  /// `isWithinOne` over two sequences of scalars (or ASCII bytes) no more than one apart in
  /// length.
  private static func isWithinOne<Element: Equatable>(
    _ x: UnsafeBufferPointer<Element>, _ y: UnsafeBufferPointer<Element>
  ) -> Bool {
    if x.elementsEqual(y) { return true }
    var i = 0
    while i < min(x.count, y.count) && x[i] == y[i] { i += 1 }
    if x.count == y.count {
      // One replacement, or one swap of neighbours.
      if x[(i + 1)...].elementsEqual(y[(i + 1)...]) { return true }
      return i + 1 < x.count && x[i] == y[i + 1] && x[i + 1] == y[i]
        && x[(i + 2)...].elementsEqual(y[(i + 2)...])
    }
    // One insertion or deletion.
    let (longer, shorter) = x.count > y.count ? (x, y) : (y, x)
    return longer[(i + 1)...].elementsEqual(shorter[i...])
  }
}
