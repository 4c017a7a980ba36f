/// Finds the people and organisations an article names outside quotations, in text order,
/// with the roles it gives them, and records them with the resolver (`SpeakerResolver`), so
/// that a later `he`, `the minister` or `Lavrov` can be resolved to them.
///
/// Linear in the article's tokens.
struct MentionFinder: QuoteTextReader {
  let source: QuoteText
  let phrases: PhraseReader

  /// Registers every named person and organisation mentioned outside quotations, in text
  /// order, with the roles the text gives them: before the name (`Russian Foreign Minister
  /// Sergei Lavrov`) and in apposition after it (`Kirill Dmitriev, head of the RDIF,`).
  ///
  /// Single capitalised words are taken only when they name someone already met (`Lavrov`,
  /// `Lavorv`), since alone they are as often places (`Kyiv`) or teams.
  func findMentions(into resolver: inout SpeakerResolver) {
    let parser = NameParser(lexicon: lexicon)
    var index = 0
    while index < tokens.count {
      guard !isQuoted(index), !inParentheses[index], !inTicker[index],
        let run = parser.run(tokens, from: index, limit: sentenceEnd(of: index))
      else {
        index += 1
        continue
      }
      defer { index = run.upperBound + 1 }
      let atStart = opensSentence(index)
      // `Foreign Minister Sergei Lavrov and Foreign Minister Andriy Sibiha`: the name before
      // `and` is a person of its own (the parser reads the last one).
      if let and = run.first(where: { tokens[$0].isLower("and") || tokens[$0].isPunctuation("&") }),
        and > run.lowerBound,
        let before = parser.parse(
          tokens, run: run.lowerBound...(and - 1), atSentenceStart: atStart),
        before.kind == .person, before.confirmed,
        let id = resolver.register(
          before, role: before.role, at: before.nameTokens.lowerBound, speaking: false)
      {
        learnGender(of: id, after: before.nameTokens.upperBound, in: &resolver)
      }
      guard var parsed = parser.parse(tokens, run: run, atSentenceStart: atStart) else { continue }
      // `Smith Barney, Harris Upham and Co.`: the company, not its `Co`.
      if let start = phrases.nameStart(
        endingIn: run, from: sentences[sentenceOf[index]].tokens.lowerBound)
      {
        parsed = parsed.organisation(named: start...run.upperBound)
      }
      if parsed.nameTokens.count == 1 && !parsed.confirmed && parsed.kind == .person {
        let words = [NameParser.personWord(tokens[parsed.nameTokens.lowerBound])]
        // NB: no misspelling search here: it runs for every capitalised word; a misspelt
        // surname is matched where it speaks (`Lavorv stated`).
        if let known = resolver.entities.find(name: words, kind: .person, allowMisspelling: false) {
          resolver.entities.mention(known, at: parsed.nameTokens.lowerBound)
        }
        continue
      }
      // Lower-case role words right before the run: `head coach Peter DeBoer`.
      var role = parsed.role
      var roleStart = run.lowerBound
      while roleStart > 0, tokens[roleStart - 1].isWord, !isQuoted(roleStart - 1),
        sentenceOf[roleStart - 1] == sentenceOf[run.lowerBound],
        tokens[roleStart - 1].sets.contains(.role)
          || (roleStart - 1 > 0 && tokens[roleStart - 2].sets.contains(.role)
            && tokens[roleStart - 1].isCapitalized)
      {
        roleStart -= 1
      }
      if roleStart < run.lowerBound {
        let before = text(roleStart, run.lowerBound - 1)
        role = role.map { before + " " + $0 } ?? before
        // A name the text introduces with a role is a person's (`spokesperson Lu Kang`), and
        // a gendered role gives the gender (`spokeswoman`); not capitalised words that qualify
        // a noun after them (`senior North Korean officials`).
        let next = run.upperBound + 1
        let qualifies =
          next < tokens.count && tokens[next].isWord && !tokens[next].isCapitalized
          && (tokens[next].sets.contains(.role) || phrases.isGroupNoun(tokens[next].lower))
        if parsed.kind == .person && !qualifies {
          parsed.confirmed = true
          for index in roleStart..<run.lowerBound where parsed.gender == nil {
            parsed.gender = lexicon.roles[tokens[index].lower] ?? nil
          }
        }
      }
      guard
        let id = resolver.register(
          parsed, role: role, at: parsed.nameTokens.lowerBound, speaking: false)
      else {
        continue
      }
      if let apposition = apposition(after: run.upperBound) {
        if !resolver.entities[id].roles.contains(apposition) {
          resolver.entities[id].roles.append(apposition)
        }
      }
      learnGender(of: id, after: run.upperBound, in: &resolver)
    }
  }

  /// Learns a person's gender from a pronoun that follows the name in the same sentence before
  /// any other name (`Economist Robin Hale has studied …, and her models …`).
  private func learnGender(of id: Int, after token: Int, in resolver: inout SpeakerResolver) {
    guard resolver.entities[id].kind == .person, resolver.entities[id].gender == nil else { return }
    let end = sentenceEnd(of: token)
    var index = token + 1
    while index < end {
      if isQuoted(index) { return }
      if tokens[index].isCapitalized, !opensSentence(index) {
        return
      }
      switch tokens[index].lower {
      case "he", "his", "him", "himself":
        resolver.entities[id].gender = .male
        return
      case "she", "her", "hers", "herself":
        resolver.entities[id].gender = .female
        return
      default: index += 1
      }
    }
  }

  /// A role in apposition after a name: `, head of the Russian Direct Investment Fund (RDIF),`.
  private func apposition(after token: Int) -> String? {
    let end = sentenceEnd(of: token)
    guard token + 2 < end, tokens[token + 1].isPunctuation(",") else { return nil }
    // NB: an initial's dot before a capitalised word is inside the role (`president of T.
    // Rowe Price Associates`, `the U.S. Treasury's envoy`); another dot ends it (`analyst
    // with Shearson Lehman Brothers Inc. said`).
    func continuesPastDot(_ dot: Int) -> Bool {
      dot + 1 < end && tokens[dot + 1].isCapitalized
        && (tokens[dot - 1].isCapitalLetter || tokens[dot - 1].isInitialism)
    }
    var last = token + 2
    // A ticker ends it too (`chairman of Exxon Corp <XON>`): a word in capitals, with a
    // market's dot, in angle brackets (not a name there, `<Westcoast Transmission Co Ltd>`).
    // (Not after a possessive, whose noun comes after the ticker: `Dupont's <DD> Conoco`.)
    func opensTicker(_ index: Int) -> Bool {
      guard tokens[index].isPunctuation("<"), !tokens[index - 1].isPossessive, index + 1 < end,
        tokens[index + 1].isAllCaps
      else { return false }
      return (index + 2..<min(end, index + 5)).first { !tokens[$0].isPunctuation(".") }
        .map { tokens[$0].isPunctuation(">") || tokens[$0].isAllCaps } ?? true
    }
    while last + 1 < end, !tokens[last + 1].isPunctuation(","), !opensTicker(last + 1),
      !tokens[last + 1].isPunctuation(".") || continuesPastDot(last + 1),
      last - token < 12
    {
      last += 1
    }
    let words = (token + 2...last).map { tokens[$0].lower }
    let content = words.drop { lexicon.determiners.contains($0) }
    // NB: a list of people (`James Baker, Federal Reserve chief Paul Volcker and …`) is no
    // apposition: its next item names someone else.
    guard let first = content.first,
      lexicon.roles[first] != nil || content.contains(where: { lexicon.roles[$0] != nil }),
      !words.contains(where: { lexicon.cueVerb($0) != nil }),
      RolePhrase.isRole(tokens, token + 2..<last + 1),
      !(token + 2...last).contains(where: {
        tokens[$0].sets.contains(.firstName) && tokens[$0].startsUppercase
      })
    else { return nil }
    return text(token + 2, last)
  }
}
