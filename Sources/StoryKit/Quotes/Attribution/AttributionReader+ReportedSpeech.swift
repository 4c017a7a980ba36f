/// A statement reported in the writer's words, with who made it.
struct ReportedStatement {
  /// The tokens of what was said (from `that` when present; the final full stop excluded).
  var content: ClosedRange<Int>
  var attribution: Attribution
}

extension AttributionReader {
  /// The statements reported in sentence `index`, outside the tokens already `claimed` by
  /// quotations: `X said (that) …`, `…, X said.`, `…, said X.`, `according to X, …`,
  /// `…, according to X.`
  mutating func reportedStatements(inSentence index: Int, claimed: [Bool]) -> [ReportedStatement] {
    let sentence = sentences[index].tokens
    guard sentence.count >= 4 else { return [] }
    var found: [ReportedStatement] = []
    // NB: the sentence's claimed tokens are counted once and the statements' contents kept in
    // order (they never overlap), so whether a range is free is a subtraction and a binary
    // search: a sentence may hold thousands of cues.
    let claimedCount = RunningCount(sentence) { claimed[$0] }
    var taken: [ClosedRange<Int>] = []
    func free(_ range: ClosedRange<Int>) -> Bool {
      let low = max(range.lowerBound, sentence.lowerBound)
      let high = min(range.upperBound, sentence.upperBound - 1)
      if low <= high, claimedCount.count(in: low...high) > 0 { return false }
      let next = taken.partitioningIndex { $0.lowerBound > range.upperBound }
      return next == 0 || taken[next - 1].upperBound < range.lowerBound
    }
    func keep(_ statement: ReportedStatement) {
      found.append(statement)
      taken.insert(
        statement.content,
        at: taken.partitioningIndex { $0.lowerBound > statement.content.lowerBound })
    }
    let end = contentEnd(of: sentence)
    // `Foreign ministry: Lavrov informs Rubio about …`
    if let statement = colonStatement(sentence: sentence), free(statement.content) {
      keep(statement)
    }
    // Where a forward statement ends: before a source named after it (`sourceAt`).
    var sourceAt = end
    // `According to Kim, …` / `…, according to the ministry.`
    for token in sentence where tokens[token].isLower("according") && !isQuoted(token) {
      guard token + 1 < sentence.upperBound, tokens[token + 1].isLower("to") else { continue }
      let cue = token...(token + 1)
      // `By Sept. 30, according to new filings, the committee had spent …`: after an adjunct
      // with no verb, the phrase opens the sentence as it does at its start.
      let opens =
        token == sentence.lowerBound
        || (tokens[token - 1].isPunctuation(",") && token - 2 >= sentence.lowerBound
          && wordCount(sentence.lowerBound...(token - 2)) <= 4
          && !hasFiniteVerb(sentence.lowerBound...(token - 2)))
      if opens {
        // The phrase runs to the next comma, what was said follows.
        guard
          let comma = (token + 2..<sentence.upperBound).first(where: {
            tokens[$0].isPunctuation(",")
          }),
          comma > token + 2, comma + 1 <= end, wordCount((comma + 1)...end) >= 3,
          let phrase = phrases.sourcePhrase((token + 2)...(comma - 1))
        else { continue }
        // `The harsh truth, according to addiction experts, is …`: when the clause goes on
        // with its verb, what comes before the phrase is its subject.
        let content =
          token > sentence.lowerBound && continuesWithVerb(at: comma + 1)
          ? sentence.lowerBound...end : (comma + 1)...end
        guard free(content), !hasOwnAttribution(content) else { continue }
        keep(
          ReportedStatement(content: content, attribution: attribution(phrase, cue: cue)))
      } else if token > sentence.lowerBound + 3, tokens[token - 1].isPunctuation(",") {
        // `Rubio said the talks would resume, according to a transcript.`: what was said ends
        // before the source, whoever said it.
        sourceAt = min(sourceAt, token - 2)
        // NB: `…, according to a survey of importers, the department said.`: the attribution
        // after the phrase speaks.
        let content = sentence.lowerBound...(token - 2)
        guard free(content), wordCount(content) >= 3, !hasOwnAttribution(content),
          !attributionFollows(after: token + 2, end: end),
          let phrase = titleSource(at: token + 2, end: end)
            ?? phrases.objectPhrase(after: token + 1, limit: sentence.upperBound)
            ?? (token + 2 <= end ? phrases.sourcePhrase((token + 2)...end) : nil)
        else { continue }
        keep(
          ReportedStatement(content: content, attribution: attribution(phrase, cue: cue)))
      }
    }
    // `…, but people thought the school was "thumbing our noses," he said.`: an attribution
    // that ends the sentence after a comma reports the whole sentence before it, whatever
    // cues are inside, when it quotes words (read clause by clause otherwise: `Kudlow said
    // both sides …, the official said` holds two statements).
    if let cue = sentence.last(where: { !claimed[$0] && cueVerb(at: $0) != nil }),
      cue > sentence.lowerBound, !tokens[cue - 1].isPunctuation(","), !isNegated(cue: cue),
      let statement = tailStatement(cue: cue, cueLast: cueEnd(at: cue), sentence: sentence),
      statement.content.lowerBound == sentence.lowerBound, free(statement.content),
      containsQuoteMark(statement.content)
    {
      keep(statement)
    }
    // NB: a negated cue (`did not say he would resign`) reports nothing.
    for cue in sentence where !claimed[cue] && !isNegated(cue: cue) {
      // NB: a participle (`adding`, `saying`) is a cue only after a comma, with the speaker of
      // the attribution or the subject of the clause before it (`participleSubject`).
      guard
        let verb = cueVerb(at: cue)
          ?? cueVerb(at: cue, allowGerund: true).flatMap({
            participleSubject(cue: cue) != nil ? $0 : nil
          })
      else { continue }
      let cueLast = cueEnd(at: cue)
      // `…, said X.`: the speaker follows the cue; nothing is reported after it. (Not after a
      // participle: `…, asking the city to …` reports forward or nothing.)
      if cue > sentence.lowerBound, tokens[cue - 1].isPunctuation(","), !verb.isGerund,
        let statement = tailStatement(cue: cue, cueLast: cueLast, sentence: sentence),
        free(statement.content)
      {
        keep(statement)
        continue
      }
      if let statement = forwardStatement(
        cue: cue, cueLast: cueLast, verb: verb,
        end: verb.isGerund ? asideEnd(cue: cue, end: sourceAt) : sourceAt),
        free(statement.content)
      {
        keep(statement)
        continue
      }
      if verb.onlyBeforeQuotation { continue }
      if !verb.isGerund || isProgressive(at: cue),
        let statement = tailStatement(cue: cue, cueLast: cueLast, sentence: sentence),
        free(statement.content)
      {
        keep(statement)
        if let more = continuation(of: statement, sentence: sentence), free(more.content) {
          keep(more)
        }
      }
    }
    return found
  }

  /// `…, according to "Man of the World," a book by …`: a title in quotation marks right
  /// after `according to` is the source, a document, named by its words inside the marks.
  /// A title: two words or more, each capitalised but for short words that titles leave in
  /// lower case (`of`, `the`, `and`).
  private func titleSource(at index: Int, end: Int) -> SpeakerPhrase? {
    guard index <= end, tokens[index].quoteMark != nil,
      let span = source.spans(openingIn: index...index).first, span.open == index,
      let close = span.close, close <= end + 1, close - index <= 16, let inner = span.inner
    else { return nil }
    let words = inner.filter { tokens[$0].isWord }
    guard words.count >= 2, let first = words.first, tokens[first].isCapitalized,
      words.allSatisfy({ tokens[$0].isCapitalized || tokens[$0].text.count <= 3 })
    else { return nil }
    var last = inner.upperBound
    while last > inner.lowerBound, !tokens[last].isWord { last -= 1 }
    return SpeakerPhrase(
      tokens: inner.lowerBound...last, kind: .description(head: tokens[last].lower))
  }

  /// `Foreign ministry: Lavrov informs Rubio about …`, `Sanders: Clinton needs to …`: a
  /// headline's or a transcript's source before a colon (`colonSource`) says the rest of the
  /// sentence, when it is a clause (a finite verb or a quotation in it, not `What we know`).
  private mutating func colonStatement(sentence: Range<Int>) -> ReportedStatement? {
    let end = contentEnd(of: sentence)
    guard
      let colon = (sentence.lowerBound..<min(end, sentence.lowerBound + 7)).first(where: {
        tokens[$0].isPunctuation(":")
      }),
      colon + 1 <= end, let source = colonSource(colon: colon)
    else { return nil }
    let content = (colon + 1)...end
    let opener = tokens[colon + 1]
    guard wordCount(content) >= 3, !opener.sets.contains(.clauseWord),
      !["how", "what", "why", "who", "where", "when", "which"].contains(opener.lower),
      hasFiniteVerb(content) || containsQuoteMark(content), !hasAttribution(content[...])
    else { return nil }
    return ReportedStatement(content: content, attribution: attribution(source, cue: colon...colon))
  }

  /// Where a participle set off between a subject and its verb ends (`Italy's ruling party,
  /// saying the government is finished, has withdrawn …`): before the comma that the
  /// sentence's verb follows. `end` when the participle follows a clause of its own (`Kim
  /// said Friday, adding that …`) or no such comma comes.
  private func asideEnd(cue: Int, end: Int) -> Int {
    let start = sentences[sentenceOf[cue]].tokens.lowerBound
    guard cue - 2 >= start, tokens[cue - 1].isPunctuation(","),
      // NB: a possessive is no contraction of a verb.
      !(start...(cue - 2)).contains(where: { !tokens[$0].isPossessive && hasFiniteVerb($0...$0) }),
      cue + 1 < end
    else { return end }
    let verbComma = (cue + 1..<end).first { index in
      tokens[index].isPunctuation(",")
        && (tokens[index + 1].sets.contains(.auxiliary)
          || tokens[index + 1].sets.contains(.irregularPast)
          || (tokens[index + 1].isWord && !tokens[index + 1].isCapitalized
            && tokens[index + 1].lower.hasSuffix("ed")))
    }
    return verbComma.map { $0 - 1 } ?? end
  }

  /// Whether an attribution set off by a comma follows a phrase that starts at `start`
  /// (`according to a survey of importers, the department said`), not a cue inside the
  /// phrase (`according to the person who spoke to …`).
  private func attributionFollows(after start: Int, end: Int) -> Bool {
    guard start <= end, let comma = (start...end).first(where: { tokens[$0].isPunctuation(",") }),
      comma < end,
      // NB: `…, according to their attorneys, and said …` goes on with the clause's verb.
      !["and", "but", "or"].contains(tokens[comma + 1].lower)
    else { return false }
    return (comma + 1...min(end, comma + 6)).contains { cueVerb(at: $0) != nil }
  }

  /// `…, he says, and are mostly meant …`: what follows an attribution set off by commas in
  /// the middle of a sentence is the speaker's too when it goes on with their clause (after
  /// `and`, `but`, `or`, a subject pronoun or an auxiliary: `, he said, but one person ran …`,
  /// `, he says, they get it`); not a phrase of the writer's (`, raising the possibility …`).
  /// A participle cue there (`, adding that …`) reports on its own (`participleSubject`).
  private func continuation(of statement: ReportedStatement, sentence: Range<Int>)
    -> ReportedStatement?
  {
    guard let mention = statement.attribution.mention else { return nil }
    let attributionEnd = max(mention.upperBound, statement.attribution.cue?.upperBound ?? 0)
    let comma = attributionEnd + 1
    let last = contentEnd(of: sentence)
    guard statement.content.upperBound < mention.lowerBound, comma + 1 <= last,
      tokens[comma].isPunctuation(",")
    else { return nil }
    let opener = tokens[comma + 1]
    guard
      opener.isLower("and") || opener.isLower("but") || opener.isLower("or")
        || opener.sets.contains(.subjectPronoun) || opener.sets.contains(.auxiliary)
    else { return nil }
    let content = (comma + 1)...last
    guard wordCount(content) >= 3, !containsQuoteMark(content),
      !hasAttribution(content.dropFirst())
    else { return nil }
    return ReportedStatement(content: content, attribution: statement.attribution)
  }

  /// `X said (that) …`: the subject before the cue, what was said after it.
  private mutating func forwardStatement(
    cue: Int, cueLast: Int, verb: SpeechLexicon.CueVerb, end sentenceEnd: Int
  ) -> ReportedStatement? {
    let end = relativeClauseEnd(cue: cue, cueLast: cueLast, end: sentenceEnd)
    guard cueLast < end, !isPlannedInsideTail(cue: cue, cueLast: cueLast, end: sentenceEnd)
    else { return nil }
    if verb.onlyBeforeQuotation {
      return quotedObjectStatement(cue: cue, cueLast: cueLast, end: end)
    }
    var start = cueLast + 1
    // `said, raising the possibility …`: a clause set off after the cue reports nothing; nor
    // does `asked not to be named`.
    if tokens[start].isPunctuation(",")
      || (tokens[start].isLower("not") && start + 1 <= end && tokens[start + 1].isLower("to"))
    {
      return nil
    }
    // `that` nearby opens the content: `said in a statement on Monday that …`.
    let window = start...min(end, start + 12)
    let that = window.first { tokens[$0].isLower("that") && !isQuoted($0) }
    // NB: only a quotation between the cue and `that` breaks them apart; words between are an
    // adjunct or a noun (`expressed hope that`, `said in a statement that`).
    // NB: nor does a clause that starts right after the cue (`said he worked with companies
    // … that would boost …`): its `that` is its own.
    let quoteBefore =
      that.map { that in (start..<that).contains { tokens[$0].quoteMark != nil } } ?? true
      || tokens[start].sets.contains(.subjectPronoun)
    // NB: another cue before `that`, after `and` or a comma (`said Friday, adding that …`;
    // not a noun: `expressed hope that`), makes the `that` its own.
    let cueBefore =
      that.map { that in
        (start + 1..<max(start + 1, that)).contains { index in
          cueVerb(at: index, allowGerund: true) != nil
            && (tokens[index - 1].isLower("and") || tokens[index - 1].isPunctuation(","))
        }
      } ?? false
    // NB: so does a clause of its own before `that` (`said unionization is overdue, and added
    // that …`): an auxiliary there (not a capitalised one: `on May 22`). The `that` still
    // opens what was said when no clause reads right after the cue (`says no approach was
    // made but that …`).
    let clauseBefore =
      that.map { that in
        (start..<that).contains {
          tokens[$0].sets.contains(.auxiliary) && !tokens[$0].isCapitalized
        }
      } ?? false
    var isRequest = false
    var isObject = false
    if verb.reportsRequest, let request = requestStart(after: start, end: end, before: that) {
      start = request
      isRequest = true
    } else if let that, !quoteBefore, !cueBefore, !clauseBefore {
      start = that
    } else if let clause = clauseStart(after: start, end: end, verb: verb) {
      start = clause
    } else if let that, !quoteBefore, !cueBefore {
      start = that
    } else if verb.reportsThing, tokens[start].isWord || tokens[start].isNumber {
      // `Polls show a close contest in the state, where …`, `called for a moratorium`: what
      // is shown or demanded is the verb's object, up to a comma.
      isObject = true
    } else {
      return nil
    }
    guard start <= end else { return nil }
    // `Peskov said that Moscow was ready, but Rubio said that …`: a second attribution in the
    // sentence ends the first statement.
    var last = end
    // NB: a cue verb in a relative clause (`users who agreed to download`) or before `to`
    // (`agreed to`) attributes nothing; nor does a cue word with no subject, which is a noun
    // (`increase share supply …`). After such a word, only an attribution set off by a comma
    // that closes the sentence ends the statement (`…, one dealer said.`); not a verb joined by
    // `and` (`violated state aid rules and threatened competition`), nor another noun
    // (`… common shares`).
    var afterNoun = false
    // The participle cue this statement ends before, if any (`reportsOwnClause`), and whether
    // the statement has a verb before it, read up to `verbsReadFrom`.
    var splitAt: Int?
    var statementHasVerb = false
    var verbsReadFrom = start
    // NB: nor does a verb that reports only its quoted object or a thing, unless joined to the
    // cue by `and` (`said the OECD has called for "…"` is all said; `said … and called it
    // "…"` is two).
    var next = start + 1
    while next < end {
      next += 1
      // NB: after such a word only an attribution closing the sentence can end the statement
      // (`closesSentence`), so the words before the sentence's last few are not read again: a
      // sentence of many cues is read in linear time.
      if afterNoun, next < end - 7 { next = end - 7 }
      // `said the plan would fail, adding that voters …`: a participle cue set off by a comma
      // that reports a clause of its own says a second thing, with the same speaker
      // (`participleSubject`); this statement ends before it. Only after a verb of the
      // statement's own: `said the rebels, saying they were betrayed, had left` sets an aside
      // inside it. (Read as the scan goes on, each token at most twice.)
      if !afterNoun, next - 2 > start, reportsOwnClause(participle: next, end: end) {
        statementHasVerb = statementHasVerb || hasFiniteVerb(verbsReadFrom...(next - 2))
        verbsReadFrom = next - 2
        if statementHasVerb {
          last = next - 2
          splitAt = next
          break
        }
      }
      guard
        cueVerb(at: next).map({
          !($0.onlyBeforeQuotation || $0.reportsThing) || isCoordinated(cue: next)
        }) ?? false,
        tokens[next - 1].isWord || tokens[next - 1].sets.contains(.between),
        !tokens[next - 1].isRelativePronoun,
        !(next + 1 <= end && tokens[next + 1].isLower("to"))
      else { continue }
      let coordinated = isCoordinated(cue: next)
      guard !(afterNoun && (coordinated || !closesSentence(cue: next, end: end))),
        let nextStart = coordinated ? next : phrases.subjectPhrase(before: next)?.tokens.lowerBound,
        nextStart > start + 1, !afterNoun || isClauseComma(nextStart - 1)
      else {
        afterNoun = true
        continue
      }
      var boundary = nextStart - 1
      while boundary > start,
        ["and", "but", "while", "whereas", "though", "although", "even", ",", ";"].contains(
          tokens[boundary].lower)
      {
        boundary -= 1
      }
      if boundary < nextStart - 1 { last = boundary }
      break
    }
    // `urged the envoys not to announce the talks, saying …`: a request ends before a cue
    // set off by a comma.
    if isRequest,
      let comma = (start..<last).first(where: {
        tokens[$0].isPunctuation(",") && cueVerb(at: $0 + 1, allowGerund: true) != nil
      })
    {
      last = comma - 1
    }
    if isObject, let comma = (start..<last).first(where: { tokens[$0].isPunctuation(",") }) {
      last = comma - 1
    }
    guard start <= last else { return nil }
    let content = start...last
    guard wordCount(content) >= 3,
      let subject = participleSubject(cue: cue) ?? coordinatedSubject(cue: cue)
        ?? modifiedEvidenceSubject(cue: cue, verb: verb) ?? phrases.subjectPhrase(before: cue)
    else { return nil }
    // `Latest Federal Reserve data suggest that …, economists said`: a piece of evidence that
    // someone else in the sentence reports speaks for nobody, as a verb of evidence would not
    // (`speechCueClaims(evidenceAt:)`; a document does: `the statement said …, he said`).
    if !verb.onlyAfterEvidence, case .description(let head) = subject.kind,
      lexicon.isEvidenceNoun(head) && !lexicon.documentNouns.contains(head)
        && !(PhraseReader.isPlural(head)
          && lexicon.documentNouns.contains(String(head.dropLast()))),
      source.speechCueClaims(evidenceAt: cue)
    {
      return nil
    }
    // `The union called for a moratorium` is a demand; `the contract calls for shipments of
    // …` says what a thing provides for: a demand's subject names someone. (Its head names a
    // speaker's kind: not `namesSpeakerKind(_:)`, which takes any plural, `Long-term plans`.)
    if isObject, !verb.onlyAfterEvidence, case .description(let head) = subject.kind,
      let noun = subject.tokens.last(where: { tokens[$0].lower == head }),
      !phrases.namesSpeakerKind(noun)
    {
      return nil
    }
    if let splitAt { splitSpeakers[splitAt] = subject }
    return ReportedStatement(
      content: content, attribution: attribution(subject, cue: cue...cueLast))
  }

  /// `The latest poll released Friday shows …`: the subject of a verb of evidence whose noun
  /// has words of its own after it is the phrase that ends with the noun, not a name among
  /// those words.
  ///
  /// A piece of evidence opening the sentence alone is the subject too, though capitalised
  /// words alone are read as no description elsewhere (`Video shows …`, `Video of the
  /// incident shows …`; `Video said` is a company's short name).
  private func modifiedEvidenceSubject(cue: Int, verb: SpeechLexicon.CueVerb) -> SpeakerPhrase? {
    guard verb.onlyAfterEvidence, let evidence = source.evidenceNoun(ofCue: cue) else {
      return nil
    }
    let noun = evidence.noun
    if evidence.isModified, let subject = phrases.subjectPhrase(before: noun + 1) {
      return subject
    }
    guard opensSentence(noun), tokens[noun].isCapitalized
    else { return nil }
    return SpeakerPhrase(tokens: noun...noun, kind: .description(head: tokens[noun].lower))
  }

  /// `RT called the bank's decision "incomprehensible and without warning."`: after a verb
  /// that is a cue only before a quotation, what was said is its object up to the end of the
  /// quotation (`SpeechLexicon.CueVerb.onlyBeforeQuotation`).
  private mutating func quotedObjectStatement(cue: Int, cueLast: Int, end: Int)
    -> ReportedStatement?
  {
    let start = cueLast + 1
    guard start <= end, !tokens[start].isPunctuation(","),
      let quotation = source.quotationAfter(cue: cue)
    else { return nil }
    let last = min(end, quotation.end)
    guard start <= last,
      let subject = participleSubject(cue: cue) ?? coordinatedSubject(cue: cue)
        ?? phrases.subjectPhrase(before: cue)
    else { return nil }
    return ReportedStatement(
      content: start...last, attribution: attribution(subject, cue: cue...cueLast))
  }

  /// Where a request reported after a cue starts (`SpeechLexicon.CueVerb.reportsRequest`):
  /// at its object, when an infinitive follows it within eight tokens, before any `that`
  /// (`urged ⟨voters to elect …⟩`, `called on ⟨Kyiv not to …⟩`). `nil` otherwise (`urged
  /// restraint`, `urged to act`, `encouraged by the figures`).
  private func requestStart(after start: Int, end: Int, before that: Int?) -> Int? {
    let limit = min(end, start + 8, (that ?? Int.max) - 1)
    guard start <= limit else { return nil }
    var index = start
    while index <= limit {
      let token = tokens[index]
      if token.isLower("to")
        || (token.isLower("not") && index + 1 <= limit
          && tokens[index + 1].isLower("to"))
      {
        let verb = token.isLower("to") ? index + 1 : index + 2
        // NB: the object comes first (`urged to act` reports no one's request), and a verb
        // follows `to` (`urged Kyiv to the table`).
        guard index > start, verb <= end, tokens[verb].isWord, !tokens[verb].isCapitalized,
          !tokens[verb].sets.contains(.determiner), !tokens[verb].sets.contains(.preposition)
        else { return nil }
        return start
      }
      // The object: words, no clause, no preposition (`urged the court for permission`).
      guard token.isWord || token.isPossessive, !token.sets.contains(.preposition),
        !token.sets.contains(.auxiliary), !token.isLower("that"), !isQuoted(index)
      else { return nil }
      index += 1
    }
    return nil
  }

  /// Whether cue `cue` ends the sentence's content, alone or with a short adjunct (`…, one
  /// dealer said`, `…, the ministry said in a statement`).
  private func closesSentence(cue: Int, end: Int) -> Bool {
    let after = cueEnd(at: cue) + 1
    return after > end
      || (end - after < 6 && !(after...end).contains { tokens[$0].kind == .punctuation })
  }

  /// Whether the cue at `cue` tells of a statement to come (a modal before it: `will tell`,
  /// `would announce`) inside what an attribution closing the sentence reports: `Argentina
  /// will tell its creditors it needs more time, Lavagna told reporters` is Lavagna's.
  /// NB: a modal, not a name's word (`Theresa May told`; a wire capitalises the word after an
  /// abbreviation: `The U.S. Will tell`); an attribution set off by a comma (not `…, and the
  /// bank said it agreed`).
  private func isPlannedInsideTail(cue: Int, cueLast: Int, end: Int) -> Bool {
    guard cue > 1, tokens[cue - 1].sets.contains(.modal),
      !(tokens[cue - 1].isCapitalized && tokens[cue - 2].isWord && tokens[cue - 2].isCapitalized
        && !tokens[cue - 2].text.hasSuffix("."))
    else { return false }
    return (cueLast + 2...max(cueLast + 2, end)).contains { later in
      guard later <= end, tokens[later - 1].isWord || tokens[later - 1].isPunctuation(","),
        cueVerb(at: later) != nil, closesSentence(cue: later, end: end),
        let comma = (cueLast + 1..<later).last(where: { tokens[$0].isPunctuation(",") })
      else { return false }
      // `…, Lavagna told reporters`, `…, said Lavagna`; not `…, and the bank said`.
      return !tokens[comma + 1].sets.contains(.clauseBoundary)
    }
  }

  /// Whether cue `cue` is a second verb of the clause before it: `(,) and added that …`,
  /// `but said …`.
  private func isCoordinated(cue: Int) -> Bool {
    let sentenceStart = sentences[sentenceOf[cue]].tokens.lowerBound
    return cue - 2 >= sentenceStart
      && (tokens[cue - 1].isLower("and") || tokens[cue - 1].isLower("but"))
  }

  /// `Kim said the bridge will open in May, and added that …`: a cue joined by `and` or `but`
  /// to an earlier cue of the sentence (at most 40 tokens back) has that cue's subject; joined
  /// to a clause with no cue, that clause's subject (`Conway did not apologize, but said …`).
  private func coordinatedSubject(cue: Int) -> SpeakerPhrase? {
    // NB: not after a quotation closed by its comma (`said that the comments "…," but said
    // …`): its attribution's speaker is read with it.
    guard isCoordinated(cue: cue),
      !(cue >= 3 && tokens[cue - 2].quoteMark != nil && tokens[cue - 3].isPunctuation(","))
    else { return nil }
    let sentenceStart = sentences[sentenceOf[cue]].tokens.lowerBound
    let earliest = max(sentenceStart, cue - 40)
    guard cue - 2 >= earliest else { return nil }
    // NB: an earlier cue with no subject of its own opens the sentence (`Asked about it, Conway
    // did not apologize, but said …`): the clause's subject is the speaker, when it surely
    // names one (not `Besides Reagan's knowledge, …, and said`): a name that a role, a title
    // or a known first name confirms, or a description of someone.
    guard
      let previous = (earliest...(cue - 2)).last(where: {
        cueVerb(at: $0) != nil && !isQuoted($0)
      }),
      previous > sentenceStart
    else {
      guard let subject = phrases.joinedClauseSubject(from: sentenceStart, before: cue - 1)
      else {
        return nil
      }
      if case .name(let name, _) = subject.kind, name.confirmed { return subject }
      return namesSpeakerKind(subject) ? subject : nil
    }
    guard !isCoordinated(cue: previous) else { return nil }
    return phrases.subjectPhrase(before: previous)
  }

  /// Where a statement reported in a relative clause ends: `Jones, who says she is innocent,
  /// could lose …` at the comma that closes the clause set off by commas; `officials who said
  /// …, said …` before the main clause's cue. `end` for any other cue.
  private func relativeClauseEnd(cue: Int, cueLast: Int, end: Int) -> Int {
    let sentenceStart = sentences[sentenceOf[cue]].tokens.lowerBound
    var beforeCue = cue - 1
    while beforeCue > sentenceStart, tokens[beforeCue].sets.contains(.between) { beforeCue -= 1 }
    guard beforeCue >= sentenceStart, tokens[beforeCue].isRelativeWho, cueLast < end else {
      return end
    }
    let setOff = beforeCue > sentenceStart && tokens[beforeCue - 1].isPunctuation(",")
    let comma = (cueLast + 1...end).first { index in
      guard tokens[index].isPunctuation(","), !isQuoted(index) else { return false }
      if setOff { return true }
      var next = index + 1
      while next < end, tokens[next].sets.contains(.between) { next += 1 }
      // NB: a participle cue too (`an architect who said he was stiffed …, saying, "…"`).
      return next <= end && cueVerb(at: next, allowGerund: true) != nil
    }
    return comma.map { $0 - 1 } ?? end
  }

  /// Whether the token at `index` is a participle cue set off by a comma (`…, adding that …`,
  /// `…, noting he had …`) that opens a clause of its own: `that`, or a clause right after it
  /// (`clauseStart`). Not `…, adding to the confusion`.
  private func reportsOwnClause(participle index: Int, end: Int) -> Bool {
    guard tokens[index - 1].isPunctuation(","), cueVerb(at: index) == nil,
      let verb = cueVerb(at: index, allowGerund: true), verb.isGerund,
      !verb.onlyBeforeQuotation, !verb.reportsRequest
    else { return false }
    let after = cueEnd(at: index) + 1
    guard after < end else { return false }
    return tokens[after].isLower("that") || clauseStart(after: after, end: end, verb: verb) != nil
  }

  /// `…, he said, adding that …`, `…, said Kim, noting that …`: a participle cue right after
  /// an attribution set off by a comma has that attribution's speaker. After any other
  /// clause it has the clause's subject (`Clinton mocked the complaint, saying …`).
  private func participleSubject(cue: Int) -> SpeakerPhrase? {
    let sentenceStart = sentences[sentenceOf[cue]].tokens.lowerBound
    guard cue - 2 >= sentenceStart, tokens[cue - 1].isPunctuation(","),
      tokens[cue].lower.hasSuffix("ing")
    else { return nil }
    // NB: a participle that ends an earlier cue's statement has that statement's speaker,
    // however far back its cue is (`splitSpeakers`).
    if let speaker = splitSpeakers[cue] { return speaker }
    // NB: an infinitive (`urged Comey not to announce the review, saying …`) is no one's
    // attribution: the cue before it is.
    guard
      let previous = (max(sentenceStart, cue - 12)...(cue - 2)).last(where: {
        cueVerb(at: $0) != nil && !($0 > sentenceStart && tokens[$0 - 1].isLower("to"))
      })
    else {
      return phrases.mainSubject(from: sentenceStart, before: cue - 1)
    }
    // NB: `…, said Kim, adding` names the speaker after the cue; `Kim said Friday, adding`
    // and `Kim, however, said …, adding` before it.
    let speakerFollows =
      previous > sentenceStart && isClauseComma(previous - 1)
      && !(previous - 2 >= sentenceStart && tokens[previous - 2].sets.contains(.connective))
    return previous == cue - 2 || !speakerFollows
      ? phrases.subjectPhrase(before: previous)
      : phrases.objectPhrase(after: cueEnd(at: previous), limit: cue - 1)
  }

  /// Whether a description names a speaker by its head: a role, an organisation, a document
  /// or a group, or a plural (`local residents`).
  private func namesSpeakerKind(_ phrase: SpeakerPhrase) -> Bool {
    guard case .description(let head) = phrase.kind,
      let index = phrase.tokens.last(where: { tokens[$0].lower == head })
    else { return false }
    return phrases.namesSpeakerKind(index)
      || (PhraseReader.isPlural(head) && !tokens[index].isCapitalized)
  }

  /// `…, X said.` or `…, said X.`: what was said first, the attribution closing the sentence.
  private mutating func tailStatement(cue: Int, cueLast: Int, sentence: Range<Int>)
    -> ReportedStatement?
  {
    let limit = sentence.upperBound
    var phrase: SpeakerPhrase?
    var comma: Int
    var after: Int
    // NB: a verb that takes the person spoken to never names the speaker after it: in `…, Paul
    // Hofer, head of …, told Reuters` the comma closes an apposition, and Reuters listened.
    let takesObject = cueVerb(at: cue)?.takesObject ?? false
    let inverted = cue > sentence.lowerBound && isClauseComma(cue - 1) && !takesObject
    if inverted {
      // `…, said police Chief Joseph Boinnet.` (not `…, CBOE, said that …`)
      // NB: a description there names a speaker by its head (`…, said the ministry`), not
      // the object of another sense of the verb (`…, noted the rule in an interview`).
      guard cueLast + 1 < limit, !tokens[cueLast + 1].isLower("that"),
        let object = phrases.objectPhrase(after: cueLast, limit: limit),
        !object.isDescription || namesSpeakerKind(object)
      else { return nil }
      phrase = object
      comma = cue - 1
      after = object.tokens.upperBound + 1
    } else {
      guard let subject = phrases.subjectPhrase(before: cue),
        subject.tokens.lowerBound > sentence.lowerBound,
        isClauseComma(subject.tokens.lowerBound - 1)
      else { return nil }
      phrase = subject
      comma = subject.tokens.lowerBound - 1
      after = cueLast + 1
    }
    // After the attribution: nothing, a short adjunct (`on Wednesday`, `told Reuters`), or a
    // clause set off by a comma (`, raising the possibility …`, `, but one person ran …`).
    // NB: full stops left out; only the first words after it are read, and the rest of the
    // sentence is counted, not read, so a sentence of many attributions is read in linear time.
    var next = after
    while next < limit, tokens[next].isPunctuation(".") { next += 1 }
    if next < limit, !tokens[next].isPunctuation(",") {
      let first = next
      // An adjunct: `on Wednesday`, `in a statement`, `told Reuters`, `Tuesday`, alone or
      // before a participle clause set off by a comma (`Friday afternoon, adding that …`).
      // NB: one that names a document may run longer (`in its annual report on Indonesia's
      // palm oil sector`).
      let adjunctWordLimit =
        tokens[first].sets.contains(.preposition)
          && (first + 1..<min(limit, first + 5)).contains {
            tokens[$0].sets.contains(.evidenceNoun)
          }
        ? 12 : 6
      var phrase: [Int] = []
      while next < limit, !tokens[next].isPunctuation(","), phrase.count <= adjunctWordLimit {
        if !tokens[next].isPunctuation(".") { phrase.append(next) }
        next += 1
      }
      // NB: after a verb that takes the person spoken to, that person (`told reporters`, `told
      // a news conference`).
      let adjunct =
        tokens[first].sets.contains(.preposition)
        || tokens[first].sets.contains(.timeWord)
        || ["told", "tells", "last", "this", "late", "early"].contains(tokens[first].lower)
        || (tokens[first].isCapitalized && phrase.count <= 2)
        || (first == cueLast + 1 && takesObject)
      // NB: or, after `X said`, before a clause a conjunction opens (`Friday afternoon, as
      // they bristled …`; not a relative clause, which may belong to what follows the cue).
      let endsSentence = next >= limit
      var participle = next + 1
      while participle < limit, tokens[participle].isPunctuation(".") { participle += 1 }
      guard adjunct, phrase.count <= adjunctWordLimit,
        !phrase.contains(where: { tokens[$0].isLower("that") }),
        endsSentence
          || (participle < limit && tokens[participle].isWord
            && (tokens[participle].lower.hasSuffix("ing")
              || (!inverted && lexicon.subordinators.contains(tokens[participle].lower))))
      else { return nil }
    }
    guard after >= limit || !source.containsColonOrMark(after...(limit - 1)) else { return nil }
    guard comma > sentence.lowerBound, let phrase else { return nil }
    var first = sentence.lowerBound
    // An opening quotation mark that closes right before the comma makes a direct quote.
    if let mark = tokens[first].quoteMark, mark.canOpen,
      tokens[comma - 1].quoteMark != nil || tokens[comma].quoteMark != nil,
      let span = spans(openingIn: first...first).first,
      span.close.map({ $0 >= comma - 1 }) ?? false
    {
      return nil
    }
    while first < comma, tokens[first].isPunctuation("—") { first += 1 }
    // A dateline opening the lead (`Moscow, April 28 (IANS)`) and a connective (`Meanwhile,`)
    // are the writer's, not the speaker's.
    if first == sentence.lowerBound,
      first == 0 || tokens[first - 1].paragraph != tokens[first].paragraph,
      let open = (first..<min(comma, first + 8)).first(where: { tokens[$0].isPunctuation("(") }),
      let close = (open..<min(comma, open + 5)).first(where: { tokens[$0].isPunctuation(")") })
    {
      first = close + 1
      while first < comma, ["-", "--", "—", "–", ":"].contains(tokens[first].text) { first += 1 }
    }
    if first + 1 < comma, tokens[first].sets.contains(.connective),
      tokens[first + 1].isPunctuation(",")
    {
      first += 2
    }
    var last = comma - 1
    if tokens[comma].quoteMark != nil { last = comma }  // `…heartbreaking,"` keeps its closing mark
    // `Still, he says, the campaign has dampened his enthusiasm`: after a connective alone,
    // what was said follows the attribution.
    // NB: not after an -s form that is as often a noun (`perpetual notes, most of …`).
    if first == last, tokens[first].sets.contains(.connective), after < limit,
      tokens[after].isPunctuation(","),
      !tokens[cue].lower.hasSuffix("s") || ["says", "adds"].contains(tokens[cue].lower)
    {
      let restEnd = contentEnd(of: sentence)
      guard after + 1 <= restEnd else { return nil }
      let rest = (after + 1)...restEnd
      guard wordCount(rest) >= 3,
        hasFiniteVerb(rest.lowerBound...min(rest.upperBound, rest.lowerBound + 8)),
        !hasAttribution(rest.dropFirst())
      else { return nil }
      return ReportedStatement(content: rest, attribution: attribution(phrase, cue: cue...cueLast))
    }
    guard first <= last else { return nil }
    let content = first...last
    // An opening phrase alone is no statement: `Asked what he would tell …, Brooks said`.
    if tokens[first].sets.contains(.statementOpener)
      && !(content.contains { tokens[$0].isPunctuation(",") })
    {
      return nil
    }
    let setOff = after < limit && tokens[after].isPunctuation(",")
    // NB: not after an -s form that is as often a noun (`perpetual notes, most of …`).
    if setOff, !tokens[cue].lower.hasSuffix("s") || ["says", "adds"].contains(tokens[cue].lower),
      let whole = splitClause(before: content, resumingAt: after + 1, sentence: sentence)
    {
      return ReportedStatement(
        content: whole,
        attribution: attribution(phrase, cue: cue...cueLast, pronounContext: content.lowerBound))
    }
    guard wordCount(content) >= (setOff ? 2 : 4) else { return nil }
    return ReportedStatement(content: content, attribution: attribution(phrase, cue: cue...cueLast))
  }

  /// `Acts of protest, Mr. Obama said, are acts of patriotism`, `Too often, Mr. Clarke said,
  /// the debate … is infected`: an attribution set off in the middle of a clause whose part
  /// before it has no verb. What was said is the whole clause, the attribution inside it, when
  /// the part after goes on with a verb; the part after alone when it is a clause of its own
  /// (the part before an adverb). `nil` when the part before is a clause itself, or the part
  /// after is none (`, including the musician …`).
  private func splitClause(
    before content: ClosedRange<Int>, resumingAt start: Int, sentence: Range<Int>
  ) -> ClosedRange<Int>? {
    let end = contentEnd(of: sentence)
    guard start <= end, wordCount(content) <= 6, !hasFiniteVerb(content),
      !content.contains(where: { tokens[$0].isPunctuation(",") })
    else { return nil }
    let rest = start...end
    // `That culture, they said, emphasizes selling …`: after a noun phrase that may be its
    // subject, an `-s` form right after the attribution is the clause's verb.
    let verbAfter =
      hasFiniteVerb(start...start) || (looksLikeSForm(start) && phrases.isDescription(content))
    guard wordCount(rest) >= 3, !containsQuoteMark(rest), !hasAttribution(rest.dropFirst()),
      verbAfter || hasFiniteVerb(start...min(end, start + 8))
    else { return nil }
    let opener = tokens[start]
    guard opener.isWord, !opener.sets.contains(.nonOpener) else { return nil }
    // NB: a conjunction or connective before the attribution is the writer's (`But, he said,
    // proposed tax rises would …`).
    let writers =
      content.count == 1
      && (tokens[content.lowerBound].sets.contains(.connective)
        || ["but", "and", "so", "yet", "or"].contains(tokens[content.lowerBound].lower))
    return verbAfter && !writers ? content.lowerBound...end : rest
  }
}
