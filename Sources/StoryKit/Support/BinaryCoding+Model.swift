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
}
