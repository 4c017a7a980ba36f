import Foundation

/// Takes the decorations off a headline: wire update markers (`UPDATE 2-`, `REFILE-`) in front
/// and an outlet after a bar (`… | Reuters`).
enum HeadlineCleaner {
  static func cleaned(_ headline: String) -> String {
    var text = Substring(headline)
    if let bar = text.lastIndex(of: "|"), text.distance(from: text.startIndex, to: bar) > 15 {
      text = text[..<bar]
    }
    let upper = text.uppercased()
    for marker in ["UPDATE", "REFILE", "CORRECTED", "WRAPUP"] where upper.hasPrefix(marker) {
      let rest = text.dropFirst(marker.count).drop { $0 == " " || $0.isNumber }
      if rest.first == "-" || rest.first == ":" { text = rest.dropFirst() }
    }
    return text.trimmingCharacters(in: .whitespaces)
  }
}
