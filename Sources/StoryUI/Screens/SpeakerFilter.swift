import StoryKit

/// Which speakers a filter typed on the Speakers screen keeps: those whose name or an alias
/// contains it, ignoring case and diacritics (`lavrov` keeps Sergei Lavrov and Sergey Lavrov,
/// `sanchez` keeps Pedro Sánchez, `LAV` the same as `lav`).
///
/// The names are folded once (`WordScanner.fold`: decomposed, marks dropped, lowercased,
/// `ø` → `o`), so each keystroke is a substring test per speaker.
///
/// ```swift
/// let filter = SpeakerFilter(speakers)
/// filter.matches("lav")  // indices into `speakers`, in their order
/// ```
public struct SpeakerFilter: Hashable, Sendable {
  /// Each speaker's folded name and aliases, in the order given.
  private let folded: [[String]]

  /// Prepares the filter for `speakers`.
  public init(_ speakers: [Speaker]) {
    folded = speakers.map { speaker in
      ([speaker.name] + speaker.aliases).map(WordScanner.fold)
    }
  }

  /// The indices of the speakers that `text` keeps, in order; every speaker for an empty or
  /// blank `text`.
  ///
  /// Runs of spaces in `text` count as one space, and leading or trailing ones are ignored.
  public func matches(_ text: String) -> [Int] {
    let needle = WordScanner.fold(
      text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    guard !needle.isEmpty else { return Array(folded.indices) }
    return folded.indices.filter { index in
      folded[index].contains { $0.contains(needle) }
    }
  }
}
