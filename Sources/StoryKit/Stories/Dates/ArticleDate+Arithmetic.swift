extension ArticleDate {
  /// The day `dayNumber` days after 1970-01-01 (before it when negative).
  init(dayNumber: Int) {
    // NB: Howard Hinnant's civil_from_days, the inverse of `dayNumber`.
    let z = dayNumber + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    self.init(validYear: year, month: month, day: day)
  }

  /// The day `days` later (earlier when negative).
  func adding(days: Int) -> ArticleDate { ArticleDate(dayNumber: dayNumber + days) }

  /// The day of the week, 0 for Sunday to 6 for Saturday.
  var weekday: Int { ((dayNumber + 4) % 7 + 7) % 7 }
}
