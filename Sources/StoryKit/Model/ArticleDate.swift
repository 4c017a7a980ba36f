/// A calendar day, as news articles are dated.
///
/// Parsed from `YYYY-MM-DD`, optionally followed by a time (`2013-05-02T10:00:00Z`, or a
/// space and a time), which is ignored. Printed and encoded as `YYYY-MM-DD`.
public struct ArticleDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// The year, e.g. 2025.
  public let year: Int
  /// The month, 1 to 12.
  public let month: Int
  /// The day of the month, 1 to 31.
  public let day: Int

  /// Creates a date when the three numbers form a real calendar day.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...ArticleDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD` at the start of `text` (leading spaces allowed).
  ///
  /// - Returns: `nil` when `text` doesn't start with a valid date, or when what follows the date
  ///   is not a time (`T…` or ` hh:…`) or nothing.
  public init?(iso text: some StringProtocol) {
    let scalars = Array(text.unicodeScalars.drop(while: { $0 == " " }))
    guard scalars.count >= 10, scalars[4] == "-", scalars[7] == "-" else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        guard
          let digit = scalars[index].properties.numericType == .decimal
            ? Int(String(scalars[index])) : nil
        else { return nil }
        value = value * 10 + digit
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
      return nil
    }
    if scalars.count > 10 {
      let next = scalars[10]
      guard next == "T" || next == " " || next == "t" else { return nil }
    }
    self.init(year: year, month: month, day: day)
  }

  /// Creates a date from numbers already known to form a calendar day (date arithmetic).
  init(validYear year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let date = ArticleDate(iso: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(text)"))
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  /// The date as `YYYY-MM-DD`.
  public var description: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// Days since 1970-01-01 (negative before), for date arithmetic.
  public var dayNumber: Int {
    // NB: Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  public static func < (lhs: ArticleDate, rhs: ArticleDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
