/// What the library's tables hold of the rows an update may rewrite: each article's place
/// (listing key, story, copy link, day, search key), and each story's, speaker's and duplicate
/// group's sort key and payload hash. An update compares the new analysis with these and writes only the rows
/// that differ.
struct StoredRows: Sendable {
  /// Where an article stands in the `article` table.
  struct Placement: Equatable, Sendable {
    /// Its sort key in listing order (`OrderKeys`).
    var listing: Int64
    var storyID: StoryID
    var copyOf: ArticleID?
    var day: Int?
    var dayInferred: Bool
    /// Its search row's id (`SearchKey`).
    var searchKey: Int64
  }

  /// A story's or speaker's row: its sort key (`rank`) and a hash of its payload.
  struct Mark: Equatable, Sendable {
    var key: Int64
    var hash: UInt64
  }

  var articles: [ArticleID: Placement] = [:]
  var stories: [StoryID: Mark] = [:]
  var speakers: [SpeakerID: Mark] = [:]
  var groups: [GroupID: Mark] = [:]

  func write(to writer: inout BinaryWriter) {
    // NB: in listing order (keys are unique; ids only break a tie), so the same rows give the
    // same bytes without comparing 100k ids as strings.
    let sorted = articles.sorted {
      $0.value.listing != $1.value.listing ? $0.value.listing < $1.value.listing : $0.key < $1.key
    }
    writer.write(sorted) { writer, item in
      writer.write(item.key.rawValue)
      writer.write(Int(item.value.listing))
      writer.write(item.value.storyID.rawValue)
      writer.write(item.value.copyOf?.rawValue) { $0.write($1) }
      writer.write(item.value.day) { $0.write($1) }
      writer.write(item.value.dayInferred)
      writer.write(Int(item.value.searchKey))
    }
    let marks = [
      stories.map { ($0.key.rawValue, $0.value) }, speakers.map { ($0.key.rawValue, $0.value) },
      groups.map { ($0.key.rawValue, $0.value) },
    ]
    for marks in marks {
      writer.write(marks.sorted { $0.0 < $1.0 }) { writer, item in
        writer.write(item.0)
        writer.write(Int(item.1.key))
        writer.writeFixed(item.1.hash)
      }
    }
  }

  init(
    articles: [ArticleID: Placement] = [:], stories: [StoryID: Mark] = [:],
    speakers: [SpeakerID: Mark] = [:], groups: [GroupID: Mark] = [:]
  ) {
    self.articles = articles
    self.stories = stories
    self.speakers = speakers
    self.groups = groups
  }

  init(from reader: inout BinaryReader) throws(BinaryReader.Damaged) {
    let count = try reader.count()
    articles.reserveCapacity(count)
    for _ in 0..<count {
      let id = ArticleID(try reader.string())
      articles[id] = Placement(
        listing: Int64(try reader.int()), storyID: StoryID(try reader.string()),
        copyOf: try reader.optional { reader throws(BinaryReader.Damaged) in
          ArticleID(try reader.string())
        },
        day: try reader.optional { reader throws(BinaryReader.Damaged) in try reader.int() },
        dayInferred: try reader.bool(), searchKey: Int64(try reader.int()))
    }
    let stories = try Self.marks(&reader)
    self.stories = Dictionary(
      stories.map { (StoryID($0.0), $0.1) }, uniquingKeysWith: { a, _ in a })
    let speakers = try Self.marks(&reader)
    self.speakers = Dictionary(
      speakers.map { (SpeakerID($0.0), $0.1) }, uniquingKeysWith: { a, _ in a })
    let groups = try Self.marks(&reader)
    self.groups = Dictionary(groups.map { (GroupID($0.0), $0.1) }, uniquingKeysWith: { a, _ in a })
  }

  private static func marks(_ reader: inout BinaryReader) throws(BinaryReader.Damaged)
    -> [(String, Mark)]
  {
    try reader.array { reader throws(BinaryReader.Damaged) in
      (try reader.string(), Mark(key: Int64(try reader.int()), hash: try reader.fixed()))
    }
  }
}
