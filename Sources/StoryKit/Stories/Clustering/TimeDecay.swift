/// How much a gap in time weakens the evidence that two articles tell one story.
///
/// A story is one event, told over a few days. The gap is counted from the story's first day
/// (not its latest member, so a story can't creep forward article by article). Within `window`
/// days nothing changes; beyond, the similarity is divided by `1 + (gap − window) / scale`, so
/// an article ten days after the story began needs twice the textual evidence, one three weeks
/// after it about three and a half times, and one a year later far more than any article can
/// give: a later call between the same two ministers is a new story (linked as related), not
/// the old one growing. Articles without a date are not penalised: absence of a date is not
/// evidence.
struct TimeDecay: Hashable, Sendable {
  /// Days around a story's first day that count as "the same time".
  var window = 3
  /// Days past the window over which the needed evidence doubles.
  var scale = 7

  /// The factor (0…1] for a day against a story that began on `first`.
  func factor(day: Int?, first: Int?) -> Float {
    guard let day, let first else { return 1 }
    let gap = abs(day - first)
    guard gap > window else { return 1 }
    return 1 / (1 + Float(gap - window) / Float(scale))
  }
}
