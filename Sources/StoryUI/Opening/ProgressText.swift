/// The words and numbers of the Progress screen: counts with thousands separators, rates and
/// durations a person reads at a glance.
///
/// ```swift
/// ProgressText.count(12345)         // "12,345"
/// ProgressText.duration(125)        // "2 min 5 s"
/// ProgressText.rate(4120.4, "articles")  // "4,120 articles/s"
/// ```
public enum ProgressText {
  /// `n` with a comma between thousands (`1,234,567`), the same in every locale.
  public static func count(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return n < 0 ? "-" + out : out
  }

  /// A duration in whole seconds, minutes and hours: `0 s`, `45 s`, `2 min 5 s`, `1 h 4 min`.
  public static func duration(_ seconds: Double) -> String {
    let total = seconds.isFinite ? Int(max(0, seconds).rounded()) : 0
    if total < 60 { return "\(total) s" }
    if total < 3600 { return "\(total / 60) min \(total % 60) s" }
    return "\(total / 3600) h \(total % 3600 / 60) min"
  }

  /// A rate in whole units a second (`4,120 articles/s`; below 10, one decimal: `2.5 files/s`).
  public static func rate(_ perSecond: Double, _ unit: String) -> String {
    guard perSecond.isFinite, perSecond >= 0 else { return "–" }
    if perSecond < 10 {
      let tenths = Int((perSecond * 10).rounded())
      return "\(tenths / 10).\(tenths % 10) \(unit)/s"
    }
    return count(Int(perSecond.rounded())) + " \(unit)/s"
  }
}
