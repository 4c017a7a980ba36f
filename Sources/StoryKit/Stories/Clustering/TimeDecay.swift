/// How much a gap in time weakens the evidence that two articles tell one story.
///
/// A story is one event, told over a few days. Within `window` days of a story's span nothing
/// changes; beyond it the similarity is divided by `1 + (gap − window) / scale`, so an article
/// ten days after the story needs twice the textual evidence, one three weeks after it three
/// times, and one a year later far more than any article can give: a later call between the
/// same two ministers is a new story (linked as related), not the old one growing. Articles
/// without a date are not penalised: absence of a date is not evidence.
struct TimeDecay: Hashable, Sendable {
  /// Days around a story's span that count as "the same time".
  var window = 3
  /// Days past the window over which the needed evidence doubles.
  var scale = 7

  /// The factor (0…1] for a day against a span of days.
  func factor(day: Int?, first: Int?, last: Int?) -> Float {
    guard let day, let first, let last else { return 1 }
    let gap = max(0, first - day, day - last)
    guard gap > window else { return 1 }
    return 1 / (1 + Float(gap - window) / Float(scale))
  }
}
