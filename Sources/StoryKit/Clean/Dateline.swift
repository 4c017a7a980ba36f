/// The dateline at the start of a wire story's lead: `Moscow, April 28 (IANS) `,
/// `BEIJING, Oct 25 (IANS) -- `, `(MENAFN) `, `WASHINGTON — `.
struct Dateline: Hashable, Sendable {
  /// Where the dateline ends (after its dash and spaces), as an original scalar offset.
  var end: Int
  /// The credit in parentheses (`IANS`), if any.
  var credit: String?
  /// Whether the place part names a date (`April 28`), which makes an unknown credit credible.
  var hasDate: Bool

  static let months: Set<String> = [
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
    "november", "dec", "december",
  ]

  /// Parses a dateline at the start of `range`, if there is one.
  static func parse(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> Dateline? {
    let limit = min(range.upperBound, range.lowerBound + 90)
    var index = range.lowerBound
    // The place and date before the credit: no sentence end, at most 8 words.
    var words = 0
    var inWord = false
    var hasDate = false
    var currentWord = String.UnicodeScalarView()
    var allCaps = true
    while index < limit, scalars[index] != "(" {
      let scalar = scalars[index]
      if scalar == "." && index + 1 < limit && scalars[index + 1] == " "
        && currentWord.count > 3
      {
        return nil
      }
      if Scalars.isWordScalar(scalar) {
        if !inWord { words += 1 }
        inWord = true
        currentWord.append(scalar)
        if scalar.properties.isLowercase { allCaps = false }
        if scalar.properties.numericType != nil { hasDate = true }
      } else {
        if inWord, months.contains(String(currentWord).lowercased()) { hasDate = true }
        inWord = false
        currentWord = String.UnicodeScalarView()
        if isDash(scalar), words > 0, allCaps, words <= 3 {
          // `WASHINGTON — ` : an all-caps place and a dash, no credit.
          return Dateline(
            end: skipDashAndSpaces(scalars, from: index, limit: range.upperBound),
            credit: nil, hasDate: hasDate)
        }
      }
      if words > 8 { return nil }
      index += 1
    }
    guard index < limit, scalars[index] == "(" else { return nil }
    let creditStart = index + 1
    guard let close = scalars[creditStart..<min(limit, creditStart + 32)].firstIndex(of: ")"),
      close > creditStart
    else { return nil }
    let credit = String(String.UnicodeScalarView(scalars[creditStart..<close]))
    guard let first = credit.unicodeScalars.first, Scalars.isUppercase(first),
      credit.unicodeScalars.allSatisfy({
        Scalars.isWordScalar($0) || " -.&".unicodeScalars.contains($0)
      })
    else { return nil }
    if words > 0 && !hasDate && !allCaps { return nil }
    return Dateline(
      end: skipDashAndSpaces(scalars, from: close + 1, limit: range.upperBound), credit: credit,
      hasDate: hasDate)
  }

  private static func isDash(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "-" || scalar == "\u{2013}" || scalar == "\u{2014}"
  }

  private static func skipDashAndSpaces(_ scalars: [Unicode.Scalar], from start: Int, limit: Int)
    -> Int
  {
    var index = start
    while index < limit,
      Scalars.isSpace(scalars[index]) || isDash(scalars[index]) || scalars[index] == ":"
    {
      index += 1
    }
    return index
  }
}
