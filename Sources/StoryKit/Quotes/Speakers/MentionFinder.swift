extension QuoteContext {
  /// Registers every named person and organisation mentioned outside quotations, in text
  /// order, with the roles the text gives them: before the name (`Russian Foreign Minister
  /// Sergei Lavrov`) and in apposition after it (`Kirill Dmitriev, head of the RDIF,`).
  ///
  /// Single capitalised words are taken only when they name someone already met (`Lavrov`,
  /// `Lavorv`), since alone they are as often places (`Kyiv`) or teams.
  mutating func findMentions() {
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
      let atStart = sentences[sentenceOf[index]].tokens.lowerBound == index
      // `Foreign Minister Sergei Lavrov and Foreign Minister Andriy Sibiha`: the name before
      // `and` is a person of its own (the parser reads the last one).
      if let and = run.first(where: { tokens[$0].isLower("and") || tokens[$0].isPunctuation("&") }),
        and > run.lowerBound,
        let before = parser.parse(
          tokens, run: run.lowerBound...(and - 1), atSentenceStart: atStart),
        before.kind == .person, before.confirmed,
        let id = register(
          before, role: before.role, at: before.nameTokens.lowerBound, speaking: false)
      {
        learnGender(of: id, after: before.nameTokens.upperBound)
      }
      guard var parsed = parser.parse(tokens, run: run, atSentenceStart: atStart) else { continue }
      // `Smith Barney, Harris Upham and Co.`: the company, not its `Co`.
      if let start = nameStart(endingIn: run, from: sentences[sentenceOf[index]].tokens.lowerBound)
      {
        parsed = parsed.organisation(named: start...run.upperBound)
      }
      if parsed.nameTokens.count == 1 && !parsed.confirmed && parsed.kind == .person {
        let words = [NameParser.personWord(tokens[parsed.nameTokens.lowerBound])]
        // NB: no misspelling search here: it runs for every capitalised word; a misspelt
        // surname is matched where it speaks (`Lavorv stated`).
        if let known = entities.find(name: words, kind: .person, allowMisspelling: false) {
          entities.mention(known, at: parsed.nameTokens.lowerBound)
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
          && (tokens[next].sets.contains(.role) || isGroupNoun(tokens[next].lower))
        if parsed.kind == .person && !qualifies {
          parsed.confirmed = true
          for index in roleStart..<run.lowerBound where parsed.gender == nil {
            parsed.gender = lexicon.roles[tokens[index].lower] ?? nil
          }
        }
      }
      guard let id = register(parsed, role: role, at: parsed.nameTokens.lowerBound, speaking: false)
      else {
        continue
      }
      if let apposition = apposition(after: run.upperBound) {
        if !entities[id].roles.contains(apposition) { entities[id].roles.append(apposition) }
      }
      learnGender(of: id, after: run.upperBound)
    }
  }

  /// Mentions a person where a sentence's subject is their role (`On Dec. 13, the mayor
  /// brought up …` after `Mayor Doug McCallum`, or after `the mayor` named him), so that a
  /// `he` after it can name them; read when a pronoun looks back, with the roles known then.
  mutating func mentionRoleSubject(of sentence: Int) {
    let range = sentences[sentence].tokens
    var index = range.lowerBound
    // NB: past an opening phrase set off by a comma (`On Dec. 13,`).
    if let comma = (index..<min(range.upperBound, index + 6)).first(where: {
      tokens[$0].isPunctuation(",")
    }) {
      index = comma + 1
    }
    guard index + 2 < range.upperBound, tokens[index].lower == "the", !isQuoted(index) else {
      return
    }
    var end = index + 1
    // NB: the role ends before the sentence's last token, so the word after it is in the
    // sentence (and in the text).
    while end < min(range.upperBound - 2, index + 3), lexicon.roles[tokens[end].lower] == nil,
      tokens[end].isWord, !tokens[end].isCapitalized
    {
      end += 1
    }
    let next = tokens[end + 1]
    guard lexicon.roles[tokens[end].lower] != nil, next.isWord, !next.isCapitalized,
      lexicon.roles[next.lower] == nil,
      let person = bestRoleMatch((index...end).map { tokens[$0].lower }, before: index)
    else { return }
    entities.mention(person, at: index)
  }

  /// Learns a person's gender from a pronoun that follows the name in the same sentence before
  /// any other name (`Economist Robin Hale has studied …, and her models …`).
  private mutating func learnGender(of id: Int, after token: Int) {
    guard entities[id].kind == .person, entities[id].gender == nil else { return }
    let end = sentenceEnd(of: token)
    var index = token + 1
    while index < end {
      if isQuoted(index) { return }
      if tokens[index].isCapitalized, sentences[sentenceOf[index]].tokens.lowerBound != index {
        return
      }
      switch tokens[index].lower {
      case "he", "his", "him", "himself":
        entities[id].gender = .male
        return
      case "she", "her", "hers", "herself":
        entities[id].gender = .female
        return
      default: index += 1
      }
    }
  }

  /// The end (exclusive) of the sentence holding `token`.
  func sentenceEnd(of token: Int) -> Int {
    sentences[sentenceOf[token]].tokens.upperBound
  }

  /// A role in apposition after a name: `, head of the Russian Direct Investment Fund (RDIF),`.
  private func apposition(after token: Int) -> String? {
    let end = sentenceEnd(of: token)
    guard token + 2 < end, tokens[token + 1].isPunctuation(",") else { return nil }
    var last = token + 2
    while last + 1 < end, !tokens[last + 1].isPunctuation(","),
      !tokens[last + 1].isPunctuation("."),
      last - token < 12
    {
      last += 1
    }
    let words = (token + 2...last).map { tokens[$0].lower }
    let content = words.drop { Self.determiners.contains($0) }
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
