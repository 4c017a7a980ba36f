/// What a reported clause is made of, for `AttributionReader+ReportedSpeech`: where it starts
/// after its cue (`clauseStart`), whether it has a verb of its own (`hasFiniteVerb`), where
/// the sentence's content ends, and whether tokens hold a quotation or a second attribution.
extension AttributionReader {
  /// Whether a quotation reads as a title: two words of four letters or more, all of them
  /// capitalised (`"Diplomacy and Power"`), as quoted speech seldom is.
  func isTitle(_ span: QuotedSpan) -> Bool {
    guard span.open + 1 <= span.lastInside else { return false }
    let words = (span.open + 1...span.lastInside).filter { tokens[$0].isWord }
    let long = words.filter { tokens[$0].text.count >= 4 }
    return long.count >= 2 && long.allSatisfy { tokens[$0].isCapitalized }
  }

  /// The last token of a sentence's content: its final full stop (not a closing mark) left out.
  func contentEnd(of sentence: Range<Int>) -> Int {
    var end = sentence.upperBound - 1
    while end > sentence.lowerBound, tokens[end].kind == .punctuation,
      [".", "!", "?", "…", "...", ";"].contains(tokens[end].text)
    {
      end -= 1
    }
    return end
  }

  /// How many words and numbers the tokens hold.
  func wordCount(_ range: ClosedRange<Int>) -> Int { source.wordCount(range) }

  /// Whether tokens hold a second attribution (`Rubio said`): a cue word after a name or a
  /// subject pronoun. After any other word it is a noun or a verb of the clause (`dampened
  /// hopes`, `a lunch counter`). The tokens must not start a sentence.
  func hasAttribution(_ indexes: ClosedRange<Int>.SubSequence) -> Bool {
    indexes.contains { index in
      cueVerb(at: index) != nil
        && (tokens[index - 1].isCapitalized || tokens[index - 1].sets.contains(.subjectPronoun))
    }
  }

  /// Whether the tokens hold an attribution of their own: a cue after a name or a subject
  /// pronoun that is its subject, with words such as `also` between (`According to a text of
  /// his remarks, he also said …`). What they report is that speaker's, not a source's around
  /// them.
  func hasOwnAttribution(_ range: ClosedRange<Int>) -> Bool {
    range.contains { index in
      guard index > range.lowerBound, let verb = cueVerb(at: index), !verb.isGerund else {
        return false
      }
      var before = index - 1
      while before > range.lowerBound, tokens[before].sets.contains(.between) { before -= 1 }
      // NB: `Cuban sugar export figures for January suggest …` is no speaker's attribution,
      // nor `Lavrov spoke to Rubio about …`, which reports no clause.
      guard tokens[before].isCapitalized || tokens[before].sets.contains(.subjectPronoun),
        let subject = phrases.subjectPhrase(before: index), !subject.isDescription
      else { return false }
      let after = cueEnd(at: index) + 1
      return after > range.upperBound || tokens[after].isLower("that")
        || clauseStart(after: after, end: range.upperBound, verb: verb) != nil
    }
  }

  /// Whether the tokens hold a quotation mark other than a single one (which may be an
  /// apostrophe).
  func containsQuoteMark(_ range: ClosedRange<Int>) -> Bool {
    source.containsDoubleMark(range)
  }

  /// Whether tokens hold a word that reads as a finite verb: an auxiliary or modal, a past
  /// form (`-ed`, or an irregular one of `[irregular-past]`: `saw`), a contraction, or an `-s`
  /// form right after a subject pronoun or a name.
  func hasFiniteVerb(_ range: ClosedRange<Int>) -> Bool {
    for index in range where tokens[index].isWord {
      let word = tokens[index].lower
      if tokens[index].sets.contains(.auxiliary) || tokens[index].sets.contains(.irregularPast) {
        return true
      }
      // NB: the last byte rules most words out before characters are compared.
      let last = word.utf8.last
      if last == 0x64 && word.hasSuffix("ed") && word.count > 4 { return true }
      if PhraseReader.hasApostrophe(word) { return true }
      // `they know`, `we want`: a word right after a subject pronoun (not a phrase's word,
      // nor the cue of an attribution: `…, he said`).
      if index > range.lowerBound, tokens[index - 1].sets.contains(.subjectPronoun),
        !tokens[index].sets.contains(.preposition), !tokens[index].sets.contains(.determiner),
        !tokens[index].sets.contains(.nonOpener), cueVerb(at: index) == nil
      {
        return true
      }
      // NB: also after an adverb that may stand before a verb (`the process often leaves`).
      if last == 0x73, word.hasSuffix("s"), index > range.lowerBound,
        tokens[index - 1].sets.contains(.subjectPronoun) || tokens[index - 1].isCapitalized
          || (tokens[index - 1].sets.contains(.between) && tokens[index - 1].isWord
            && index - 1 > range.lowerBound)
      {
        return true
      }
    }
    return false
  }

  /// Whether the token at `index` may be a verb's `-s` form: a lower-case word of four letters
  /// or more ending in `s` (not `ss`), no apostrophe (`rewards`, `shows`).
  func looksLikeSForm(_ index: Int) -> Bool {
    let token = tokens[index]
    let word = token.lower
    return token.isWord && !token.isCapitalized && word.count > 3 && word.hasSuffix("s")
      && !word.hasSuffix("ss") && !PhraseReader.hasApostrophe(word)
  }

  /// Whether a verb follows closely on a clause's start: within nine tokens, or right after
  /// an aside set off by commas after its subject (`the program, run by the Department of
  /// Homeland Security, has brought …`).
  func opensWithVerb(_ start: Int, end: Int, afterSay: Bool = false) -> Bool {
    if hasFiniteVerb(start...min(end, start + 8)) { return true }
    // After `say` or `tell` and a determiner, a subject and its verb: a plural noun, then a
    // lower-case word that opens no phrase (`said the videos show …`; not after `a`); or a
    // singular noun, after at most one more word, then an `-s` form (`said an internal review
    // shows …`; not `surplus`, nor after a number: `the seven nations`). (After other cues,
    // `expects a world cocoa surplus` and the like are objects too often.)
    if afterSay, start + 2 <= end, tokens[start].sets.contains(.determiner) {
      let noun = tokens[start + 1]
      let verb = tokens[start + 2]
      if !tokens[start].isLower("a"), !tokens[start].isLower("an"), noun.isWord,
        !noun.isCapitalized, noun.lower.count > 3, PhraseReader.isPlural(noun.lower),
        verb.isWord, !verb.isCapitalized, !verb.lower.hasSuffix("s"),
        verb.sets.isDisjoint(with: [
          .determiner, .preposition, .pronoun, .clauseBoundary, .nonOpener, .connective,
          .timeWord, .between,
        ]),
        cueVerb(at: start + 2) == nil
      {
        return true
      }
      for index in (start + 2)...min(end, start + 3) {
        let word = tokens[index]
        let before = tokens[index - 1]
        guard word.isWord, !word.isCapitalized, before.isWord, !before.isCapitalized else { break }
        if looksLikeSForm(index), !word.lower.hasSuffix("us"), !word.lower.hasSuffix("is"),
          !PhraseReader.isPlural(before.lower),
          !lexicon.pluralDeterminers.contains(before.lower),
          before.sets.isDisjoint(with: [.preposition, .determiner, .connective, .between]),
          cueVerb(at: index) == nil
        {
          return true
        }
      }
    }
    guard start + 1 <= end,
      let open = (start + 1...min(end, start + 4)).first(where: { tokens[$0].isPunctuation(",") }),
      open + 2 <= end,
      let close = (open + 2...min(end, open + 14)).first(where: {
        tokens[$0].isPunctuation(",")
      }),
      close + 1 <= end
    else { return false }
    return hasFiniteVerb(close + 1...min(end, close + 3))
  }

  /// Whether the word at `index`, right after an aside (`The harsh truth, according to
  /// experts, is …`), goes on with the clause's verb: a verb form, or a lower-case word that
  /// opens no phrase of its own (`include`), not `the committee`, `Coke`, `in 2010`.
  func continuesWithVerb(at index: Int) -> Bool {
    guard index < tokens.count, tokens[index].isWord, !isQuoted(index) else { return false }
    if hasFiniteVerb(index...index) { return true }
    let token = tokens[index]
    return !token.isCapitalized && !token.isNumber
      && token.sets.isDisjoint(with: [
        .determiner, .preposition, .pronoun, .clauseBoundary, .nonOpener, .connective,
        .timeWord,
      ])
  }

  /// Whether token `index` ends a clause before an attribution: a comma, or a closing mark
  /// right after a comma inside it (`…heartbreaking," she said`).
  func isClauseComma(_ index: Int) -> Bool {
    if tokens[index].isPunctuation(",") { return true }
    if let mark = tokens[index].quoteMark, mark.canClose, index > 0,
      tokens[index - 1].isPunctuation(",")
    {
      return true
    }
    return false
  }

  /// Where what was said starts after a cue that no `that` follows (`said she started …`,
  /// `said in July it …`, `told reporters the plan …`), from token `start` after the cue;
  /// `nil` when no reported clause opens there.
  func clauseStart(after first: Int, end: Int, verb: SpeechLexicon.CueVerb) -> Int? {
    var start = first
    if verb.takesObject {
      guard let skipped = skipObject(from: start, end: end) else { return nil }
      start = skipped
    }
    while start <= end, tokens[start].sets.contains(.timeWord) { start += 1 }
    // An opening phrase: `said, after the meeting, …`, `said in July it …`.
    if start <= end, tokens[start].isPunctuation(",") {
      start += 1
      // NB: a clause a conjunction opens there is the writer's (`said Friday, as they
      // bristled at …`), unless a comma closes it before what was said (`said, if elected,
      // she would …`).
      if start < end, tokens[start].isWord, tokens[start].sets.contains(.clauseBoundary),
        !(start + 1...end).contains(where: { tokens[$0].isPunctuation(",") })
      {
        return nil
      }
    }
    if start <= end, tokens[start].sets.contains(.preposition),
      !(tokens[start].isLower("about") && start + 1 <= end && tokens[start + 1].isNumber)
    {
      // `said in July it …`, `told The Canadian Press by email the golfer …`, `said in the
      // annual report the mine …`: skip the phrase up to the clause's subject (a pronoun), or
      // over `prep (det) noun`, the noun's modifiers included.
      let limit = min(end, start + 8)
      if let pronoun = (start...limit).first(where: {
        tokens[$0].sets.contains(.subjectPronoun) || tokens[$0].isPunctuation(",")
      }) {
        start = tokens[pronoun].isPunctuation(",") ? pronoun + 1 : pronoun
      } else {
        let preposition = start
        let hasDeterminer = start + 1 <= end && tokens[start + 1].sets.contains(.determiner)
        start += hasDeterminer ? 2 : 1
        // `said in the harbour's annual report the port …`: a document's noun, with the words
        // that modify it, up to the clause's subject.
        var skippedWords = 0
        while start <= end, skippedWords < 3, tokens[start].isWord,
          skippedWords == 0 || !tokens[start].isCapitalized,
          !tokens[start].sets.contains(.determiner), !tokens[start].lower.hasSuffix("ing"),
          tokens[start].sets.isDisjoint(with: [
            .auxiliary, .clauseWord, .clauseBoundary, .preposition, .nonOpener,
          ])
        {
          start += 1
          skippedWords += 1
        }
        // NB: else the one word after the preposition (and its determiner) is the phrase
        // (`said at a meeting the proposal …`, `said following in the footsteps …`; not `said
        // on Monday troops killed the militants who …`).
        let namesDocument = skippedWords > 0 && tokens[start - 1].sets.contains(.evidenceNoun)
        if !namesDocument || start > end
          || !(tokens[start].sets.contains(.determiner) || tokens[start].isCapitalized)
        {
          start = preposition + (hasDeterminer ? 3 : 2)
          guard start <= end,
            tokens[start].sets.contains(.determiner) || tokens[start].isCapitalized
          else {
            return nil
          }
        }
      }
    }
    guard start <= end else { return nil }
    let opener = tokens[start]
    // NB: a participle cue opens no clause (`said on Friday, adding that …` reports after it).
    // NB: `no` opens a clause when a verb follows it closely (`said no decision had been
    // made`), not as an answer (`said no to …`).
    let negatedSubject =
      opener.isLower("no") && start + 1 <= end
      && (start + 1...min(end, start + 4)).contains { tokens[$0].sets.contains(.auxiliary) }
    if opener.kind == .punctuation || (opener.sets.contains(.nonOpener) && !negatedSubject)
      || (cueVerb(at: start) == nil && cueVerb(at: start, allowGerund: true) != nil)
    {
      return nil
    }
    if let mark = opener.quoteMark, !mark.canOpen { return nil }
    // NB: of a progressive cue only `saying` reports a bare clause (`are now writing Surrey
    // City Council as it …` writes to someone).
    // NB: some cues report a clause only when a pronoun that is only a subject opens it
    // (`added he doesn't think …`; not `added it to …`, `agreed to make it easier`), or `it`
    // right before an auxiliary (`announced it had reached …`). A participle's pronoun and
    // `it` come right after the cue (`adding he would never …`; not `adding to honours it
    // has won`, `agreed to acquire the stake it does not own`).
    // NB: only when it is, or comes after nothing but words of time (`announced Monday it was
    // launching …`), is `it` before an auxiliary the clause's subject.
    let rightAfter = start == first
    let afterTime =
      rightAfter
      || (!verb.isGerund && (first..<start).allSatisfy { tokens[$0].sets.contains(.timeWord) })
    let pronounClause =
      verb.reportsPronounClause && opener.sets.contains(.subjectPronoun)
      && ((!opener.sets.contains(.objectPronoun) && !opener.isLower("it")
        && (rightAfter || !verb.isGerund))
        || (opener.isLower("it") && afterTime && start + 1 <= end
          && tokens[start + 1].sets.contains(.auxiliary)))
    let bare =
      (verb.reportsBareClause && (!verb.isGerund || verb.lemma == "say")) || pronounClause
    guard bare || containsQuoteMark(start...end) else { return nil }
    // A clause has a verb: `said she started …`, not `reported steps forward in …`.
    guard
      containsQuoteMark(start...end)
        || opensWithVerb(start, end: end, afterSay: verb.lemma == "say" || verb.lemma == "tell")
    else { return nil }
    // `wrote the book "Diplomacy and Power"`: a title names a work; no words are quoted.
    // NB: a title opening near the cue (bounded, so that a sentence of many cues is read in
    // linear time).
    if spans(openingIn: start...min(end, start + 12)).contains(where: isTitle),
      !hasFiniteVerb(start...end)
    {
      return nil
    }
    // A standalone quotation right after the cue is quoted, not reported.
    if opener.quoteMark != nil, let span = spans(openingIn: start...start).first,
      isStandalone(span)
    {
      return nil
    }
    return start
  }

  /// Where what was said starts after the person spoken to: `told reporters …`,
  /// `told CBS News …`, `told the jury he …`.
  func skipObject(from start: Int, end: Int) -> Int? {
    guard start <= end else { return nil }
    if let run = NameParser(lexicon: lexicon).run(tokens, from: start, limit: end + 1) {
      return run.upperBound + 1
    }
    if tokens[start].sets.contains(.objectPronoun) { return start + 1 }
    // `told the jury he …`, `told investigators he …`: the object ends where the reported
    // clause's subject begins.
    guard start + 1 <= end else { return nil }
    return (start + 1...min(end, start + 4)).first { index in
      tokens[index].sets.contains(.subjectPronoun) || tokens[index].isLower("that")
    }
  }
}
