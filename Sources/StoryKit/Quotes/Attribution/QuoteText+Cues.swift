/// Reading cue verbs (`said`, `is saying`, `pointed out`) in an article's tokens.
extension QuoteText {
  /// Whether the cue at `index` is negated: `not`, `never` or a word ending in `n't` right
  /// before it, or before an adverb right before it (`did not publicly say`; not `not only
  /// said`). A negated cue reports nothing (`did not say he would resign`), but it is still an
  /// attribution: a statement before it ends there.
  func isNegated(cue index: Int) -> Bool {
    var before = index - 1
    if before > 0, tokens[before].isWord, tokens[before].lower.hasSuffix("ly"),
      !tokens[before].isLower("only")
    {
      before -= 1
    }
    guard before >= 0, tokens[before].isWord, !isQuoted(before) else { return false }
    let word = tokens[before].lower
    return word == "not" || word == "never" || word.hasSuffix("n't") || word.hasSuffix("n’t")
  }

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
    if tokens[index].startsUppercase, !opensSentence(index) {
      return nil
    }
    if verb.onlyBeforeThat {
      let next = cueEnd(at: index) + 1
      guard next < tokens.count, tokens[next].isLower("that") else { return nil }
    }
    // `called the decision "incomprehensible"`: a quotation opens within eight tokens, in
    // the sentence.
    if verb.onlyBeforeQuotation, quotationAfter(cue: index) == nil { return nil }
    // `Polls show …`, `the study has found that …`: the noun right before, past the words that
    // may stand between (`has`, `also`), names a document or a piece of evidence; and nobody
    // else speaking in the sentence claims it (`…, as two polls showed that …, dealers said`
    // is the dealers').
    if verb.onlyAfterEvidence {
      guard evidenceNoun(ofCue: index) != nil, !speechCueClaims(evidenceAt: index) else {
        return nil
      }
    }
    // `The union called for a moratorium`: a demand is reported when nobody else speaks in
    // the sentence (`Time said its unit has called for redemption of the notes` is Time's),
    // or when a quotation follows (`… and called for "a new attitude"`).
    if verb.reportsThing, !verb.onlyAfterEvidence, !speechCues[sentenceOf[index]].isEmpty,
      quotationAfter(cue: index) == nil
    {
      return nil
    }
    // `The last song written by Edwards`: a participle with its agent after it is passive.
    if index + 1 < tokens.count, tokens[index + 1].isLower("by"),
      tokens[index].lower.hasSuffix("en") || tokens[index].lower.hasSuffix("wn")
    {
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
    // `as expected`, `as reported earlier`: a past form right after `as` is the writer's
    // aside, with nobody speaking (`as he said` has its subject between).
    if index > 0, tokens[index - 1].isLower("as"), !verb.isPresent, !verb.isGerund {
      return nil
    }
    // A noun, not a verb: after a determiner (`a report`, `the state`), or right before a
    // verb of its own (`A final report is to be released`, `the Treasury note rose`, `BA's
    // shares tumbled`). (After a possessive it may still attribute: `Trump's claim that …`,
    // `Moody's said`.)
    // NB: so is a cue word right after `of` (`the secretary of state said`).
    if index > 0, tokens[index - 1].isWord,
      lexicon.nounDeterminers.contains(tokens[index - 1].lower) || tokens[index - 1].isLower("of")
    {
      return nil
    }
    // A noun after a preposition (`a fall in note circulation`): a present form does not
    // follow one, save `to` (`to note that`), unless a relative clause leaves its preposition
    // behind (`the people he spoke with said`, `Colleagues he worked with say he …`), which
    // what follows tells (`that`, a pronoun, a determiner, a quotation).
    if index > 0, !verb.isGerund, tokens[index - 1].isWord,
      tokens[index - 1].sets.contains(.preposition), !tokens[index - 1].isLower("to"),
      verb.isPresent,
      !opensReportedWords(at: cueEnd(at: index) + 1, orQuotation: true)
    {
      return nil
    }
    if headsDocumentPhrase(at: index, verb: verb) || endsSingularPhrase(at: index, verb: verb) {
      return nil
    }
    // NB: after a possessive, the bare form before a word of the phrase is a noun too
    // (`Indonesia's state oil company`), not `Trump's claim that`, `Moody's said profits`.
    if index > 0, tokens[index - 1].isPossessive, tokens[index].lower == verb.lemma,
      index + 1 < tokens.count, tokens[index + 1].isWord, !tokens[index + 1].isCapitalized,
      !tokens[index + 1].isLower("that"), !tokens[index + 1].sets.contains(.determiner),
      !tokens[index + 1].sets.contains(.subjectPronoun)
    {
      return nil
    }
    // NB: after a pronoun it is the verb of a relative clause (`donations, which he said were
    // accompanied by …`).
    let next = cueEnd(at: index) + 1
    if next < tokens.count, tokens[next].isWord, !isQuoted(next),
      tokens[next].sets.contains(.auxiliary) || tokens[next].sets.contains(.irregularPast)
        || (index > 0 && tokens[index - 1].isPossessive && tokens[next].lower.hasSuffix("ed")),
      index == 0 || !tokens[index - 1].sets.contains(.subjectPronoun)
    {
      return nil
    }
    return verb
  }

  /// Whether the cue word at `index` is a document's noun here, not a verb (`its report`, `the
  /// economic report`, `those profit estimates`): a noun of `[document-nouns]` or
  /// `[own-documents]`, or the plural of one, that `cueVerb(at:)` does not read as a verb.
  func isDocumentNoun(at index: Int) -> Bool {
    guard index >= 0, index < tokens.count, let verb = cueVerbs[index],
      verb.isPresent,
      tokens[index].sets.contains(.evidenceNoun) || lexicon.isEvidenceNoun(verb.lemma)
    else { return false }
    return cueVerb(at: index) == nil
  }

  /// Whether the cue word at `index` is the noun of a document that heads the words before it,
  /// not its verb (`the economic report said`, `those profit estimates`, `two promissory
  /// notes`): a present form of a verb whose form is a document noun too, right before a past
  /// form (`the latest reports heralded`), or after words that a determiner leads, with which
  /// a verb would not agree (the bare form after a singular: `the company report`, not `the
  /// analysts report that`; the -s form after a plural: `those profit estimates`, not `the
  /// company reports that`).
  private func headsDocumentPhrase(at index: Int, verb: SpeechLexicon.CueVerb) -> Bool {
    let start = sentences[sentenceOf[index]].tokens.lowerBound
    guard index > start, !verb.isGerund, verb.isPresent,
      tokens[index].sets.contains(.evidenceNoun)
        || (tokens[index].lower != verb.lemma && lexicon.isEvidenceNoun(verb.lemma)),
      !opensReportedWords(at: index + 1, orQuotation: false)
    else { return false }
    // `the latest reports heralded a deal`, `The survey report showed`: a past form right
    // after it, when a modifier stands before it (not `The health ministry reports confirmed
    // cases …`, `He notes increased competition …`), is the verb of the phrase it heads.
    let next = index + 1
    if next < tokens.count, tokens[next].isWord, !tokens[next].isCapitalized, !isQuoted(next),
      tokens[next].lower.hasSuffix("ed"), !tokens[next].lower.hasSuffix("eed"),
      tokens[index - 1].isWord, !tokens[index - 1].isCapitalized,
      tokens[index - 1].sets.isDisjoint(with: [.subjectPronoun, .pronoun, .role, .organisation]),
      !lexicon.namesGroup(tokens[index - 1].lower),
      !SpeechLexicon.isPlural(tokens[index - 1].lower)
    {
      return true
    }
    // NB: a name may modify it too (`a South Korean parliamentary report`).
    let last = index - 1
    guard last > start, modifiesNoun(last, namesToo: true, numbersToo: false) else {
      return false
    }
    let leader =
      modifiersStart(
        endingAt: last, from: start, longest: 4, namesToo: true, numbersToo: false) - 1
    guard leader >= start, !isQuoted(leader),
      tokens[leader].sets.contains(.determiner) || tokens[leader].isNumber
        || tokens[leader].isPossessive
    else { return false }
    // NB: a name's number is not in its spelling (`The New York Times reports`); a group noun
    // is plural (`the police report that`).
    let lastWord = tokens[last].lower
    let pluralBefore =
      (!tokens[last].isCapitalized && SpeechLexicon.isPlural(lastWord)
        && !lastWord.hasSuffix("is") && !lastWord.hasSuffix("us"))
      || lexicon.namesGroup(lastWord) || lexicon.irregularPlurals.contains(lastWord)
      || lexicon.pluralDeterminers.contains(tokens[leader].lower)
      || (tokens[leader].isNumber && tokens[leader].text != "1")
    return tokens[index].lower == verb.lemma ? !pluralBefore : pluralBefore
  }

  /// Whether the base form of a cue word is the noun that ends a singular phrase, not its verb:
  /// after words that a singular determiner or a possessive leads (`the venezuelan state oil
  /// company`, `a key state in`, `the former Dutch state mines`), or right after a nationality
  /// (`Chilean state copper firm`), when nothing a verb reports opens after it. A verb would not
  /// agree with such a phrase in its base form; but British English makes a body or a group
  /// plural (`the government say`, `the police say`), so not after a name (other than a
  /// nationality), an organisation or a group.
  private func endsSingularPhrase(at index: Int, verb: SpeechLexicon.CueVerb) -> Bool {
    let start = sentences[sentenceOf[index]].tokens.lowerBound
    let next = index + 1
    guard index > start, verb.isPresent, !verb.isGerund, tokens[index].lower == verb.lemma,
      next < tokens.count, !tokens[next].isPunctuation(":"),
      !opensReportedWords(at: next, orQuotation: true)
    else { return false }
    let last = index - 1
    let lastToken = tokens[last]
    guard lastToken.isWord, !isQuoted(last), cueVerbs[last] == nil,
      !lastToken.isCapitalized || NameParser.isDemonym(lastToken),
      lastToken.sets.isDisjoint(with: [
        .organisation, .subjectPronoun, .pronoun, .auxiliary, .modal, .between, .clauseWord,
        .clauseBoundary, .nonOpener, .preposition, .determiner, .connective, .timeWord,
        .namedTime, .timeOpener,
      ]),
      !lastToken.isRelativePronoun, !lastToken.lower.hasSuffix("ly"),
      !lexicon.namesGroup(lastToken.lower), !lexicon.isPluralNoun(lastToken.lower)
    else { return false }
    // `Chilean state copper firm`, `the Chinese state press`: a nationality before a lower-case
    // word; not `The Japanese think EC firms …`, a people.
    let beforeWord = tokens[next].isWord && !tokens[next].isCapitalized
    if NameParser.isDemonym(lastToken),
      last == start || !tokens[last - 1].isWord || tokens[last - 1].sets.contains(.determiner)
    {
      return beforeWord
    }
    // The words before it, up to three, led by a singular determiner or a possessive.
    let leader =
      modifiersStart(
        endingAt: last, from: start, longest: 3, namesToo: false, numbersToo: true) - 1
    guard leader >= start, !isQuoted(leader) else { return false }
    let word = tokens[leader].lower
    guard
      tokens[leader].isPossessive
        || (lexicon.nounDeterminers.contains(word) && !lexicon.pluralDeterminers.contains(word))
    else { return false }
    // After a preposition or inside a relative clause, the noun before it heads the subject,
    // with which the verb may agree (`Western diplomats in the region say`, `people familiar
    // with the matter say`, `people who attended the meeting say`; not `president of the
    // regional state central bank`). A possessor's own words do not count (`The Bundesbank's
    // 1986 annual report`).
    var opening = leader
    if tokens[leader].isPossessive {
      while opening > max(start, leader - 3), tokens[opening - 1].isWord,
        tokens[opening - 1].isCapitalized || tokens[opening - 1].sets.contains(.determiner)
      {
        opening -= 1
      }
    }
    // (A word that opens no reported clause and no clause of its own is a preposition too:
    // `across`, `among`.)
    func isPreposition(_ index: Int) -> Bool {
      let sets = tokens[index].sets
      return tokens[index].isWord
        && (sets.contains(.preposition)
          || (sets.contains(.nonOpener) && !sets.contains(.clauseBoundary)))
    }
    // (Not after a comma or a conjunction, where the phrase opens its clause: `Syria, a key
    // state in`.)
    let before = opening - 1
    guard before > start, tokens[before].isWord, !tokens[before].sets.contains(.clauseBoundary)
    else { return true }
    var headIndex: Int
    if isPreposition(before) {
      headIndex = before - 1
    } else if let relative = (max(start + 1, before - 4)..<before).last(where: {
      tokens[$0].isRelativePronoun
    }) {
      headIndex = relative - 1
    } else {
      return true
    }
    // An adjective that takes its object after a preposition stands after its noun (`people
    // familiar with`, `officials close to`).
    if headIndex > start, lexicon.adjectivesWithObject[tokens[headIndex].lower] != nil {
      headIndex -= 1
    }
    // NB: a head that is no noun (`in Paris and in the region say`) leaves the verb.
    let head = tokens[headIndex]
    return head.isWord && !head.isCapitalized && !lexicon.isPluralNoun(head.lower)
      && !lexicon.pluralDeterminers.contains(head.lower) && !lexicon.namesGroup(head.lower)
      && head.sets.isDisjoint(with: [
        .organisation, .pronoun, .clauseBoundary, .nonOpener, .determiner, .preposition,
        .between, .connective,
      ])
  }

  /// Whether the word at `index` may modify a noun after it inside a phrase (`economic`,
  /// `annual`, `Chilean`): a word, no cue, no function word, no -ly adverb; capitalised only
  /// as a nationality unless `namesToo` (`South Korean`); a number only when `numbersToo`
  /// (`the 1986 annual report`).
  private func modifiesNoun(_ index: Int, namesToo: Bool, numbersToo: Bool) -> Bool {
    let token = tokens[index]
    if numbersToo && token.isNumber { return true }
    return token.isWord && !isQuoted(index) && cueVerbs[index] == nil
      && (namesToo || !token.isCapitalized || NameParser.isDemonym(token))
      && token.sets.isDisjoint(with: [
        .subjectPronoun, .auxiliary, .between, .clauseWord, .clauseBoundary, .nonOpener,
        .preposition, .determiner, .modal,
      ])
      && !token.isRelativePronoun && !token.lower.hasSuffix("ly")
  }

  /// Where the words that modify a noun begin, `last` the last of them: going back from it
  /// over words that `modifiesNoun`, to `longest` words at most, never before `start`.
  private func modifiersStart(
    endingAt last: Int, from start: Int, longest: Int, namesToo: Bool, numbersToo: Bool
  ) -> Int {
    var first = last
    while first > max(start, last - longest + 1),
      modifiesNoun(first - 1, namesToo: namesToo, numbersToo: numbersToo)
    {
      first -= 1
    }
    return first
  }

  /// Whether what was said may open at `index`, right after a cue word: `that`, a subject
  /// pronoun, a determiner, or when `orQuotation` a quotation mark (`say that …`, `say he …`,
  /// `report the …`) — a verb's object or clause, where a noun would go on with its own verb
  /// or words.
  private func opensReportedWords(at index: Int, orQuotation: Bool) -> Bool {
    guard index < tokens.count else { return false }
    let token = tokens[index]
    return token.isLower("that") || (orQuotation && token.quoteMark != nil)
      || (token.isWord && !token.isCapitalized
        && !token.sets.isDisjoint(with: [.subjectPronoun, .determiner]))
  }

  /// The noun of evidence that is the subject of the cue at `cue`: the word right before it,
  /// past the words that may stand between (`the study has found`), or the head of the words
  /// before it (`modifiedEvidenceNoun`: `a 2014 study by Harvard found`), which `isModified`
  /// tells.
  func evidenceNoun(ofCue cue: Int) -> (noun: Int, isModified: Bool)? {
    let sentence = sentences[sentenceOf[cue]].tokens
    var before = cue - 1
    while before > sentence.lowerBound, tokens[before].sets.contains(.between) { before -= 1 }
    guard before >= sentence.lowerBound else { return nil }
    // NB: a plural too (`other Tanjug reports showed`).
    let word = tokens[before].lower
    if tokens[before].sets.contains(.evidenceNoun)
      || (tokens[before].isWord && SpeechLexicon.isPlural(word)
        && lexicon.isEvidenceNoun(String(word.dropLast())))
    {
      return (before, false)
    }
    return modifiedEvidenceNoun(endingAt: before, sentence: sentence).map { ($0, true) }
  }

  /// The noun of evidence that the words up to `last` are, with what follows it (`a 2014 study
  /// by Harvard`, `the latest poll released Friday`, `data from the census`, `a study that
  /// appeared in the journal`): within ten words back, in one run of words, an evidence noun
  /// followed by a preposition or a participle, or by `that` or `which` and a verb of its own
  /// (a past form or an auxiliary: not `a study that experts found`), with no other verb or
  /// clause word after it.
  private func modifiedEvidenceNoun(endingAt last: Int, sentence: Range<Int>) -> Int? {
    let window = max(sentence.lowerBound, last - 10)
    var head = last - 1
    var auxiliary = false
    while head >= window {
      let token = tokens[head]
      if token.isLower("that") || token.isLower("which"), head > window, head + 1 < last,
        tokens[head - 1].sets.contains(.evidenceNoun),
        tokens[head + 1].sets.contains(.auxiliary)
          || (tokens[head + 1].lower.hasSuffix("ed") && !tokens[head + 1].isCapitalized)
      {
        return isObjectOfVerb(head - 1, sentence: sentence) ? nil : head - 1
      }
      // NB: an auxiliary only inside such a clause (`a report that was released Friday`).
      auxiliary = auxiliary || token.sets.contains(.auxiliary)
      // NB: a year may stand among the words (`data from the 2014 American Community Survey`).
      guard token.isWord || token.isNumber, !token.sets.contains(.subjectPronoun),
        !token.sets.contains(.clauseWord), !token.isRelativePronoun,
        cueVerbs[head] == nil || token.sets.contains(.evidenceNoun)
      else { return nil }
      // NB: not a capitalised one inside a name (`by the Census Bureau`).
      if token.sets.contains(.evidenceNoun),
        !(token.isCapitalized && tokens[head + 1].isCapitalized && tokens[head + 1].isWord)
      {
        let next = tokens[head + 1]
        let isModified =
          next.sets.contains(.preposition) || next.isLower("of")
          || (next.lower.hasSuffix("ed") && !next.isCapitalized)
        guard isModified, !auxiliary else { return nil }
        // NB: the object of a preposition or a verb is no subject; the noun it modifies may be
        // (`Results from a survey of 2,000 workers found`; not `In a poll conducted for …`).
        if !isObjectOfVerb(head, sentence: sentence) { return head }
      }
      head -= 1
    }
    return nil
  }

  /// Whether the noun at `noun` is the object of a verb or a preposition before it (`Police
  /// searching the records of the firm found a gun`, `In a poll conducted for TV-AM showed`): a
  /// gerund (not right before it: `an ABC News tracking poll`) or an auxiliary within three
  /// words before, or a preposition with only words between (not `On Tuesday, figures from
  /// the bank showed`).
  private func isObjectOfVerb(_ noun: Int, sentence: Range<Int>) -> Bool {
    let before = max(sentence.lowerBound, noun - 3)..<noun
    return before.contains { index in
      tokens[index].isWord
        && ((tokens[index].sets.contains(.preposition)
          && (index + 1..<noun).allSatisfy { tokens[$0].isWord || tokens[$0].isNumber })
          || (!tokens[index].isCapitalized
            && ((tokens[index].lower.hasSuffix("ing") && index < noun - 1)
              || tokens[index].sets.contains(.auxiliary))))
    }
  }

  /// The first quotation in double marks (or guillemets) that opens within eight tokens after
  /// the cue at `cue`, in its sentence, past its object, holding a word in lower case: not a
  /// name the verb gives (`an app called "Screenwise Meter"`, `calls herself "The Lioness"`).
  func quotationAfter(cue: Int) -> QuotedSpan? {
    let first = cueEnd(at: cue) + 1
    let last = min(sentenceEnd(of: cue) - 1, first + 7)
    guard first < last,
      let span = spans(openingIn: (first + 1)...last).first(where: {
        $0.family != .single && !$0.isNested
      }),
      span.inner.map({ inner in inner.contains { tokens[$0].isWord && !tokens[$0].isCapitalized } })
        ?? false
    else { return nil }
    return span
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
}
