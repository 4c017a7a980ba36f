/// The source `according to` names: a person, a group, an organisation or a document, read
/// from the words after it (`PhraseReader.sourcePhrase`).
extension PhraseReader {
  /// The source after `according to` over `range`, in this order: a name or a description of
  /// people, of all the words (`Peskov`, `the Ardmore Gazette`, `addiction experts`) or of
  /// those before what qualifies them (`merger specialists polled by Reuters`); a name after
  /// `by` or `from` (`figures received by the International Sugar Organization`); a document
  /// (`[own-documents]`, `[document-nouns]`: `a database compiled by …` is `a database`).
  /// Anything else (`views polled by …`, `plan`) names no source.
  func sourcePhrase(_ range: ClosedRange<Int>) -> SpeakerPhrase? {
    let whole = speakerPhrase(range)
    if let whole, namesSomeone(whole) { return whole }
    // NB: cut before `of`, a preposition, a past form before one (`compiled by`), or a
    // present participle after a noun, before its object (`a strategist monitoring the race`,
    // `the Export Sales Report covering transactions`), not before an adjective (`a regular
    // monthly restricted survey`), a noun in -ing (`a briefing`, `a court filing by …`, `the
    // morning meeting`) or an adjective in -ing after a possessive (`the UK's leading critics`).
    let qualifier = range.dropFirst().first { index in
      let token = tokens[index]
      let isParticiple = token.isWord && !token.isCapitalized && index < range.upperBound
      return token.sets.contains(.preposition) || token.isLower("of")
        || (isParticiple && token.lower.hasSuffix("ed")
          && tokens[index + 1].sets.contains(.preposition))
        || (isParticiple && token.lower.hasSuffix("ing") && token.lower.count > 5
          && !tokens[index - 1].sets.contains(.determiner) && !tokens[index - 1].isPossessive
          && !token.sets.contains(.timeWord)
          && (tokens[index + 1].sets.contains(.determiner)
            || tokens[index + 1].isWord && !tokens[index + 1].isCapitalized
              && !tokens[index + 1].sets.contains(.preposition)))
    }
    let cut = range.lowerBound...((qualifier ?? range.upperBound + 1) - 1)
    let before = qualifier != nil ? speakerPhrase(cut) : nil
    if let before, namesSomeone(before) { return before }
    if let by = range.dropFirst().first(where: {
      tokens[$0].isLower("by") || tokens[$0].isLower("from")
    }), by < range.upperBound {
      let first = tokens[by + 1].isLower("the") ? by + 2 : by + 1
      if first <= range.upperBound,
        let run = NameParser(lexicon: lexicon).run(
          tokens, from: first, limit: range.upperBound + 1),
        // NB: `Japan's Finance Ministry` is named whole, not by its owner.
        let named = tokens[run.upperBound].isPossessive
          ? speakerPhrase(first...range.upperBound) : speakerPhrase(run),
        named.isName || tokens[run.upperBound].isPossessive
      {
        return named
      }
    }
    if let document = [before, whole].compactMap({ $0 }).first(where: isDocument) {
      return document
    }
    let document = SpeakerPhrase(
      tokens: cut, kind: .description(head: tokens[cut.upperBound].lower))
    guard cut.count <= 5, cut.allSatisfy({ tokens[$0].isWord && !isQuoted($0) }),
      isDocument(document)
    else { return nil }
    return document
  }

  /// Whether a phrase names someone rather than something: a name, a pronoun, or a
  /// description whose noun is a group's, a role's or an organisation's (`addiction experts`,
  /// `a person familiar with …`, `the ministry`), or a noun of a person's trade or field
  /// (`merger specialists`, `historians`).
  fileprivate func namesSomeone(_ phrase: SpeakerPhrase) -> Bool {
    guard case .description(let head) = phrase.kind else { return true }
    return isGroupNoun(head) || lexicon.roles[head] != nil || lexicon.organisations.contains(head)
      || ["ist", "ists", "ian", "ians"].contains(where: head.hasSuffix)
  }

  /// Whether a phrase describes a document (`figures received by …`), which someone named
  /// with it may have made, rather than people (`merger specialists polled by Reuters` are the
  /// source, not Reuters).
  fileprivate func isDocument(_ phrase: SpeakerPhrase) -> Bool {
    guard case .description(let head) = phrase.kind else { return false }
    return lexicon.documentNouns.contains(head) || lexicon.ownDocuments.contains(head)
  }
}
