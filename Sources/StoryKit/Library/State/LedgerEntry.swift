import Synchronization

/// What the library keeps of one article between analyses, so that the next analysis can take
/// it out, keep it, or place new articles beside it without reading it again.
///
/// An entry read from a saved state decodes its head (id, file, record, hashes, serial) at
/// once and the rest, its body, only when first asked for: an update reads the heads of every
/// article but the bodies of the few it touches. A body read stays decoded in every copy of
/// the entry; a body set is held decoded and written afresh.
struct LedgerEntry: Sendable {
  /// The article (unique in the library).
  var id: ArticleID
  /// The file it came from, and its record there (`nil` for a text file).
  var path: String
  var record: Int?
  /// A hash of everything the input gave (text and metadata, `RawArticle.contentHash`): the
  /// same record read again with the same hash is the same article.
  var contentHash: UInt64
  /// Its boilerplate source (`CorpusBoilerplate.groupKey`).
  var group: String
  /// The low part of its search key: stable while the article stays.
  var serial: Int
  private var body: Body

  /// Its candidate boilerplate lines.
  var lines: [CorpusBoilerplate.Line] {
    get { body.content.lines }
    set { body.content.lines = newValue }
  }
  /// What its stories show (title, source, own day) and its quotes, with each speaker's
  /// canonical name as the library stores it (`SpeakerDirectory`).
  var outline: StoryArticle {
    get { body.content.outline }
    set { body.content.outline = newValue }
  }
  /// The name the article itself gives each quote's speaker.
  var localSpeakers: [String?] {
    get { body.content.localSpeakers }
    set { body.content.localSpeakers = newValue }
  }
  /// Its speakers as the article names them, with their number of quotes.
  var speakers: [(speaker: QuoteExtractor.ArticleSpeaker, quotes: Int)] {
    get { body.content.speakers }
    set { body.content.speakers = newValue }
  }

  init(
    id: ArticleID, path: String, record: Int?, contentHash: UInt64, group: String,
    lines: [CorpusBoilerplate.Line], outline: StoryArticle, localSpeakers: [String?],
    speakers: [(speaker: QuoteExtractor.ArticleSpeaker, quotes: Int)], serial: Int
  ) {
    self.id = id
    self.path = path
    self.record = record
    self.contentHash = contentHash
    self.group = group
    self.serial = serial
    body = .decoded(
      Content(lines: lines, outline: outline, localSpeakers: localSpeakers, speakers: speakers))
  }

  func write(to writer: inout BinaryWriter) {
    writer.write(id.rawValue)
    writer.write(path)
    writer.write(record) { $0.write($1) }
    writer.writeFixed(contentHash)
    writer.write(group)
    writer.write(serial)
    switch body {
    case .saved(let saved):
      writer.write(UInt64(saved.bytes.count))
      writer.append(saved.bytes)
    case .decoded(let content):
      var body = BinaryWriter()
      content.write(to: &body)
      writer.write(UInt64(body.bytes.count))
      writer.append(body.bytes[...])
    }
  }

  /// An entry as `write(to:)` wrote it; its body is checked for length only, and decoded when
  /// first asked for: a damaged one reads as empty and is recorded in `damage`.
  init(from reader: inout BinaryReader, damage: Damage) throws(BinaryReader.Damaged) {
    id = ArticleID(try reader.string())
    path = try reader.string()
    record = try reader.optional { reader throws(BinaryReader.Damaged) in try reader.int() }
    contentHash = try reader.fixed()
    group = try reader.string()
    serial = try reader.int()
    body = .saved(
      SavedBody(id: id, bytes: try reader.bytes(count: try reader.count()), damage: damage))
  }

  /// Whether a body read from a saved state could not be decoded, shared by the entries of
  /// one saved state: that state is then unusable (`Ledger.hasDamagedBody`).
  final class Damage: Sendable {
    private let recorded = Mutex(false)

    init() {}

    func record() { recorded.withLock { $0 = true } }

    var isRecorded: Bool { recorded.withLock { $0 } }
  }

  /// Everything but the head.
  private struct Content: Sendable {
    var lines: [CorpusBoilerplate.Line]
    var outline: StoryArticle
    var localSpeakers: [String?]
    var speakers: [(speaker: QuoteExtractor.ArticleSpeaker, quotes: Int)]

    func write(to writer: inout BinaryWriter) {
      writer.write(lines) { writer, line in
        writer.writeFixed(line.fingerprint)
        writer.write(line.atEdge)
      }
      writer.write(outline.title) { $0.write($1) }
      writer.write(outline.source) { $0.write($1) }
      writer.write(outline.date) { $0.write($1) }
      writer.write(Array(zip(outline.quotes, localSpeakers))) { writer, pair in
        writer.write(pair.0.id.rawValue)
        writer.write(pair.1) { $0.write($1) }
        // NB: the canonical name only where it is not the local one (most quotes).
        writer.write(pair.0.speaker == pair.1 ? nil : .some(pair.0.speaker)) {
          writer, canonical in
          writer.write(canonical) { $0.write($1) }
        }
      }
      writer.write(speakers) { writer, item in
        writer.write(item.speaker.name)
        writer.write(item.speaker.forms) { $0.write($1) }
        writer.write(item.speaker.roles) { $0.write($1) }
        writer.write(item.speaker.kind.rawValue)
        writer.write(item.quotes)
      }
    }

    init(
      lines: [CorpusBoilerplate.Line], outline: StoryArticle, localSpeakers: [String?],
      speakers: [(speaker: QuoteExtractor.ArticleSpeaker, quotes: Int)]
    ) {
      self.lines = lines
      self.outline = outline
      self.localSpeakers = localSpeakers
      self.speakers = speakers
    }

    init(id: ArticleID, from reader: inout BinaryReader) throws(BinaryReader.Damaged) {
      lines = try reader.array { reader throws(BinaryReader.Damaged) in
        CorpusBoilerplate.Line(fingerprint: try reader.fixed(), atEdge: try reader.bool())
      }
      let title = try reader.optional { reader throws(BinaryReader.Damaged) in try reader.string() }
      let source = try reader.optional { reader throws(BinaryReader.Damaged) in
        try reader.string()
      }
      let date = try reader.optional { reader throws(BinaryReader.Damaged) in
        try reader.storyDate()
      }
      let quotes = try reader.array { reader throws(BinaryReader.Damaged) in
        let id = QuoteID(try reader.string())
        let local = try reader.optional { reader throws(BinaryReader.Damaged) in
          try reader.string()
        }
        let canonical = try reader.optional { reader throws(BinaryReader.Damaged) in
          try reader.optional { reader throws(BinaryReader.Damaged) in try reader.string() }
        }
        return (id: id, local: local, canonical: canonical ?? local)
      }
      outline = StoryArticle(
        id: id, title: title, source: source, date: date,
        quotes: quotes.map { StoryArticle.QuoteMark(id: $0.id, speaker: $0.canonical) })
      localSpeakers = quotes.map(\.local)
      speakers = try reader.array { reader throws(BinaryReader.Damaged) in
        let name = try reader.string()
        let forms = try reader.array { reader throws(BinaryReader.Damaged) in try reader.string() }
        let roles = try reader.array { reader throws(BinaryReader.Damaged) in try reader.string() }
        guard let kind = SpeakerKind(rawValue: try reader.string()) else {
          throw BinaryReader.Damaged()
        }
        return (
          speaker: QuoteExtractor.ArticleSpeaker(
            name: name, forms: forms, roles: roles, kind: kind),
          quotes: try reader.int()
        )
      }
      guard reader.isAtEnd else { throw BinaryReader.Damaged() }
    }

    /// The body of an entry whose saved body is damaged: no lines, quotes or speakers.
    static func empty(_ id: ArticleID) -> Content {
      Content(
        lines: [], outline: StoryArticle(id: id, title: nil, source: nil, date: nil, quotes: []),
        localSpeakers: [], speakers: [])
    }
  }

  /// A body as saved, decoded once, when first asked for; shared by the entry's copies.
  private final class SavedBody: Sendable {
    let id: ArticleID
    let bytes: ArraySlice<UInt8>
    let damage: Damage
    private let decoded = Mutex<Content?>(nil)

    init(id: ArticleID, bytes: ArraySlice<UInt8>, damage: Damage) {
      self.id = id
      self.bytes = bytes
      self.damage = damage
    }

    var content: Content {
      decoded.withLock { decoded in
        if let decoded { return decoded }
        var reader = BinaryReader(bytes)
        let content: Content
        do {
          content = try Content(id: id, from: &reader)
        } catch {
          damage.record()
          content = .empty(id)
        }
        decoded = content
        return content
      }
    }
  }

  private enum Body: Sendable {
    case saved(SavedBody)
    case decoded(Content)

    var content: Content {
      get {
        switch self {
        case .saved(let saved): saved.content
        case .decoded(let content): content
        }
      }
      set { self = .decoded(newValue) }
    }
  }
}
