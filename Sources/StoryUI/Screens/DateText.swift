import StoryKit

/// Days as the reader writes them: ISO dates, spans shortened where the year or month repeats,
/// `~` before a day read from the text rather than given.
enum DateText {
  /// `2025-04-28`, `2025-04-28…30`, `2025-04-28…05-30`, `2024-12…2025-01`; `-` when undated.
  static func span(_ first: StoryDate?, _ last: StoryDate?) -> String {
    guard let first else { return last?.description ?? "-" }
    guard let last, last.date != first.date else { return first.description }
    let marker = last.isInferred ? "~" : ""
    let (a, b) = (first.date, last.date)
    if a.year != b.year {
      return
        "\(first.isInferred ? "~" : "")\(a.year)-\(two(a.month))…\(marker)\(b.year)-\(two(b.month))"
    }
    if a.month != b.month { return "\(first)…\(marker)\(two(b.month))-\(two(b.day))" }
    return "\(first)…\(marker)\(two(b.day))"
  }

  /// `04-28` (month and day), `~04-28` when inferred, `-` when undated.
  static func short(_ date: StoryDate?) -> String {
    guard let date else { return "-" }
    return (date.isInferred ? "~" : "") + two(date.date.month) + "-" + two(date.date.day)
  }

  private static func two(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }
}
