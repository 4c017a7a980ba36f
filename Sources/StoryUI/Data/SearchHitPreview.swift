import StoryKit

/// What the search screen shows of one hit besides its headline: the outlet, and a line of text
/// around the first match with every match marked.
public struct SearchHitPreview: Hashable, Sendable {
  /// The hit.
  public var hit: SearchHit
  /// The article's outlet (empty when unknown).
  public var source: String
  /// A short extract of the clean text around the first match, on one line.
  public var snippet: String
  /// Where the query's words stand in ``snippet``, as Unicode-scalar ranges, in order.
  public var matches: [Range<Int>]

  /// Creates a preview.
  public init(hit: SearchHit, source: String, snippet: String, matches: [Range<Int>]) {
    self.hit = hit
    self.source = source
    self.snippet = snippet
    self.matches = matches
  }

  /// The snippet with its matches in ``Role/match`` and the rest in `role`.
  ///
  /// - Parameters:
  ///   - role: The role of the text around the matches.
  ///   - lead: The most scalars kept before the first match; the text before them is cut at a
  ///     space and marked `…`, so that the match shows on a narrow line.
  public func styledSnippet(role: Role = .dim, lead: Int = .max) -> StyledText {
    let scalars = Array(snippet.unicodeScalars)
    var text = StyledText()
    var position = 0
    if let first = matches.first?.lowerBound, first > lead {
      position = first - lead
      while position < first, scalars[position - 1] != " " { position += 1 }
      text.append("…", role: role)
    }
    func add(_ range: Range<Int>, _ role: Role) {
      let range = range.clamped(to: 0..<scalars.count)
      guard !range.isEmpty else { return }
      text.append(String(String.UnicodeScalarView(scalars[range])), role: role)
    }
    for match in matches where match.lowerBound >= position {
      add(position..<match.lowerBound, role)
      add(match, .match)
      position = match.upperBound
    }
    add(position..<scalars.count, role)
    return text
  }
}
