/// Finds the dates a text mentions and resolves them to calendar days.
///
/// Reads explicit dates in the usual news forms and, given a reference day (the article's
/// date), relative ones. The reader works on `StoryWord`s, so positions are those of the words.
///
/// ```swift
/// // reference 2025-04-28 (a Monday)
/// "the call on Sunday"      → 2025-04-27 (relative)
/// "the April 25 conversation" → 2025-04-25 (relative: the year is the reference's)
/// "Updated: November 11, 2011" → 2011-11-11 (explicit)
/// ```
struct DateReader: Sendable {
  /// A mention found in the words: which words, the day, whether it was relative.
  struct Found: Hashable, Sendable {
    var words: Range<Int>
    var date: ArticleDate
    var isRelative: Bool
  }

  /// The dates in `words`, in text order.
  ///
  /// - Parameters:
  ///   - reference: the day relative mentions count from; without it only explicit dates, and
  ///     month-day dates after an explicit one (taking its year) or within `period`, are found.
  ///   - period: a day of the time the corpus covers, when it covers one period; a month and day
  ///     without a year then takes the year that puts it nearest to that day.
  func mentions(in words: [StoryWord], reference: ArticleDate?, period: ArticleDate? = nil)
    -> [Found]
  {
    var found: [Found] = []
    var lastExplicitYear: Int?
    var index = 0
    while index < words.count {
      // NB: every date form starts with a number, a capital (month, weekday) or one of a few
      // lowercase words; most words are none of these.
      let word = words[index]
      guard word.isNumber || word.isCapitalized || Self.mayOpen(word.text) else {
        index += 1
        continue
      }
      if let match = explicitDate(in: words, at: index) {
        found.append(match)
        lastExplicitYear = match.date.year
        index = match.words.upperBound
      } else if let match = monthDay(
        in: words, at: index, reference: reference, period: period, year: lastExplicitYear)
      {
        found.append(match)
        index = match.words.upperBound
      } else if let reference, let match = relativeDay(in: words, at: index, reference: reference) {
        found.append(match)
        index = match.words.upperBound
      } else {
        index += 1
      }
    }
    return found
  }

  // MARK: - Explicit dates

  private func explicitDate(in words: [StoryWord], at index: Int) -> Found? {
    let word = words[index]
    if word.isNumber, let date = ArticleDate(iso: word.text), word.text.unicodeScalars.count == 10 {
      return Found(words: index..<index + 1, date: date, isRelative: false)
    }
    // Month Day, Year: "November 11, 2011", "Nov. 11 2011", "November 28th, 2005"
    if let month = month(words[index]), let day = day(at: index + 1, in: words),
      let year = year(at: index + 2, in: words),
      let date = ArticleDate(year: year, month: month, day: day)
    {
      return Found(words: index..<index + 3, date: date, isRelative: false)
    }
    // Day Month Year: "28 November 2005", "Monday, 28 November 2005"
    if let day = day(at: index, in: words), index + 2 < words.count,
      let month = month(words[index + 1]), let year = year(at: index + 2, in: words),
      let date = ArticleDate(year: year, month: month, day: day)
    {
      return Found(words: index..<index + 3, date: date, isRelative: false)
    }
    // Month/Day/Year: "11/27/2005" (day first when the first number can't be a month)
    if word.isNumber, index + 2 < words.count, words[index + 1].separatorBefore == "/",
      words[index + 2].separatorBefore == "/", let first = Int(word.text),
      let second = Int(words[index + 1].text), let year = year(at: index + 2, in: words)
    {
      let (month, day) = first > 12 ? (second, first) : (first, second)
      if let date = ArticleDate(year: year, month: month, day: day) {
        return Found(words: index..<index + 3, date: date, isRelative: false)
      }
    }
    return nil
  }

  // MARK: - Month and day without a year

  private func monthDay(
    in words: [StoryWord], at index: Int, reference: ArticleDate?, period: ArticleDate?,
    year explicitYear: Int?
  ) -> Found? {
    let parts: (month: Int, day: Int)?
    if let month = month(words[index]), let day = day(at: index + 1, in: words) {
      parts = (month, day)
    } else if let day = day(at: index, in: words), index + 1 < words.count,
      let month = month(words[index + 1])
    {
      parts = (month, day)
    } else {
      parts = nil
    }
    guard let parts else { return nil }
    let resolved: ArticleDate?
    if let reference {
      // NB: news mostly looks back: a day more than two months after the article's date is
      // last year's (an article of January 3 mentioning "December 28").
      let sameYear = ArticleDate(year: reference.year, month: parts.month, day: parts.day)
      if let sameYear, sameYear.dayNumber - reference.dayNumber > 60 {
        resolved = ArticleDate(year: reference.year - 1, month: parts.month, day: parts.day)
      } else {
        resolved = sameYear
      }
    } else if let explicitYear {
      resolved = ArticleDate(year: explicitYear, month: parts.month, day: parts.day)
    } else if let period {
      resolved = (period.year - 1...period.year + 1)
        .compactMap { ArticleDate(year: $0, month: parts.month, day: parts.day) }
        .min { abs($0.dayNumber - period.dayNumber) < abs($1.dayNumber - period.dayNumber) }
    } else {
      resolved = nil
    }
    guard let resolved else { return nil }
    return Found(words: index..<index + 2, date: resolved, isRelative: true)
  }

  // MARK: - Relative days

  private func relativeDay(in words: [StoryWord], at index: Int, reference: ArticleDate) -> Found? {
    let word = words[index]
    if let weekday = Self.weekdays[word.text], word.isCapitalized {
      let previous = index > 0 ? words[index - 1].text : ""
      let start =
        ["on", "last", "next", "this", "since", "until", "by"].contains(previous)
        ? index - 1 : index
      let offset: Int
      if previous == "next" {
        offset =
          (weekday - reference.weekday + 7) % 7 == 0 ? 7 : (weekday - reference.weekday + 7) % 7
      } else if previous == "last" {
        let back = (reference.weekday - weekday + 7) % 7
        offset = -(back == 0 ? 7 : back)
      } else {
        offset = -((reference.weekday - weekday + 7) % 7)
      }
      return Found(words: start..<index + 1, date: reference.adding(days: offset), isRelative: true)
    }
    switch word.text {
    case "yesterday":
      return Found(words: index..<index + 1, date: reference.adding(days: -1), isRelative: true)
    case "today":
      return Found(words: index..<index + 1, date: reference, isRelative: true)
    case "tomorrow":
      return Found(words: index..<index + 1, date: reference.adding(days: 1), isRelative: true)
    case "last" where index + 1 < words.count && words[index + 1].text == "week":
      return Found(words: index..<index + 2, date: reference.adding(days: -7), isRelative: true)
    default:
      break
    }
    // "a week ago", "three days ago", "2 weeks ago"
    if index + 2 < words.count, words[index + 2].text == "ago",
      let count = Self.counts[word.text] ?? Int(word.text), (1...60).contains(count)
    {
      let unit = words[index + 1].text
      let days: Int? =
        switch unit {
        case "day", "days": count
        case "week", "weeks": count * 7
        default: nil
        }
      if let days {
        return Found(
          words: index..<index + 3, date: reference.adding(days: -days), isRelative: true)
      }
    }
    return nil
  }

  // MARK: - Words

  private func month(_ word: StoryWord) -> Int? {
    guard word.isCapitalized else { return nil }
    return Self.months[word.text]
  }

  private func day(at index: Int, in words: [StoryWord]) -> Int? {
    guard index < words.count, words[index].isNumber else { return nil }
    var text = Substring(words[index].text)
    for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) {
      text = text.dropLast(2)
    }
    guard text.count <= 2, let day = Int(text), (1...31).contains(day) else { return nil }
    return day
  }

  /// The year at `index`: four digits, 1800–2200, on the same line and in the same sentence
  /// as the day before it (`Tuesday, 1 March` over `2000 GMT` is a day and a kick-off time).
  private func year(at index: Int, in words: [StoryWord]) -> Int? {
    guard index < words.count, !words[index].startsSentence, words[index].isNumber,
      words[index].text.count == 4,
      let year = Int(words[index].text), (1800...2200).contains(year)
    else { return nil }
    return year
  }

  private static let months: [String: Int] = {
    let names = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december",
    ]
    var table: [String: Int] = [:]
    for (offset, name) in names.enumerated() {
      table[name] = offset + 1
      if name != "may" { table[String(name.prefix(3))] = offset + 1 }
    }
    table["sept"] = 9
    return table
  }()

  /// Whether a lowercase word names a month or a day of the week (`march`, `sept`, `friday`).
  static func isCalendarWord(_ text: String) -> Bool {
    months[text] != nil || weekdays[text] != nil
  }

  static let weekdays: [String: Int] = [
    "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
    "saturday": 6,
  ]

  /// Whether a lowercase word is one of `openers`; most words are turned away by their length
  /// or first letter, without hashing.
  private static func mayOpen(_ text: String) -> Bool {
    guard text.utf8.count <= 9, let first = text.utf8.first, openerInitials.contains(first)
    else { return false }
    return openers.contains(text)
  }

  /// The first letters of `openers`, as bytes.
  private static let openerInitials = Set(openers.compactMap(\.utf8.first))

  /// Lowercase words that can open a relative date (`yesterday`, `last week`, `a week ago`).
  private static let openers: Set<String> = Set(counts.keys).union([
    "yesterday", "today", "tomorrow", "last", "on", "next", "this", "since", "until", "by",
  ])

  private static let counts: [String: Int] = [
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
  ]
}
