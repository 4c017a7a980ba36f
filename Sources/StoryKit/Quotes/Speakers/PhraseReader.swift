/// Reads the words that name a speaker (`SpeakerPhrase`) around a cue: the subject before it
/// (`Kremlin spokesman Dmitry Peskov said`), the phrase after it (`said the ministry`), a
/// sentence's main subject (`Pompeo praised … and said`), and whether a word group describes
/// a speaker at all (`South Korean officials`, not `documents offer`).
///
/// Reads only: registering and resolving the phrases is `SpeakerResolver`'s. Each call reads
/// a bounded window of tokens.
struct PhraseReader: QuoteTextReader {
  let source: QuoteText

  /// Whether tokens describe a speaker (`the government`, `a private security professional`,
  /// `South Korean officials`): short, no verb, and led by a determiner, a role, or ending in a
  /// plural noun or a role, organisation or document noun.
  func isDescription(_ range: ClosedRange<Int>) -> Bool {
    guard range.count <= 8 else { return false }
    guard !range.contains(where: { tokens[$0].sets.contains(.clauseWord) }) else { return false }
    // Past forms and gerunds are verbs here (`documents offer`, `campaign co-ordinated`),
    // except in a role (`the injured man` is rare in attributions; roles are listed).
    // NB: nor a document noun (`the filing`, `the ruling`).
    if range.dropFirst().contains(where: {
      Self.endsLikeVerbForm(tokens[$0].lower) && !tokens[$0].sets.contains(.role)
        && !tokens[$0].sets.contains(.documentNoun)
    }) {
      return false
    }
    let head = tokens[range.upperBound].lower
    let firstWord = tokens[range.lowerBound].lower
    // `Noting the audit`, `Citing the report`: a gerund with its object is a clause.
    if range.count > 1, Self.endsLikeVerbForm(firstWord), firstWord.hasSuffix("ing"),
      !tokens[range.lowerBound].sets.contains(.role),
      tokens[range.lowerBound + 1].sets.contains(.determiner)
    {
      return false
    }
    // `McCallum’s staff`
    if firstWord.hasSuffix("'s") || firstWord.hasSuffix("’s") { return range.count >= 2 }
    // NB: a piece of evidence too (`the video shows …`, `data from the census show …`), but
    // not one capitalised word alone (`Video said`: the short name of `Video Jukebox Network
    // Inc`; `speakerPhrase` reads `Footage shows` so).
    let known =
      namesSpeakerKind(range.upperBound)
      || (tokens[range.upperBound].sets.contains(.evidenceNoun)
        && (range.count > 1 || !tokens[range.upperBound].startsUppercase))
    let plural =
      head.count > 3 && Self.isPlural(head) && !head.hasSuffix("'s")
      && tokens[range.upperBound].isWord && !tokens[range.upperBound].isCapitalized
    let led =
      tokens[range.lowerBound].sets.contains(.determiner)
      || tokens[range.lowerBound].sets.contains(.role)
    // `30 cents`, `5 percent`: an amount is nobody, unless of people (`30 protesters` is
    // read as a plural; `3 officials`, `200 police` are known).
    if tokens[range.lowerBound].isNumber && !known {
      return false
    }
    return known || (plural && range.count <= 4) || (led && range.count >= 2)
  }

  /// Whether the word at `index` names what may speak by what it is: a role, an organisation,
  /// a document or a group (`spokesman`, `ministry`, `report`, `officials`); not any noun
  /// that a determiner leads (`the rule`).
  func namesSpeakerKind(_ index: Int) -> Bool {
    let sets = tokens[index].sets
    return sets.contains(.role) || sets.contains(.organisation) || sets.contains(.documentNoun)
      || isGroupNoun(tokens[index].lower)
  }

  /// Whether a word ends in `ed` or `ing` (a past form or a gerund).
  @inline(__always)
  static func endsLikeVerbForm(_ word: String) -> Bool {
    // NB: only a word whose last scalar is `d` or `g` can end so; most words are ruled out
    // without comparing characters.
    switch word.utf8.last {
    case 0x64: return word.hasSuffix("ed")
    case 0x67: return word.hasSuffix("ing")
    default: return false
    }
  }

  /// Whether a lower-case word names a group of people (`SpeechLexicon.namesGroup`).
  func isGroupNoun(_ word: String) -> Bool {
    lexicon.namesGroup(word)
  }

  /// Where a company's name begins when `run` is only its tail — a company suffix or single
  /// letters after `and`, `&` or a comma (`Roebuck and Co`, `S and P`), or a founder's
  /// possessive with or without a suffix (`Poor's Corp`, `Poor's`): at the capitalised words
  /// before, as far back as `first`; `nil` when `run` is no such tail.
  func nameStart(endingIn run: ClosedRange<Int>, from first: Int) -> Int? {
    let isSuffixOrLetter = { (index: Int) -> Bool in
      lexicon.companySuffixes.contains(self.tokens[index].lower)
        || (self.tokens[index].isCapitalized && self.tokens[index].text.count == 1)
    }
    // NB: `Standard and Poor's Corp`; not `Chrysler and American Motors Corp`, two companies.
    let founder = tokens[run.lowerBound].isWord && tokens[run.lowerBound].isPossessive
    // NB: the dot of `and Co.` is no part of the tail's words.
    let words = run.filter { !tokens[$0].isPunctuation(".") }
    // NB: also an initialism before a company suffix (`Toyota Motor Sales, U.S.A. Inc`; not
    // `Fayetteville, N.C.` nor `U.S. officials`).
    let isTail =
      words.dropFirst(founder ? 1 : 0).allSatisfy(isSuffixOrLetter)
      || (words.count >= 2 && tokens[words[words.count - 1]].sets.contains(.companySuffix)
        && words.dropLast().allSatisfy { tokens[$0].isInitialism })
    // `Rochester Gas and Electric Co`: a trade word after `and` joins the words before it.
    let isTrade =
      words.count == 2 && lexicon.companyTradeWords.contains(tokens[words[0]].lower)
      && lexicon.companySuffixes.contains(tokens[words[1]].lower)
      && run.lowerBound - 2 >= first
      && Self.isAnd(tokens[run.lowerBound - 1])
    guard isTail || isTrade else { return nil }
    var start = run.lowerBound
    // NB: a founder's name comes after `and` only (`Indeed, Moody's` is no company).
    while start - 2 >= first,
      Self.isAnd(tokens[start - 1])
        || (tokens[start - 1].isPunctuation(",") && !founder),
      isCompanyWord(tokens[start - 2])
    {
      start -= 2
      while start - 1 >= first, isCompanyWord(tokens[start - 1]) { start -= 1 }
    }
    // `Jacobs Engineering group Inc`, `K mart Corp`, `Spectrum 2000 Inc`: a short lower-case
    // word or a number inside the name broke the run before its suffix.
    while start - 2 >= first, isNameGlue(tokens[start - 1]), isCompanyWord(tokens[start - 2]) {
      start -= 2
      while start - 1 >= first, isCompanyWord(tokens[start - 1]) { start -= 1 }
    }
    // `St. Joseph Light and Power Co`: a name prefix with its dot opens the name.
    if start < run.lowerBound, start - 2 >= first, tokens[start - 1].isPunctuation("."),
      !tokens[start - 1].spaceBefore, lexicon.namePrefixes.contains(tokens[start - 2].lower + ".")
    {
      start -= 2
    }
    return start < run.lowerBound ? start : nil
  }

  /// `and` or `&`, which join the words of a company's name (`Procter & Gamble`).
  private static func isAnd(_ token: TextToken) -> Bool {
    token.isLower("and") || token.text == "&"
  }

  /// A token that may stand inside a company's name between capitalised words: a number, or a
  /// short lower-case word that is no function word (`group`, `co`, `mart`).
  private func isNameGlue(_ token: TextToken) -> Bool {
    // NB: never a verb (`Moody's cited Crane's`, `Philips is Europe's`, `… saw Multiplex's`).
    token.isNumber
      || (token.isWord && !token.startsUppercase && token.text.count <= 5
        && !lexicon.notNames.contains(token.lower) && !token.sets.contains(.cueForm)
        && lexicon.cueVerb(token.lower) == nil && !token.sets.contains(.auxiliary)
        && !token.sets.contains(.passiveAuxiliary) && !token.sets.contains(.irregularPast)
        && !token.sets.contains(.clauseWord) && !Self.endsLikeVerbForm(token.lower))
  }

  /// A capitalised word that may be part of a company's name: not a sentence's `However`.
  private func isCompanyWord(_ token: TextToken) -> Bool {
    // NB: a capital letter before `and` is an initial (`A and P`), not the article `A`.
    token.isCapitalized
      && (token.text.count == 1 || !lexicon.notNames.contains(token.lower))
  }

  /// Whether a lower-case noun reads as a plural (`officials`, not `press` or `business`).
  static func isPlural(_ word: String) -> Bool {
    SpeechLexicon.isPlural(word)
  }

  /// Reads the speaker phrase over `tokens` (the words between clause start and cue, or after
  /// the cue), or `nil` when they name no speaker.
  func speakerPhrase(_ range: ClosedRange<Int>) -> SpeakerPhrase? {
    var first = range.lowerBound
    var last = range.upperBound
    // Trim punctuation at both ends, and a conjunction or connective opening a description
    // (`But the group`, `However the sources`), or a time word before its determiner
    // (`Earlier the large retailer`, `Earlier this week the company`), which are the writer's.
    // (`But he`, after a quotation, opens the next statement: it names nobody for the
    // quotation.)
    while first <= last,
      tokens[first].kind == .punctuation || tokens[first].quoteMark != nil
        || (first < last
          && (tokens[first].sets.contains(.connective)
            || ["but", "and"].contains(tokens[first].lower))
          && !tokens[first + 1].sets.contains(.pronoun))
        || (first < last && tokens[first].sets.contains(.timeWord)
          && tokens[first + 1].sets.contains(.determiner))
    {
      first += 1
      // NB: `this week`, `this month` after it are a time too.
      if first < last, tokens[first].sets.contains(.determiner),
        tokens[first + 1].sets.contains(.namedTime)
      {
        first += 2
      }
    }
    // NB: a ticker after a company's name is no part of it (`Rio Tinto-Zinc Corp Plc
    // <RTZL.L>`), and names nobody alone.
    while last >= first,
      tokens[last].kind == .punctuation && !tokens[last].isPunctuation(".")
        || tokens[last].quoteMark != nil || inTicker[last]
    {
      last -= 1
    }
    guard first <= last else { return nil }
    // `It's believed`, `There's said to be`: nobody; nor `in the city's proposed budget`.
    if first == last && tokens[first].sets.contains(.clauseWord)
      && Self.hasApostrophe(tokens[first].lower)
    {
      return nil
    }
    if tokens[first].sets.contains(.preposition) && !tokens[first].startsUppercase { return nil }
    if first == last, tokens[first].sets.contains(.pronoun),
      let gender = lexicon.pronouns[tokens[first].lower]
    {
      guard gender != .plural || tokens[first].isLower("they") else { return nil }
      return tokens[first].isLower("i") || tokens[first].isLower("we")
        ? nil : SpeakerPhrase(tokens: first...last, kind: .pronoun(gender))
    }
    guard last - first < 14 else { return nil }
    let parser = NameParser(lexicon: lexicon)
    // The last name run inside the phrase names the speaker.
    var index = first
    var lastName: (run: ClosedRange<Int>, parsed: NameParser.ParsedName)?
    // `Dr. Anna Berg of the University of Oslo`, `Captain Mark Kelly of the fire service`: a
    // person's name (shown one by a title, a role or a known first name) followed by `of` and
    // where they work or come from, to the phrase's end, names the speaker, not the
    // organisation or the description after it. (Not `many Out of the Cold users`.)
    // NB: not when a person's name ends the phrase: it follows a title's `of` (`Deputy
    // Comptroller of the Currency Robert Bench`).
    var personBeforeOf: (run: ClosedRange<Int>, parsed: NameParser.ParsedName)?
    while index <= last {
      if inTicker[index] {
        index += 1
        continue
      }
      if let run = parser.run(tokens, from: index, limit: last + 1) {
        let atStart = opensSentence(index)
        if let parsed = parser.parse(tokens, run: run, atSentenceStart: atStart) {
          lastName = (run, parsed)
          if personBeforeOf == nil,
            isPersonWhereFrom(parsed, run: run, from: first, to: last)
          {
            personBeforeOf = (run, parsed)
          }
        }
        index = run.upperBound + 1
      } else {
        index += 1
      }
    }
    if let personBeforeOf, lastName?.parsed.kind != .person { lastName = personBeforeOf }
    // `Sears, Roebuck and Co`, `S and P`: a company suffix or a letter after `and` ends the
    // name the capitalised words before it begin, also before the clause seemed to start
    // (at its `and`), within the sentence.
    if let (run, parsed) = lastName,
      let start = nameStart(
        endingIn: run, from: sentences[sentenceOf[run.lowerBound]].tokens.lowerBound)
    {
      first = min(first, start)
      lastName = (start...run.upperBound, parsed.organisation(named: start...run.upperBound))
    }
    // `Analysts said`, `Police said`: a group noun opening a sentence is a capital, not a name;
    // nor is a piece of evidence (`Footage shows`, `Research suggests`).
    if first == last, lastName?.run == first...first {
      if tokens[first].sets.contains(.evidenceNoun),
        opensSentence(first)
      {
        return SpeakerPhrase(tokens: first...first, kind: .description(head: tokens[first].lower))
      }
      if isGroupNoun(tokens[first].lower) { lastName = nil }
    }
    let startsWithDeterminer = tokens[first].sets.contains(.determiner)
    let describedEnd = lastName.flatMap { peopleEnd(from: first, to: last, before: $0.run) }
    if let (run, parsed) = lastName {
      // `the Kenya Red Cross`: a proper name after `the` is an organisation's (not when more
      // words follow it: `a Marine spokeswoman` is a person).
      if startsWithDeterminer && run.lowerBound == first + 1 && run.upperBound == last
        && parsed.kind == .person && parsed.nameTokens.lowerBound == run.lowerBound
        && !parsed.confirmed
      {
        return SpeakerPhrase(
          tokens: first...run.upperBound, kind: .name(parsed.organisation(named: run), role: nil))
      }
      // Lower-case role words before the name (`head coach Peter DeBoer`); not a group's
      // (`between Japanese and British officials Lawson told`: officials are no one's role).
      // (Not the initials the name left out: `Chairman J. Hugh Liedtke`.)
      let before =
        parsed.roleEnd > first && RolePhrase.isRole(tokens, first..<parsed.roleEnd)
          && !lexicon.namesGroup(tokens[parsed.roleEnd - 1].lower)
        ? text(first, parsed.roleEnd - 1) : ""
      let role = before.isEmpty ? parsed.role : before
      // A name inside a longer description (`a company in Nairobi`, `A Freedom Mobile
      // spokesperson`, `officials travelling with Finance Minister Kiichi Miyazawa`) doesn't
      // name the speaker: the name must end the phrase, and the words before it must be roles,
      // titles, a determiner, a possessive or capitalised modifiers.
      let descriptive =
        describedEnd == nil
        && (first..<parsed.nameTokens.lowerBound).allSatisfy { index in
          let sets = tokens[index].sets
          if sets.contains(.descriptionStop) || sets.contains(.clauseWord)
            || (sets.contains(.cueForm) && !tokens[index].startsUppercase)
          {
            return false
          }
          return tokens[index].isWord || tokens[index].isNumber
            || tokens[index].isPunctuation(".") || tokens[index].isPunctuation(",")
        }
      // `the head of the US State Department`: a role at an organisation describes a person;
      // a role right before it is the organisation's (`lead manager Morgan Stanley and Co`).
      let roleBefore =
        (first..<run.lowerBound).contains { tokens[$0].sets.contains(.role) }
        && (first..<run.lowerBound).contains { tokens[$0].sets.contains(.nonOpener) }
      // NB: a person's name may be followed by where they work, inside the same run
      // (`Jingyi Pan of IG`; see `NameParser.parse`).
      // NB: where a person works or comes from after `of`, to the phrase's end, is read with
      // the name (`…, said Ed Malmgreen of the California Independent Producers Association.`).
      let whereFrom = isPersonWhereFrom(parsed, run: run, from: first, to: last)
      let endsPhrase =
        parsed.nameTokens.upperBound == last
        || (run.upperBound == last && parsed.kind == .person
          && tokens[parsed.nameTokens.upperBound + 1].isLower("of"))
        || whereFrom
      if descriptive && endsPhrase && !(parsed.kind == .organisation && roleBefore) {
        return SpeakerPhrase(
          tokens: first...(whereFrom ? last : parsed.nameTokens.upperBound),
          kind: .name(parsed, role: role))
      }
    }
    // A description: up to its first stop word or time word (`the company today said`), or
    // the people a name after it goes with (`describedEnd`); an abbreviation's dot inside a
    // name does not end it (`the St. Louis officials`).
    let limit = describedEnd ?? last
    var end = first
    while end < limit, !tokens[end + 1].sets.contains(.descriptionStop),
      !tokens[end + 1].sets.contains(.timeWord),
      tokens[end + 1].kind != .punctuation || isAbbreviationDot(end + 1, before: last)
    {
      end += 1
    }
    let head = tokens[end].lower
    // NB: nor does it start with a cue (`said the team`, read back from a later verb), unless
    // in its base form, which may be a noun or an adjective (`state officials`); nor end in a
    // connector (`a basket of`).
    guard tokens[end].isWord, !tokens[end].sets.contains(.between),
      !tokens[end].flags.contains(.connector), !tokens[end].sets.contains(.nonOpener),
      !tokens[end].sets.contains(.cueForm) || tokens[end].startsUppercase
        || (end > first && tokens[end - 1].isLower("of")) || isDocumentNoun(at: end),
      !tokens[first].sets.contains(.cueForm) || tokens[first].startsUppercase
        || (first < end && lexicon.cueVerb(tokens[first].lower)?.lemma == tokens[first].lower),
      !tokens[end].sets.contains(.determiner), isDescription(first...end),
      // `this year`, `the last`: a time is nobody.
      tokens[end].sets.isDisjoint(with: [.timeWord, .namedTime, .timeOpener])
    else { return nil }
    // `sources close to the negotiations`: an adjective that takes its object after a
    // preposition keeps it, or the speaker is `sources close`.
    if let preposition = lexicon.adjectivesWithObject[head], end + 1 < last,
      tokens[end + 1].isLower(preposition),
      (end + 2...last).allSatisfy({
        tokens[$0].isWord && !tokens[$0].sets.contains(.descriptionStop)
      })
    {
      let noun = end > first ? tokens[end - 1].lower : head
      return SpeakerPhrase(tokens: first...last, kind: .description(head: noun))
    }
    return SpeakerPhrase(tokens: first...end, kind: .description(head: head))
  }

  /// Where the people end that a name after a preposition goes with, when the phrase from
  /// `first` to `last` describes them and not the `name` that ends it (`Japanese officials
  /// travelling with Finance Minister Kiichi Miyazawa` ends at `officials`): a group noun
  /// before the preposition, or before the participle that leads to it (one person's role is
  /// read with the name: `a senior economist with Banque Indosuez` speaks for the bank).
  /// `nil` when there is none, or a comma comes before the name (an opening phrase, `In a
  /// meeting with the board of the Post, Trump said`; an apposition, `Sherman Chao, analyst
  /// with Salomon`).
  private func peopleEnd(from first: Int, to last: Int, before name: ClosedRange<Int>) -> Int? {
    guard name.lowerBound > first + 1, name.upperBound == last,
      !(first..<name.lowerBound).contains(where: { tokens[$0].isPunctuation(",") }),
      let preposition = (first + 1..<name.lowerBound).first(where: { index in
        tokens[index].sets.contains(.preposition) && !tokens[index].startsUppercase
      })
    else { return nil }
    var end = preposition - 1
    if end > first, tokens[end].lower.hasSuffix("ing") { end -= 1 }
    let head = tokens[end].lower
    return lexicon.namesGroup(head) ? end : nil
  }

  /// Whether the name run `run`, read as `parsed`, is a person's (shown one by a title, a role
  /// or a known first name) and the words after it to `last` say where they work or come
  /// from: `of`, then words (capitalised or not, `the county court`, `the University of
  /// Oslo`), with no clause or cue in them; and the name is the phrase's own from `first`,
  /// not after `of` or a preposition (`the family of Dr. Anna Berg of …` speaks for her).
  private func isPersonWhereFrom(
    _ parsed: NameParser.ParsedName, run: ClosedRange<Int>, from first: Int, to last: Int
  ) -> Bool {
    let of = run.upperBound + 1
    guard parsed.kind == .person, parsed.confirmed, parsed.nameTokens.upperBound == run.upperBound,
      of < last, tokens[of].isLower("of"),
      !(first..<run.lowerBound).contains(where: { index in
        tokens[index].isLower("of") || tokens[index].sets.contains(.preposition)
      })
    else { return false }
    return (of + 1...last).allSatisfy { index in
      let token = tokens[index]
      return (token.isWord || isAbbreviationDot(index, before: last))
        && token.sets.isDisjoint(with: [.clauseWord, .descriptionStop, .timeWord])
        && (!token.sets.contains(.cueForm) || token.startsUppercase)
    }
  }

  /// Whether the token at `index` is the dot of an abbreviation inside a name, before `limit`:
  /// right after the abbreviation (`St.`, `Gov.`, an initial), a capitalised word after it;
  /// or the last dot of an initialism (`F.B.I.`).
  private func isAbbreviationDot(_ index: Int, before limit: Int) -> Bool {
    guard index > 0, index < limit, tokens[index].isPunctuation("."), !tokens[index].spaceBefore
    else { return false }
    let word = tokens[index - 1]
    // `F.B.I. officials`: the last dot of an initialism, whatever word follows it.
    if word.isCapitalized,
      word.text.contains(".")
        || (word.isCapitalLetter && index >= 2 && tokens[index - 2].isPunctuation("."))
    {
      return true
    }
    guard tokens[index + 1].isCapitalized else { return false }
    return word.isCapitalized
      && (word.sets.contains(.sentenceAbbreviation) || word.isCapitalLetter)
  }

  /// The speaker phrase that is the subject of the cue at `cue`, looking back in its sentence.
  func subjectPhrase(before cue: Int) -> SpeakerPhrase? {
    let start = sentences[sentenceOf[cue]].tokens.lowerBound
    var last = cue - 1
    while last >= start, tokens[last].sets.contains(.between) { last -= 1 }
    // `The directors unanimously expressed`, `The government meanwhile declared`: an adverb
    // right after a noun that may speak is no part of the subject. (Not a noun in -ly: `his
    // family`, `the party daily`, `a Kremlin ally`.)
    while last > start, isAdverbAfterSubject(last) { last -= 1 }
    // `Trump on Friday said`, `Sanders yesterday said`: a time between the subject and its cue.
    if last > start, tokens[last].sets.contains(.timeWord) || tokens[last].sets.contains(.namedTime)
    {
      var before = last - 1
      if before > start, tokens[before].sets.contains(.timeOpener) {
        before -= 1
      }
      if tokens[before].isWord, !tokens[before].sets.contains(.clauseBoundary) { last = before }
    }
    // `Trump is warning`: the form of `be` before a progressive cue.
    if last >= start, tokens[last].sets.contains(.passiveAuxiliary), isProgressive(at: cue) {
      last -= 1
      while last >= start, tokens[last].sets.contains(.between) { last -= 1 }
    }
    // `Sen. David Perdue (R-Ga.) said`: a short parenthesis after the subject is set aside.
    last = beforeParenthesis(last, from: start)
    // `Kall -- co-editor of a book on the debates -- said`: so is an apposition between dashes.
    if last > start, isDash(last),
      let open = (max(start, last - 16)..<last).last(where: { isDash($0) }), open > start,
      open + 1 < last, isApposition((open + 1)...(last - 1))
    {
      last = open - 1
    }
    guard last >= start, !isQuoted(last) || tokens[last].quoteMark == nil else { return nil }
    // `an architect who said …`, `Republicans, who say …`: a relative clause's subject is
    // the phrase it follows.
    if tokens[last].isRelativeWho { return antecedent(of: last, from: start) }
    // `A diplomat who asked not to be named said`, `officials who spoke to Reuters said`: the
    // subject is what the relative clause before the cue follows.
    if let who = (max(start, last - 8)..<last).last(where: { tokens[$0].isRelativeWho }),
      who > start, tokens[who + 1].isWord, !tokens[who + 1].isCapitalized,
      !tokens[who + 1].sets.contains(.subjectPronoun),
      !((who + 1)...last).contains(where: {
        tokens[$0].sets.contains(.clauseBoundary) || isQuoted($0)
      })
    {
      return antecedent(of: who, from: start)
    }
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
          let isPlain = opener.isPossessive || lexicon.nounDeterminers.contains(opener.lower)
          return SpeakerPhrase(
            tokens: named.tokens,
            kind: .name(
              parsed,
              role: role ?? (isPlain ? text(described.tokens.lowerBound, comma - 1) : nil)))
        }
      }
      while let comma = boundaries.popLast() {
        let segmentStart = boundaries.last.map { $0 + 1 } ?? start
        // `Rep. Gregory Meeks (D-N.Y.), chairman of …, said`.
        let end = beforeParenthesis(comma - 1, from: segmentStart)
        guard segmentStart <= end else { continue }
        if let phrase = speakerPhrase(segmentStart...end) {
          // NB: a description set off inside the sentence speaks when a relative clause
          // follows it (`…, the official, who did not want to be named, said`).
          switch phrase.kind {
          case .name, .pronoun: return phrase
          case .description:
            if boundaries.isEmpty || tokens[comma + 1].isRelativeWho { return phrase }
          }
        }
      }
      return nil
    }
    if tokens[last].isLower("and") || tokens[last].isLower("but") {
      // `…, but said "…"`: the subject of the sentence's first clause.
      return joinedClauseSubject(from: start, before: last)
    }
    guard tokens[last].isWord || tokens[last].isPunctuation(".") else { return nil }
    let first = clauseStart(backFrom: last, to: start, last: last, within: 12)
    // `Minister of Trade and Industry Rachmat Saleh said`, `Trade and Industry Secretary
    // Patricia Hewitt said`: an `and` inside a title's `of` phrase, or between the words of a
    // portfolio before a title, joins two words of the title, not two subjects.
    if first > start,
      NameParser.joinsTitleOfWords(tokens, and: first - 1, from: start)
        || NameParser.joinsPortfolioWords(tokens, and: first - 1, from: start)
    {
      let and = first - 1
      let wider = clauseStart(backFrom: and - 1, to: start, last: last, within: 16)
      if let phrase = speakerPhrase(wider...last), case .name(let parsed, _) = phrase.kind,
        parsed.kind == .person, parsed.nameTokens.lowerBound > and
      {
        return phrase
      }
    }
    return speakerPhrase(first...last) ?? qualifiedSubject(joinedAt: first - 1, last: last)
  }

  /// Where the words that reach `index` begin, read back from it: after a clause boundary or
  /// a quotation mark, no further than `start`, at most `length` tokens before `last`.
  private func clauseStart(backFrom index: Int, to start: Int, last: Int, within length: Int)
    -> Int
  {
    var first = index
    while first > start, !tokens[first - 1].sets.contains(.clauseBoundary),
      tokens[first - 1].quoteMark == nil, last - first < length
    {
      first -= 1
    }
    return first
  }

  /// `Experts on North Korea and nuclear nonproliferation said`: when the words after an `and`
  /// at `and` name nobody, the `and` may join the objects of a preposition after the subject.
  /// The subject is then the people described before that preposition (a group, a role or a
  /// plural: not `Trimming of gains and …`, `valuing the company at … and …`), when nothing
  /// between reads as a verb; `nil` otherwise.
  private func qualifiedSubject(joinedAt and: Int, last: Int) -> SpeakerPhrase? {
    let start = sentences[sentenceOf[last]].tokens.lowerBound
    guard and > start, tokens[and].isLower("and") else { return nil }
    let first = clauseStart(backFrom: and - 1, to: start, last: last, within: 16)
    guard let phrase = speakerPhrase(first...(and - 1)),
      case .description(let head) = phrase.kind,
      !Self.endsLikeVerbForm(tokens[phrase.tokens.lowerBound].lower),
      isGroupNoun(head) || tokens[phrase.tokens.upperBound].sets.contains(.role)
        || (Self.isPlural(head) && !tokens[phrase.tokens.upperBound].isCapitalized),
      phrase.tokens.upperBound + 1 < and,
      tokens[phrase.tokens.upperBound + 1].sets.contains(.preposition),
      isApposition((phrase.tokens.upperBound + 1)...last)
    else { return nil }
    return phrase
  }

  /// The token before a short parenthesis that ends at `last` (`Perdue (R-Ga.)`), or `last`
  /// when no parenthesis of eight tokens or fewer, opening after `start`, ends there.
  private func beforeParenthesis(_ last: Int, from start: Int) -> Int {
    guard last > start, tokens[last].isPunctuation(")"),
      let open = (max(start, last - 8)..<last).last(where: { tokens[$0].isPunctuation("(") }),
      open > start
    else { return last }
    return open - 1
  }

  /// The phrase the relative `who` at `who` follows: `an architect who said`, `Republicans,
  /// who say`, and the name before an apposition, `Matt Bai, a columnist for Yahoo, who said`.
  private func antecedent(of who: Int, from start: Int) -> SpeakerPhrase? {
    var end = who - 1
    guard end >= start else { return nil }
    let setOff = tokens[end].isPunctuation(",")
    if setOff { end -= 1 }
    guard let phrase = nounPhrase(endingAt: end, from: start) else { return nil }
    if Self.namesPerson(phrase) { return phrase }
    // `Matt Bai, a columnist for Yahoo, who`, `James McClure, R-Idaho, who`: an apposition
    // after a person's name.
    if setOff,
      let comma = (max(start, end - 8)..<max(start, end)).last(where: {
        tokens[$0].isPunctuation(",") && !isQuoted($0)
      }),
      comma > start, isApposition((comma + 1)...end),
      let name = nounPhrase(endingAt: comma - 1, from: start), Self.namesPerson(name)
    {
      return name
    }
    // `Democrats on Capitol Hill who`, `a spokesman for Exxon who`: before a preposition and
    // a name, the phrase qualified is the one that speaks.
    let before = phrase.tokens.lowerBound - 1
    if before - 1 >= start, tokens[end].isCapitalized,
      tokens[before].sets.contains(.preposition) || tokens[before].sets.contains(.nonOpener),
      let qualified = nounPhrase(endingAt: before - 1, from: start)
    {
      return qualified
    }
    return phrase
  }

  /// Whether a phrase is a person's name of two words or more (`Caspar Weinberger`).
  private static func namesPerson(_ phrase: SpeakerPhrase) -> Bool {
    guard case .name(let parsed, _) = phrase.kind else { return false }
    return parsed.kind == .person && parsed.nameTokens.count >= 2
  }

  /// Whether the word at `index` is an adverb standing between a subject and its cue: a
  /// connective or a lower-case word in -ly of five letters or more that names nothing that
  /// may speak, right after a noun that may (a role, an organisation, a document, a group, or
  /// a plural noun): `The directors unanimously expressed`; not `his family said`.
  private func isAdverbAfterSubject(_ index: Int) -> Bool {
    let token = tokens[index]
    let noun = tokens[index - 1]
    guard token.isWord, !token.isCapitalized, !isQuoted(index), noun.isWord, !noun.isPossessive,
      noun.sets.isDisjoint(with: [.pronoun, .determiner]),
      token.sets.contains(.connective)
        || (token.lower.hasSuffix("ly") && token.lower.count > 4 && !namesSpeakerKind(index)
          && !lexicon.mediaNouns.contains(token.lower))
    else { return false }
    return namesSpeakerKind(index - 1)
      || (noun.lower.count > 3 && Self.isPlural(noun.lower) && !noun.isCapitalized)
  }

  /// Whether tokens read as an apposition after a name: a few words with no verb (`a
  /// columnist for Yahoo`, `its chief`, `R-Idaho`, `59`), not a clause (`the system drew
  /// scrutiny from Republicans`).
  private func isApposition(_ range: ClosedRange<Int>) -> Bool {
    !range.contains { index in
      let token = tokens[index]
      return token.sets.contains(.clauseWord) || token.sets.contains(.auxiliary)
        || token.sets.contains(.irregularPast) || cueVerb(at: index) != nil
        || (token.isWord && !token.isCapitalized && Self.endsLikeVerbForm(token.lower)
          && !token.sets.contains(.role))
    }
  }

  /// The noun phrase that ends at `end`: back over words to a determiner (kept), or to
  /// punctuation, a preposition, a clause boundary, an auxiliary, a cue or another verb form
  /// (left out); six words at most. Before a name only capitalised words, determiners and role
  /// words (`placate nervous Democrats` is `Democrats`).
  private func nounPhrase(endingAt end: Int, from start: Int) -> SpeakerPhrase? {
    guard end >= start, tokens[end].isWord, !isQuoted(end) else { return nil }
    let isName = tokens[end].isCapitalized
    var first = end
    while first > start, end - first < 5 {
      let previous = tokens[first - 1]
      guard previous.isWord, !isQuoted(first - 1), !previous.sets.contains(.clauseBoundary),
        !previous.sets.contains(.preposition), !previous.sets.contains(.nonOpener),
        !previous.sets.contains(.auxiliary),
        !previous.sets.contains(.passiveAuxiliary), cueVerb(at: first - 1) == nil,
        previous.isCapitalized || !Self.endsLikeVerbForm(previous.lower),
        !isName || previous.isCapitalized || previous.sets.contains(.determiner)
          || previous.sets.contains(.role)
      else { break }
      first -= 1
      if previous.sets.contains(.determiner) { break }
    }
    return speakerPhrase(first...end)
  }

  /// The subject of a verb joined by `and` or `but` at `limit` to the sentence's first clause
  /// (`mainSubject`), unless it is joined inside a relative clause still open there, one set
  /// off by a comma or a dash (`The company markets kits, which shoot rays of light and tell
  /// you when …`; not `Factory - which lasted 14 years - but conceded …`, nor a question's
  /// `which`: `divided over which approach is best and say …`).
  func joinedClauseSubject(from start: Int, before limit: Int) -> SpeakerPhrase? {
    guard let subject = mainSubject(from: start, before: limit) else { return nil }
    func isMark(_ index: Int) -> Bool {
      tokens[index].isPunctuation(",") || tokens[index].isPunctuation("-") || isDash(index)
    }
    // NB: the last 40 words at most, as `coordinatedSubject` reads, so a sentence of many
    // joined verbs costs no square.
    let from = max(subject.tokens.upperBound + 1, limit - 40)
    let between = from..<max(from, limit)
    if let relative = between.last(where: {
      (tokens[$0].isLower("which") || tokens[$0].isLower("who")) && isMark($0 - 1)
    }),
      !(relative..<limit).contains(where: isMark)
    {
      return nil
    }
    return subject
  }

  /// The subject of a sentence's first clause, skipping an opening phrase set off by a comma:
  /// the name or description the clause starts with (`Mike Pompeo praised … and said …`).
  func mainSubject(from start: Int, before limit: Int) -> SpeakerPhrase? {
    var segmentStart = start
    var index = start
    // Whether the words so far follow a possessive (`Poland's communist government`): its
    // phrase goes on to the first verb form, not to the first lower-case word.
    var owned = false
    while index < limit {
      // An opening phrase led by a preposition (`In an interview with CNBC on Monday, …`), or
      // by a participle and its preposition (`Asked about it, …`, `Speaking to reporters, …`;
      // not `Manning told …`), is no subject: the clause starts after its comma.
      if index == segmentStart,
        tokens[index].sets.contains(.preposition) || opensParticiplePhrase(at: index, limit: limit),
        let comma = (index..<limit).first(where: { tokens[$0].isPunctuation(",") })
      {
        segmentStart = comma + 1
        index = comma + 1
        owned = false
        continue
      }
      if tokens[index].isPunctuation(",") {
        // NB: a subject with a connective set off after it (`Another trader, however, …`).
        let setOffConnective =
          index + 2 < limit && tokens[index + 1].sets.contains(.connective)
          && tokens[index + 2].isPunctuation(",")
        if index > segmentStart, let phrase = speakerPhrase(segmentStart...(index - 1)),
          setOffConnective || phrase.isName || owned
        {
          return phrase
        }
        segmentStart = index + 1
        owned = false
      } else if index > segmentStart, tokens[index].isWord, !tokens[index].isCapitalized,
        !tokens[index].sets.contains(.role), !tokens[index].sets.contains(.determiner),
        !tokens[index].sets.contains(.nameConnector),
        !tokens[index].lower.hasSuffix("'s"),
        // NB: after a determiner, a noun that names a speaker's kind is the phrase's (`A
        // senior ministry official welcomed …`, `A foreign ministry statement described …`).
        !(tokens[segmentStart].sets.contains(.determiner) && index - segmentStart < 8
          && namesSpeakerKind(index) && !tokens[index].sets.contains(.auxiliary)
          && cueVerb(at: index) == nil),
        // NB: a word in -ing right after the possessive is its noun's modifier, not a verb
        // (`Tanzania's ruling party`, `the bank's growing losses`; but `Moody's downgraded`,
        // `Moody's said`).
        !owned
          || (Self.endsLikeVerbForm(tokens[index].lower)
            && !(tokens[index - 1].isPossessive && tokens[index].lower.hasSuffix("ing")))
          || tokens[index].sets.contains(.auxiliary)
          || tokens[index].sets.contains(.irregularPast) || cueVerb(at: index) != nil
      {
        // The first verb-like word ends the subject.
        return speakerPhrase(segmentStart...(index - 1))
      }
      if tokens[index].isPossessive { owned = true }
      index += 1
    }
    // `Italy's majority Christian Democrat party, saying …`: a phrase after a possessive runs
    // to the limit.
    return owned && segmentStart < limit ? speakerPhrase(segmentStart...(limit - 1)) : nil
  }

  /// Whether a participle and its preposition or clause word open a phrase at `index`
  /// (`Asked about it`, `Speaking to reporters`, `Asked whether`), not a name and its verb
  /// (`Manning told`).
  private func opensParticiplePhrase(at index: Int, limit: Int) -> Bool {
    Self.endsLikeVerbForm(tokens[index].lower) && index + 1 < limit
      && (tokens[index + 1].sets.contains(.preposition)
        || tokens[index + 1].sets.contains(.clauseBoundary))
  }

  /// The speaker phrase right after a cue (`said Karlsson, who …`, `said the rookie defenceman`).
  func objectPhrase(after cue: Int, limit: Int) -> SpeakerPhrase? {
    let first = cue + 1
    guard first < limit else { return nil }
    var last = first
    // NB: an adjective's preposition does not stop it (`said a source close to Dart`).
    while last + 1 < limit, tokens[last + 1].isWord || tokens[last + 1].isPunctuation("."),
      !(tokens[last + 1].isPunctuation(".") && !tokens[last].isCapitalized),
      !tokens[last + 1].sets.contains(.descriptionStop)
        || tokens[last + 1].sets.contains(.determiner)
        || lexicon.adjectivesWithObject[tokens[last].lower].map(tokens[last + 1].isLower) == true,
      !isTimePhrase(at: last + 1, before: limit), last - first < 10
    {
      last += 1
    }
    // A full stop is part of a name only as an initial.
    while last > first, tokens[last].isPunctuation(".") { last -= 1 }
    guard let phrase = speakerPhrase(first...last) else { return nil }
    // `said his wife, Sheila.`: a person named in apposition to a description of them (`his
    // wife`, `the club's captain`) is the speaker, the description their role.
    // NB: a short noun phrase right after the cue, and a name that closes the sentence (not
    // `alleged this month that X and an associate, Daniel Sofer, were …`).
    guard case .description = phrase.kind, last + 2 < limit, tokens[last + 1].isPunctuation(","),
      last - first < 6, (first...last).allSatisfy({ tokens[$0].isWord }),
      !(first...last).contains(where: { tokens[$0].sets.contains(.clauseBoundary) }),
      tokens[first].isPossessive || lexicon.nounDeterminers.contains(tokens[first].lower)
    else { return phrase }
    var nameEnd = last + 1
    while nameEnd + 1 < limit, nameEnd - last < 6,
      tokens[nameEnd + 1].isWord && tokens[nameEnd + 1].isCapitalized
        || (tokens[nameEnd + 1].isPunctuation(".") && tokens[nameEnd].isCapitalLetter
          && nameEnd + 2 < limit && tokens[nameEnd + 2].isCapitalized)
    {
      nameEnd += 1
    }
    guard nameEnd > last + 1,
      nameEnd + 1 == limit || tokens[nameEnd + 1].isPunctuation("."),
      let named = speakerPhrase((last + 2)...nameEnd),
      case .name(let parsed, let role) = named.kind,
      parsed.kind == .person
    else { return phrase }
    return SpeakerPhrase(
      tokens: named.tokens, kind: .name(parsed, role: role ?? text(first, last)))
  }

  /// Whether a time phrase starts at `index` (`this summer`, `last week`, `yesterday`): after
  /// a speaker named after a cue, when they spoke, not part of the name.
  private func isTimePhrase(at index: Int, before limit: Int) -> Bool {
    // NB: a capitalised time word is a time only as the phrase's last word (`said Nadal
    // Monday`, not `the Sunday Times`), and a capitalised named time not at all (the surname
    // in `Wendy Day`).
    func isTime(_ index: Int) -> Bool {
      tokens[index].isCapitalized
        ? tokens[index].sets.contains(.timeWord)
          && (index + 1 >= limit || !tokens[index + 1].isWord)
        : !tokens[index].sets.isDisjoint(with: [.timeWord, .namedTime])
    }
    if isTime(index) { return true }
    // `this summer`, `last season`: a time opener before a lower-case word that ends the phrase.
    guard tokens[index].sets.contains(.timeOpener), index + 1 < limit else { return false }
    return isTime(index + 1)
      || (tokens[index + 1].isWord && !tokens[index + 1].isCapitalized
        && (index + 2 >= limit || !tokens[index + 2].isWord))
  }

  /// Whether `word` holds an apostrophe (`'` or `’`), as Foundation's `contains` finds it.
  ///
  /// NB: Foundation's search compares composed character sequences and is slow; below U+0300
  /// there are no combining marks, so for such words (nearly all) a scalar scan gives the same
  /// answer.
  static func hasApostrophe(_ word: String) -> Bool {
    var found = false
    for scalar in word.unicodeScalars {
      if scalar == "'" || scalar == "\u{2019}" {
        found = true
      } else if scalar.value >= 0x300 {
        return word.contains("'") || word.contains("’")
      }
    }
    return found
  }
}
