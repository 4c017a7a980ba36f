/// Whether the words before a name make a role (`Russian Foreign Minister`, `head of the
/// RDIF`, `Kremlin spokesman`): a short noun phrase holding a role noun, never a piece of a
/// sentence that happened to stand before the name (`However Baker and`, `Last Friday`, `The
/// bill also requires foreign investors`, another person's name) nor a bare courtesy title
/// (`Mrs`).
///
/// Linear in the phrase's tokens.
enum RolePhrase {
  /// The most words a role has.
  static let longestRole = 8

  /// Whether `tokens[range]` is a role.
  static func isRole(_ tokens: [TextToken], _ range: Range<Int>) -> Bool {
    let words = range.filter { tokens[$0].isWord }
    guard let first = words.first, let last = words.last, words.count <= longestRole else {
      return false
    }
    // NB: a connective, a preposition or a pronoun opens no role.
    let opening = tokens[first].sets
    let notOpening: WordSets = [
      .connective, .timeWord, .nonOpener, .clauseWord, .subjectPronoun, .preposition,
    ]
    // NB: nor does a time, a connective or a verb stand inside one (`Last Friday Treasury
    // Secretary`, `last week the Ugandan Finance Minister`).
    let notInside: WordSets = [.timeWord, .namedTime, .connective, .clauseWord]
    // NB: nor another person's full name before `and` (`Secretary of State George Shultz and
    // Defense Secretary` before `Caspar Weinberger`); a firm's name keeps the role (`Dean
    // Witter analyst`, `Morgan Stanley and Co analyst`).
    let namesAnother =
      range.first(where: { tokens[$0].isLower("and") || tokens[$0].isLower("&") }).map { and in
        // A first name and the word after it, both before the `and`.
        (range.lowerBound..<max(range.lowerBound, and - 1)).contains { index in
          tokens[index].isCapitalized && tokens[index].sets.contains(.firstName)
            && !tokens[index].sets.contains(.role) && tokens[index + 1].isCapitalized
            && tokens[index + 1].sets.isDisjoint(with: [.role, .firstName])
        }
      } ?? false
    guard opening.isDisjoint(with: notOpening),
      !tokens[last].sets.contains(.preposition), !tokens[last].sets.contains(.determiner),
      !range.contains(where: { !tokens[$0].sets.isDisjoint(with: notInside) }), !namesAnother
    else { return false }
    return words.contains { tokens[$0].sets.contains(.role) }
  }
}
