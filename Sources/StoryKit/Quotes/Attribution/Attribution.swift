/// Who said a quotation, as read from the text around it.
struct Attribution: Hashable {
  /// The entity that speaks (see `ArticleEntities`), when resolved.
  var speaker: Int?
  /// The tokens naming the speaker.
  var mention: ClosedRange<Int>?
  /// The cue's tokens (`said`, `according to`).
  var cue: ClosedRange<Int>?
}

extension QuoteContext {


  /// Whether token `index` is a cue verb (a finite form unless `allowGerund`).
  ///
  /// A capitalised word is a cue only at a sentence's start: inside a sentence it is part of a
  /// name or a heading (`Secretary of State`, `… United States Continue Contacts`).
  func cueVerb(at index: Int, allowGerund: Bool = false, insideQuote: Bool = false) -> SpeechLexicon
    .CueVerb?
  {
    guard index >= 0, index < tokens.count, let verb = cueVerbs[index],
      insideQuote || !isQuoted(index)
    else { return nil }
    if tokens[index].startsUppercase, sentences[sentenceOf[index]].tokens.lowerBound != index {
      return nil
    }
    // `Trump is warning voters that …`: a gerund after a form of `be` is a finite cue.
    let progressive = verb.isGerund && isProgressive(at: index)
    if verb.isGerund && !allowGerund && !progressive { return nil }
    // `is said to`, `was told`: passive voice quotes nobody.
    if index > 0, !progressive,
      tokens[index - 1].sets.contains(.passiveAuxiliary)
    {
      return nil
    }
    // A noun, not a verb: after a determiner (`a report`, `the state`), or right before a
    // verb of its own (`A final report is to be released`, `the Treasury note rose`). (After
    // a possessive it may still attribute: `Trump's claim that …`.)
    if index > 0, tokens[index - 1].isWord, Self.nounDeterminers.contains(tokens[index - 1].lower)
    {
      return nil
    }
    // NB: after a pronoun it is the verb of a relative clause (`donations, which he said were
    // accompanied by …`).
    let next = cueEnd(at: index) + 1
    if next < tokens.count, tokens[next].isWord, !isQuoted(next),
      tokens[next].sets.contains(.auxiliary) || tokens[next].sets.contains(.irregularPast),
      index == 0 || !tokens[index - 1].sets.contains(.subjectPronoun)
    {
      return nil
    }
    return verb
  }

  /// Whether the gerund at `index` follows a form of `be` (`is saying`, `was also warning`):
  /// the progressive, a finite verb.
  func isProgressive(at index: Int) -> Bool {
    var before = index - 1
    let start = sentences[sentenceOf[index]].tokens.lowerBound
    while before > start, tokens[before].sets.contains(.between),
      !tokens[before].sets.contains(.passiveAuxiliary)
    {
      before -= 1
    }
    return before >= start && tokens[before].sets.contains(.passiveAuxiliary)
      && !tokens[before].isLower("being")
  }

  /// The cue's last token: a two-word cue (`pointed out`, `called on`) ends after its particle.
  func cueEnd(at index: Int) -> Int {
    guard tokens[index].sets.contains(.phrasalCueStart),
      let phrasal = lexicon.phrasalCues[tokens[index].lower]
    else { return index }
    for entry in phrasal where index + entry.words.count <= tokens.count {
      if (0..<entry.words.count).allSatisfy({ tokens[index + $0].lower == entry.words[$0] }) {
        return index + entry.words.count - 1
      }
    }
    return index
  }

  /// The speaker phrase that is the subject of the cue at `cue`, looking back in its sentence.
  func subjectPhrase(before cue: Int) -> SpeakerPhrase? {
    let start = sentences[sentenceOf[cue]].tokens.lowerBound
    var last = cue - 1
    while last >= start, tokens[last].sets.contains(.between) { last -= 1 }
    // `Trump is warning`: the form of `be` before a progressive cue.
    if last >= start, tokens[last].sets.contains(.passiveAuxiliary), isProgressive(at: cue) {
      last -= 1
      while last >= start, tokens[last].sets.contains(.between) { last -= 1 }
    }
    // `Sen. David Perdue (R-Ga.) said`: a short parenthesis after the subject is set aside.
    if last > start, tokens[last].isPunctuation(")"),
      let open = (max(start, last - 8)..<last).last(where: { tokens[$0].isPunctuation("(") }),
      open > start
    {
      last = open - 1
    }
    guard last >= start, !isQuoted(last) || tokens[last].quoteMark == nil else { return nil }
    if tokens[last].isPunctuation(",") {
      // `Ken Njoroge, chief executive of …, said`: the subject stands before the apposition.
      var boundaries = (start..<last).filter { tokens[$0].isPunctuation(",") && !isQuoted($0) }
      // `DeLaet's agent, Danny Fritz, told`: a person named in full in apposition to a
      // description is the speaker, the description their role. (A first name alone,
      // `Spindler's father, Joseph,`, could be taken for another Joseph of the article.)
      if let comma = boundaries.last, comma + 1 < last,
        let named = speakerPhrase((comma + 1)...(last - 1)),
        case .name(let parsed, let role) = named.kind, parsed.kind == .person,
        parsed.nameTokens.count >= 2
      {
        let segmentStart = boundaries.dropLast().last.map { $0 + 1 } ?? start
        if segmentStart < comma, let described = speakerPhrase(segmentStart...(comma - 1)),
          case .description = described.kind
        {
          // NB: the description is the role only when it is a plain noun phrase (`DeLaet's
          // agent`, `her coach`), not `But the work's author` or `Earlier this week …`.
          let opener = tokens[described.tokens.lowerBound]
          let isPlain = opener.isPossessive || Self.nounDeterminers.contains(opener.lower)
          return SpeakerPhrase(
            tokens: named.tokens,
            kind: .name(
              parsed,
              role: role ?? (isPlain ? text(described.tokens.lowerBound, comma - 1) : nil)))
        }
      }
      while let comma = boundaries.popLast() {
        let segmentStart = boundaries.last.map { $0 + 1 } ?? start
        guard segmentStart < comma else { continue }
        if let phrase = speakerPhrase(segmentStart...(comma - 1)) {
          switch phrase.kind {
          case .name, .pronoun: return phrase
          case .description: if boundaries.isEmpty { return phrase }
          }
        }
      }
      return nil
    }
    if tokens[last].isLower("and") || tokens[last].isLower("but") {
      // `…, but said "…"`: the subject of the sentence's first clause.
      return mainSubject(from: start, before: last)
    }
    guard tokens[last].isWord || tokens[last].isPunctuation(".") else { return nil }
    var first = last
    while first > start, !tokens[first - 1].sets.contains(.clauseBoundary),
      tokens[first - 1].quoteMark == nil, last - first < 12
    {
      first -= 1
    }
    return speakerPhrase(first...last)
  }

  /// The subject of a sentence's first clause, skipping an opening phrase set off by a comma:
  /// the name or description the clause starts with (`Mike Pompeo praised … and said …`).
  func mainSubject(from start: Int, before limit: Int) -> SpeakerPhrase? {
    var segmentStart = start
    var index = start
    while index < limit {
      // An opening phrase led by a preposition (`In an interview with CNBC on Monday, …`) is
      // no subject: the clause starts after its comma.
      if index == segmentStart, tokens[index].sets.contains(.preposition),
        let comma = (index..<limit).first(where: { tokens[$0].isPunctuation(",") })
      {
        segmentStart = comma + 1
        index = comma + 1
        continue
      }
      if tokens[index].isPunctuation(",") {
        if index > segmentStart, let phrase = speakerPhrase(segmentStart...(index - 1)),
          case .name = phrase.kind
        {
          return phrase
        }
        segmentStart = index + 1
      } else if index > segmentStart, tokens[index].isWord, !tokens[index].isCapitalized,
        !tokens[index].sets.contains(.role), !tokens[index].sets.contains(.determiner),
        !tokens[index].sets.contains(.nameConnector),
        !tokens[index].lower.hasSuffix("'s")
      {
        // The first verb-like word ends the subject.
        return speakerPhrase(segmentStart...(index - 1))
      }
      index += 1
    }
    return nil
  }

  /// The speaker phrase right after a cue (`said Karlsson, who …`, `said the rookie defenceman`).
  func objectPhrase(after cue: Int, limit: Int) -> SpeakerPhrase? {
    let first = cue + 1
    guard first < limit else { return nil }
    var last = first
    while last + 1 < limit, tokens[last + 1].isWord || tokens[last + 1].isPunctuation("."),
      !(tokens[last + 1].isPunctuation(".") && !tokens[last].isCapitalized),
      !tokens[last + 1].sets.contains(.descriptionStop)
        || tokens[last + 1].sets.contains(.determiner),
      last - first < 10
    {
      last += 1
    }
    // A full stop is part of a name only as an initial.
    while last > first, tokens[last].isPunctuation(".") { last -= 1 }
    return speakerPhrase(first...last)
  }

  /// Resolves a phrase into an attribution.
  mutating func attribution(_ phrase: SpeakerPhrase, cue: ClosedRange<Int>?) -> Attribution {
    Attribution(speaker: resolve(phrase), mention: phrase.tokens, cue: cue)
  }
}
