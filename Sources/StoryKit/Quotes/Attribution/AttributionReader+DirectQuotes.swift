extension AttributionReader {
  /// Whether a quotation stands as a quotation of its own (after a sentence start, a colon, a
  /// cue, or `said,`), rather than as words quoted inside the writer's sentence
  /// (`was "constructive and quite useful"`).
  func isStandalone(_ span: QuotedSpan) -> Bool {
    let open = span.open
    let sentenceStart = sentences[sentenceOf[open]].tokens.lowerBound
    if open == sentenceStart { return true }
    let before = tokens[open - 1]
    if before.isPunctuation(":") || before.isPunctuation("(") || before.isPunctuation("—")
      || before.isPunctuation("–")
    {
      return true
    }
    if before.isPunctuation(",") {
      // `He said, "…"` or `"…," he said, "…"`
      return (max(sentenceStart, open - 6)..<(open - 1)).contains {
        quotingCueVerb(at: $0, allowGerund: true) != nil
      }
        || (open >= 2 && tokens[open - 2].quoteMark != nil)
    }
    if quotingCueVerb(at: open - 1, allowGerund: true) != nil { return true }
    return false
  }

  /// Where an unclosed quotation really ends: at an attribution inside it
  /// (`…arms should stop, stated the Russian Foreign Minister.`), else where it was cut.
  func cutUnclosed(_ span: QuotedSpan) -> (span: QuotedSpan, attributionStart: Int?) {
    guard !span.isClosed, let inner = span.inner else { return (span, nil) }
    // Look for `, CUE NP .` or `, NP CUE .` ending one of the quotation's sentences: the first
    // such attribution ends the quote.
    for comma in inner where tokens[comma].isPunctuation(",") {
      let end = sentenceEnd(of: comma)
      guard end - comma <= 12, end - 1 <= inner.upperBound + 1 || tokens[end - 1].isPunctuation(".")
      else { continue }
      let tail = (comma + 1)..<end
      guard tail.contains(where: { quotingCueVerb(at: $0, insideQuote: true) != nil }) else {
        continue
      }
      // Only names, roles and pronouns around the cue: no new clause, no further comma.
      let wordsOK = tail.allSatisfy { index in
        tokens[index].isWord || tokens[index].isPunctuation(".")
      }
      guard wordsOK else { continue }
      var cut = span
      cut.lastInside = comma - 1
      cut.continuesInNextParagraph = false
      return (cut, comma + 1)
    }
    return (span, nil)
  }

  /// The attribution written after a quotation: `"…," Rubio said`, `"…," said Karlsson`,
  /// `"…" he told Reuters`, `"…" the statement read`.
  mutating func attributionAfter(_ closeToken: Int) -> Attribution? {
    var index = closeToken + 1
    guard index < tokens.count, tokens[index].paragraph == tokens[closeToken].paragraph else {
      return nil
    }
    let limit = sentenceEnd(of: index)
    while index < limit, tokens[index].kind == .punctuation,
      [",", "—", "–", "-", "--"].contains(tokens[index].text)
    {
      index += 1
    }
    guard index < limit else { return nil }
    // `"…," said Karlsson`
    if quotingCueVerb(at: index) != nil {
      let cueLast = cueEnd(at: index)
      if let phrase = phrases.objectPhrase(after: cueLast, limit: limit) {
        return attribution(phrase, cue: index...cueLast)
      }
      return nil
    }
    // `"…," according to the ministry`
    if tokens[index].isLower("according"), index + 1 < limit, tokens[index + 1].isLower("to"),
      let phrase = phrases.objectPhrase(after: index + 1, limit: limit)
    {
      return attribution(phrase, cue: index...(index + 1))
    }
    // `"…," Rubio said` / `"…" the statement read` / `"…," Harry J. Kazianis, director of …,
    // said in a statement` / `"…" he was quoted as saying`
    var cue = index
    var nameEnd: Int?
    while cue < min(limit, index + 30) {
      if tokens[cue].quoteMark != nil { break }
      if tokens[cue].isPunctuation(",") && cue > index {
        // An apposition after the name: remember where the name ended.
        if nameEnd == nil { nameEnd = cue - 1 }
        cue += 1
        continue
      }
      let asSaying = tokens[cue].isLower("saying") && cue > 0 && tokens[cue - 1].isLower("as")
      if cue > index, quotingCueVerb(at: cue) != nil || isDocumentCue(at: cue) || asSaying {
        // NB: after a quotation whose sentence ended inside it (`"… for Paula." Richards also
        // points out conditions …`), a cue that reports a clause of its own opens a new
        // statement; `"… ." he said.` ends with the cue or a short adjunct.
        let after = cueEnd(at: cue) + 1
        if closeToken > 0, [".", "?", "!"].contains(tokens[closeToken - 1].text),
          after < limit, wordCount(after...(limit - 1)) >= 4
        {
          return nil
        }
        var last = (nameEnd ?? cue - 1)
        if nameEnd == nil {
          while last > index, tokens[last].sets.contains(.between) { last -= 1 }
        }
        if asSaying {
          // `he was quoted as saying`: the subject before `was quoted`.
          last = index
          while last + 1 < cue, tokens[last + 1].isWord,
            !(tokens[last + 1].isLower("was") || tokens[last + 1].isLower("is")
              || tokens[last + 1].isLower("has") || tokens[last + 1].isLower("had"))
          { last += 1 }
        }
        if let phrase = phrases.speakerPhrase(index...last) {
          return attribution(phrase, cue: cue...cueEnd(at: cue))
        }
        return nil
      }
      // Without an apposition, the attribution is short.
      if nameEnd == nil && cue > index + 12 { break }
      cue += 1
    }
    return nil
  }

  /// Whether `index` is a verb that quotes a document (`the statement read`).
  func isDocumentCue(at index: Int) -> Bool {
    guard index > 0, tokens[index].sets.contains(.documentVerb) else { return false }
    return tokens[index - 1].sets.contains(.documentNoun)
  }

  /// The source a paragraph opens with, set before a colon at `colon`, as headlines and
  /// transcripts write it (`Foreign ministry: Lavrov informs …`, `Loretta Lynch: 'Be the
  /// voice …'`): at most six words, no label of `[colon-labels]` (`Photo:`, `Update:`), and
  /// a name the article writes in another paragraph too, or a short description of what may
  /// speak (`Foreign ministry`, `Poll`).
  func colonSource(colon: Int) -> SpeakerPhrase? {
    let start = sentences[sentenceOf[colon]].tokens.lowerBound
    guard colon > start, colon - start <= 6, !isQuoted(colon),
      start == 0 || tokens[start - 1].paragraph != tokens[start].paragraph,
      (start..<colon).allSatisfy({ tokens[$0].isWord || tokens[$0].isPunctuation(".") }),
      // NB: `The Washington Post said:` is an attribution with its cue.
      !(start..<colon).contains(where: { source.cueVerbs[$0] != nil }),
      !(start..<colon).contains(where: { lexicon.colonLabels.contains(tokens[$0].lower) }),
      let phrase = phrases.sourcePhrase(start...(colon - 1))
    else { return nil }
    if case .description = phrase.kind {
      // NB: a short description (`Foreign ministry`, `Poll`), not a topic (`Frustration with
      // police`).
      guard
        phrases.namesSpeakerKind(phrase.tokens.upperBound)
          || tokens[phrase.tokens.upperBound].sets.contains(.evidenceNoun),
        !phrase.tokens.contains(where: {
          tokens[$0].sets.contains(.preposition) || tokens[$0].isLower("of")
        })
      else { return nil }
      return phrase
    }
    // NB: a name whose last word the article writes elsewhere too (`Bernie Sanders:` and
    // `Sanders said`); a section's label is written once (`Peace Efforts:`), or in capitals
    // (`KEEPING SCORE:`, `ENERGY:`).
    guard !phrase.tokens.allSatisfy({ !tokens[$0].isWord || tokens[$0].isAllCaps }),
      let last = phrase.tokens.last(where: { tokens[$0].isCapitalized }),
      source.isNamed(tokens[last].lower, outside: tokens[colon].paragraph)
    else { return nil }
    return phrase
  }

  /// The attribution written before a quotation: `Rubio said: "…"`, `He said, "…"`,
  /// `…said "the Government of Canada …"`, `Loretta Lynch: 'Be the voice …'`.
  mutating func attributionBefore(_ openToken: Int) -> Attribution? {
    let sentenceStart = sentences[sentenceOf[openToken]].tokens.lowerBound
    var last = openToken - 1
    guard last >= sentenceStart else { return nil }
    if tokens[last].isPunctuation(":"), let source = colonSource(colon: last) {
      return attribution(source, cue: last...last)
    }
    if tokens[last].isPunctuation(":") || tokens[last].isPunctuation(",") { last -= 1 }
    // The cue, possibly followed by a short phrase: `wrote on social media platform:`.
    var cue = last
    while cue >= max(sentenceStart, last - 10) {
      if isQuoted(cue) && tokens[cue].quoteMark != nil { return nil }
      if quotingCueVerb(at: cue, allowGerund: true) != nil || tokens[cue].isLower("according") {
        break
      }
      cue -= 1
    }
    guard cue >= max(sentenceStart, last - 10) else { return nil }
    if tokens[cue].isLower("according") {
      guard let phrase = phrases.objectPhrase(after: cue + 1, limit: openToken) else { return nil }
      return attribution(phrase, cue: cue...(cue + 1))
    }
    let verb = quotingCueVerb(at: cue, allowGerund: true)
    if verb?.isGerund == true {
      // `…, saying "…"`: the subject of the sentence.
      guard let phrase = phrases.mainSubject(from: sentenceStart, before: cue) else { return nil }
      return attribution(phrase, cue: cue...cue)
    }
    guard let phrase = phrases.subjectPhrase(before: cue) else { return nil }
    return attribution(phrase, cue: cue...cueEnd(at: cue))
  }

  /// The attribution of a paragraph that ends with a colon and a cue, introducing the quote
  /// in the next paragraph: `Andriy Sibiha wrote on social media platform:` ⏎ `"Why wait …"`.
  mutating func attributionFromPreviousParagraph(_ openToken: Int) -> Attribution? {
    guard openToken > 0, tokens[openToken - 1].paragraph == tokens[openToken].paragraph - 1,
      tokens[openToken - 1].isPunctuation(":")
    else { return nil }
    return attributionBefore(openToken)
      ?? {
        // The colon ends the previous paragraph's sentence: look for its cue there.
        let colon = openToken - 1
        let start = sentences[sentenceOf[colon]].tokens.lowerBound
        for cue in stride(from: colon - 1, through: start, by: -1)
        where quotingCueVerb(at: cue) != nil {
          if let phrase = phrases.subjectPhrase(before: cue) {
            return attribution(phrase, cue: cue...cueEnd(at: cue))
          }
        }
        return nil
      }()
  }
}
