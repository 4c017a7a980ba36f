extension BinaryWriter {
  /// Writes a day.
  mutating func write(_ date: ArticleDate) {
    write(date.year)
    write(date.month)
    write(date.day)
  }

  /// Writes a timeline day.
  mutating func write(_ date: StoryDate) {
    write(date.date)
    write(date.isInferred)
  }

  /// Writes a speaker, its id included.
  mutating func write(_ speaker: Speaker) {
    write(speaker.id.rawValue)
    write(speaker.name)
    write(speaker.aliases) { $0.write($1) }
    write(speaker.roles) { $0.write($1) }
    write(speaker.kind.rawValue)
    write(speaker.quoteCount)
    write(speaker.articleCount)
  }
}

extension BinaryReader {
  /// Reads a day.
  mutating func articleDate() throws(Damaged) -> ArticleDate {
    guard let date = ArticleDate(year: try int(), month: try int(), day: try int()) else {
      throw Damaged()
    }
    return date
  }

  /// Reads a timeline day.
  mutating func storyDate() throws(Damaged) -> StoryDate {
    StoryDate(date: try articleDate(), isInferred: try bool())
  }

  /// Reads a speaker written by `BinaryWriter.write(_:)`.
  mutating func speaker() throws(Damaged) -> Speaker {
    let id = SpeakerID(try string())
    let name = try string()
    let aliases = try array { reader throws(Damaged) in try reader.string() }
    let roles = try array { reader throws(Damaged) in try reader.string() }
    guard let kind = SpeakerKind(rawValue: try string()) else { throw Damaged() }
    return Speaker(
      id: id, name: name, aliases: aliases, roles: roles, kind: kind, quoteCount: try int(),
      articleCount: try int())
  }
}
