import StoryKit
import StoryUI
import Testing

/// The rate and time left of the Progress screen, and the words it says them in.
@Suite struct ProgressEstimateTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    /// Reports and when they came (seconds).
    var reports: [(LibraryProgress, Double)]
    var now: Double
    var rate: Double?
    var secondsLeft: Double?
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "no report yet", reports: [], now: 5, rate: nil, secondsLeft: nil),
    Case(
      name: "steady stage",
      reports: [
        (LibraryProgress(stage: .quotes, done: 0, total: 1_000), 10),
        (LibraryProgress(stage: .quotes, done: 250, total: 1_000), 12),
      ], now: 12, rate: 125, secondsLeft: 6),
    Case(
      name: "time since the last report counts down",
      reports: [
        (LibraryProgress(stage: .quotes, done: 0, total: 1_000), 10),
        (LibraryProgress(stage: .quotes, done: 250, total: 1_000), 12),
      ], now: 14, rate: 125, secondsLeft: 4),
    Case(
      name: "never below zero",
      reports: [
        (LibraryProgress(stage: .quotes, done: 0, total: 100), 0),
        (LibraryProgress(stage: .quotes, done: 50, total: 100), 1),
      ], now: 60, rate: 50, secondsLeft: 0),
    Case(
      name: "a new stage starts its own measure",
      reports: [
        (LibraryProgress(stage: .reading, done: 900, total: 1_000), 10),
        (LibraryProgress(stage: .cleaning, done: 100, total: 1_000), 11),
        (LibraryProgress(stage: .cleaning, done: 300, total: 1_000), 13),
      ], now: 13, rate: 100, secondsLeft: 7),
    Case(
      name: "too early to tell",
      reports: [
        (LibraryProgress(stage: .stories, done: 0, total: 1_000), 10),
        (LibraryProgress(stage: .stories, done: 400, total: 1_000), 10.2),
      ], now: 10.2, rate: nil, secondsLeft: nil),
    Case(
      name: "no total: a rate but no time left",
      reports: [
        (LibraryProgress(stage: .checking, done: 0, total: nil), 0),
        (LibraryProgress(stage: .checking, done: 30, total: nil), 3),
      ], now: 3, rate: 10, secondsLeft: nil),
    Case(
      name: "nothing done: no rate",
      reports: [
        (LibraryProgress(stage: .writing, done: 0, total: 10), 0),
        (LibraryProgress(stage: .writing, done: 0, total: 10), 5),
      ], now: 5, rate: nil, secondsLeft: nil),
  ]

  @Test(arguments: cases) func estimate(_ c: Case) {
    var estimate = ProgressEstimate()
    for (progress, time) in c.reports { estimate.record(progress, at: time) }
    #expect(estimate.rate == c.rate)
    #expect(estimate.secondsLeft(at: c.now) == c.secondsLeft)
  }

  @Test(arguments: [
    (0, "0"), (999, "999"), (1_000, "1,000"), (12_345, "12,345"), (1_234_567, "1,234,567"),
    (-4_200, "-4,200"),
  ])
  func counts(_ n: Int, _ text: String) {
    #expect(ProgressText.count(n) == text)
  }

  @Test(arguments: [
    (0.0, "0 s"), (0.4, "0 s"), (44.6, "45 s"), (125, "2 min 5 s"), (3_840, "1 h 4 min"),
    (-3, "0 s"), (Double.infinity, "0 s"),
  ])
  func durations(_ seconds: Double, _ text: String) {
    #expect(ProgressText.duration(seconds) == text)
  }

  @Test(arguments: [
    (4_120.4, "4,120 articles/s"), (2.46, "2.5 articles/s"), (0, "0.0 articles/s"),
    (Double.nan, "–"),
  ])
  func rates(_ perSecond: Double, _ text: String) {
    #expect(ProgressText.rate(perSecond, "articles") == text)
  }
}
