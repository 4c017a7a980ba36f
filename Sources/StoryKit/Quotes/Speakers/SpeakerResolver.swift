/// Resolves speaker phrases to the article's entities (`ArticleEntities`): names to the person
/// or organisation they name, pronouns to the most salient fitting entity before them,
/// descriptions to the person whose role they match, the organisation they name, or a
/// described speaker of their own. It owns the entities: `MentionFinder` records the names the
/// text mentions through it (`register`).
///
/// Each resolution reads a bounded number of recent mentions.
struct SpeakerResolver: QuoteTextReader {
  let source: QuoteText
  let phrases: PhraseReader
  var entities = ArticleEntities()
  /// Organisations by their name without its company suffix (`pennzoil` for `Pennzoil Co`).
  private var companiesByShortName: [String: Int] = [:]
  /// Companies met so far by the first word of their name (`dome` for `Dome Petroleum Ltd`).
  private var companiesByFirstWord: [String: Int] = [:]

  init(source: QuoteText, phrases: PhraseReader) {
    self.source = source
    self.phrases = phrases
  }

  /// The entity a speaker phrase names, registering new names and the mention.
  ///
  /// - Pronouns name the latest person (or, for `it`/`they`, organisation or group) mentioned
  ///   before them outside quotations, whose gender fits; the binding teaches the person's
  ///   gender for later pronouns. With `pronounContext`, before that token instead.
  /// - Names name the entity with that name or surname (or a misspelling of it), else a new one.
  /// - Role phrases name the person introduced with matching role words
  ///   (`the top Russian diplomat` → `Russian Foreign Minister Sergei Lavrov`); organisation
  ///   words name the organisation mentioned with them (`the ministry`); a document (`the
  ///   statement`) names whoever issued it; other descriptions are speakers of their own.
  mutating func resolve(_ phrase: SpeakerPhrase, pronounContext: Int? = nil) -> Int? {
    let at = phrase.tokens.lowerBound
    let resolved: Int?
    switch phrase.kind {
    case .pronoun(let gender):
      resolved = resolvePronoun(gender, at: min(at, pronounContext ?? at))
      if let resolved, entities[resolved].gender == nil, gender == .male || gender == .female {
        entities[resolved].gender = gender
      }
    case .name(let parsed, let role):
      resolved = register(parsed, role: role, at: at, speaking: true)
    case .description(let head):
      resolved = resolveDescription(phrase.tokens, head: head)
    }
    if let resolved { entities.mention(resolved, at: at, isSpeaker: true) }
    return resolved
  }

  /// Whether a name is one word of letters and two digits or more (`A330`, `3B2/600`): a
  /// model of a product, which speaks only when named as a subject (`3M` and `G7` are not
  /// models).
  static func isModelCode(_ name: String) -> Bool {
    !name.contains(" ") && name.contains(where: \.isLetter)
      && name.filter(\.isNumber).count >= 2
  }

  /// Whether an entity is an organisation that `it`, `the company` or a document may stand
  /// for: not a model's code read as one (`the 3B2/600 minicomputer …, it said`).
  private static func isOrganisation(_ entity: ArticleEntities.Entity) -> Bool {
    entity.kind == .organisation && !isModelCode(entity.name)
  }

  /// Whether a pronoun of `gender` may stand for `entity`: `he` and `she` for a person of
  /// that gender or none known (a person read from capitalised words only when the gender was
  /// seen), or a described speaker; `it` for an organisation; `they` for an organisation, a
  /// group, a described speaker or people.
  static func pronoun(of gender: Gender, fits entity: ArticleEntities.Entity) -> Bool {
    switch gender {
    case .male, .female:
      return
        (entity.kind == .person && (entity.gender == nil || entity.gender == gender)
        && (entity.confirmed || entity.gender == gender))
        || (entity.kind == .described && (entity.gender == nil || entity.gender == gender))
    case .neuter:
      return isOrganisation(entity)
    case .plural:
      return entity.kind == .organisation || entity.kind == .described || entity.kind == .group
        || entity.gender == .plural
    }
  }

  /// The entity a pronoun names: among the fitting entities mentioned in the last sentences,
  /// the most salient — one that has spoken, a sentence's subject, the most recent.
  private mutating func resolvePronoun(_ gender: Gender, at token: Int) -> Int? {
    let fits = { (entity: ArticleEntities.Entity) in Self.pronoun(of: gender, fits: entity) }
    let firstSentence = max(0, sentenceOf[token] - 3)
    if gender == .male || gender == .female {
      for sentence in firstSentence...sentenceOf[token] { mentionRoleSubject(of: sentence) }
    }
    var candidates = entities.recentMentions(
      before: token, limit: 6,
      reaching: { mention, found in sentenceOf[mention.token] >= firstSentence || found == 0 },
      where: fits)
    // NB: `it` and `they` stand for a company or a body far more often than for a country
    // (`US mobile earnings … It said`); a country is the antecedent only when nothing else fits,
    // not even the organisation the headline names.
    if gender == .neuter || gender == .plural {
      let bodies = candidates.filter { !isCountry(entities[$0.entity]) }
      if !bodies.isEmpty {
        candidates = bodies
      } else if gender == .neuter,
        let organisation = headlineOrganisation(before: token, readingText: false)
      {
        return organisation
      }
    }
    return mostSalient(candidates, before: token, gender: gender)
  }

  /// The organisation the article is about, for `the company` or `it` when no organisation
  /// was mentioned nearby: one its headline names and its text mentions before `token` — an
  /// organisation, a name no pronoun or title gave a gender (`Unilever` in `Unilever shake up
  /// as profit slips`, read at first as a surname), or else, when `readingText`, capitalised
  /// words of the headline inside a sentence (`giant Brantley is to merge`), a new
  /// organisation.
  private mutating func headlineOrganisation(before token: Int, readingText: Bool) -> Int? {
    guard article.title != nil else { return nil }
    let headline = headlineWords
    let ticked = tickerName()
    let tickedWords = ticked?.lowercased().splitOnSpaces() ?? []
    if let mention = entities.latestMention(
      before: token, window: token,
      where: { entity in
        // NB: a name before the headline's ticker is a company's, whatever gender its first
        // word tells as a first name (`STANLEY WORKS <SWK> SEES …`, then `Stanley Works said`).
        let beforeTicker =
          !tickedWords.isEmpty
          && tickedWords.suffix(entity.name.splitOnSpaces().count)
            == entity.name.lowercased().splitOnSpaces()[...]
        guard !isCountry(entity),
          entity.kind == .organisation
            || (entity.kind == .person && (entity.gender == nil || beforeTicker))
        else { return false }
        let words = entity.name.lowercased().splitOnSpaces()
        return !words.isEmpty && words.allSatisfy { headline.contains(String($0)) }
      })
    {
      // NB: its kind stays as read: the same name typed differently here than in the
      // corpus's other articles would split one speaker in two.
      return mention.entity
    }
    guard readingText else { return nil }
    // A company's name before the headline's ticker (`NORTHERN TELECOM LTD <NT> DECLARES …`,
    // `<GRAND UNION CO> 4TH QTR NET`), ending in a company suffix, though the text never
    // writes it.
    if let ticked, tickedWords.count >= 2, let suffix = tickedWords.last,
      lexicon.companySuffixes.contains(String(suffix).replacingOccurrences(of: ".", with: ""))
    {
      return entities.find(name: [ticked], kind: .organisation)
        ?? entities.add(
          .init(
            kind: .organisation, name: ticked, forms: [ticked], roles: [], gender: .neuter,
            confirmed: true))
    }
    // The first run of capitalised headline words inside a sentence of the text.
    var index = 0
    while index < token {
      let start = index
      // NB: a capitalised word that is never a name (`on Thursday`, `In March`) is no company.
      while index < token, tokens[index].isCapitalized, headline.contains(tokens[index].lower),
        !opensSentence(index),
        !NameParser(lexicon: lexicon).isNotName(tokens[index])
      {
        index += 1
      }
      if index > start {
        let name = text(start, index - 1)
        guard !lexicon.countryWords.contains(name.lowercased()) else { continue }
        let id = entities.add(
          .init(
            kind: .organisation, name: name, forms: [name], roles: [], gender: .neuter,
            confirmed: true))
        entities.mention(id, at: start)
        return id
      }
      index += 1
    }
    return nil
  }

  /// The headline's words in lower case (letters, digits and hyphens).
  private var headlineWords: Set<String> {
    Set(
      (article.title ?? "").lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" }
        .map(String.init))
  }

  /// The name a wire's headline gives before a ticker in angle brackets, or inside the
  /// brackets when it opens the headline: `Northern Telecom Ltd` of `NORTHERN TELECOM LTD <NT>
  /// DECLARES STOCK SPLIT`, `Grand Union Co` of `<GRAND UNION CO> 4TH QTR NET`; a headline in
  /// capitals gives it in capitals only at the start of each word. `nil` without a ticker.
  func tickerName() -> String? {
    guard let title = article.title, let open = title.firstIndex(of: "<") else { return nil }
    var name: Substring
    if open == title.startIndex {
      guard let close = title.firstIndex(of: ">") else { return nil }
      name = title[title.index(after: open)..<close]
    } else {
      name = title[..<open]
    }
    let words = name.split(separator: " ")
    guard !words.isEmpty, words.count <= 6 else { return nil }
    let isCapitals = !title.contains(where: \.isLowercase)
    return words.map { word in
      // NB: initials keep their capitals (`P.H. GLATFELTER CO`).
      guard isCapitals, !word.contains(".") else { return String(word) }
      // NB: each part of a hyphenated name (`CONSOLIDATED-BATHURST`) starts with a capital.
      return word.split(separator: "-", omittingEmptySubsequences: false)
        .map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: "-")
    }.joined(separator: " ")
  }

  /// Whether an entity's name is a publication's (`Financial Times`, `Vedomosti newspaper`):
  /// a name, not a description (`the daily`), with a word of `[media-names]` and no company
  /// suffix (`American Express Co`).
  func isPublication(_ entity: ArticleEntities.Entity) -> Bool {
    guard entity.kind == .organisation || (entity.kind == .person && entity.gender == nil),
      entity.name.first?.isUppercase == true
    else { return false }
    guard let first = entity.name.lowercased().splitOnSpaces().first,
      !lexicon.determiners.contains(String(first))
    else { return false }
    return nameHolds(entity, oneOf: lexicon.mediaNames)
  }

  /// Whether an organisation's name makes it a public body (`Public Service Commission`) and
  /// not a company (`Public Service Co`): `[public-bodies]`.
  func isPublicBody(_ entity: ArticleEntities.Entity) -> Bool {
    nameHolds(entity, oneOf: lexicon.publicBodies)
  }

  /// Whether an entity's name holds a word of `marks` and no company suffix: the words that
  /// say what kind of organisation a name is (`Times`, `Commission`) say nothing in a
  /// company's name (`Times Mirror Co`, `Commission Brokers Inc`).
  private func nameHolds(_ entity: ArticleEntities.Entity, oneOf marks: Set<String>) -> Bool {
    let words = entity.name.lowercased().splitOnSpaces()
    return words.contains { marks.contains(String($0)) }
      && !words.contains { lexicon.companySuffixes.contains(String($0)) }
  }

  /// Whether an entity is a country, a capital or a national initialism (`US`, `the UK`).
  func isCountry(_ entity: ArticleEntities.Entity) -> Bool {
    var name = entity.name.lowercased()
    if name.hasPrefix("the ") { name.removeFirst(4) }
    return lexicon.countryWords.contains(name)
  }

  /// The most salient of candidate mentions: one that has spoken, a sentence's subject
  /// (especially the previous sentence's), the most recent, the one whose gender is known to
  /// fit.
  func mostSalient(_ candidates: [ArticleEntities.Mention], before token: Int, gender: Gender?)
    -> Int?
  {
    var best: (score: Int, entity: Int)?
    for (rank, mention) in candidates.enumerated() {
      var score = max(0, 2 - rank)
      // NB: a speaker of the sentence before is the likeliest `he` of this one; one that spoke
      // further back weighs a little less, against a person just introduced as a subject.
      if let spoke = entities.latestSpeakerMention(before: token, of: mention.entity) {
        score += sentenceOf[token] - sentenceOf[spoke.token] <= 1 ? 3 : 2
      }
      let sentence = sentenceOf[mention.token]
      let sentenceStart = sentences[sentence].tokens.lowerBound
      // NB: the first person of its sentence, say (`Chinese Foreign Ministry spokesperson Lu
      // Kang gave …`: the ministry, named in his role, is no other subject).
      let firstInSentence = !entities.hasMention(
        in: sentenceStart..<max(sentenceStart, mention.token),
        where: { $0.kind == self.entities[mention.entity].kind })
      // NB: most of all the subject that opens the pronoun's own sentence before the quotation
      // it attributes (`Representative Ann Kuster kept silent for 40 years: "…," she said.`),
      // over one who spoke the sentence before; not a name inside an opening phrase (`Asked
      // what he would tell Mayor John Tory, he said: …`), nor one that opens what is reported
      // (`Union Carbide has also benefitted …, it said`).
      // (Within bounds: a few title words before it, a paragraph's worth of words after it.)
      let opensSentence =
        sentence == sentenceOf[token] && mention.token - sentenceStart <= 8
        && token - mention.token <= 150
        && (sentenceStart..<mention.token).allSatisfy {
          tokens[$0].isCapitalized || tokens[$0].sets.contains(.determiner)
        }
        && (mention.token..<token).contains { tokens[$0].quoteMark?.canOpen == true }
      if firstInSentence {
        score += opensSentence ? 5 : sentenceOf[token] - sentence <= 1 ? 3 : 1
      }
      // A gender the text has shown (a first name, a title, a pronoun) outweighs position.
      if let gender, entities[mention.entity].gender == gender { score += 2 }
      if best == nil || score > best?.score ?? 0 { best = (score, mention.entity) }
    }
    return best?.entity
  }

  /// Registers a parsed name as an entity (or a mention of a known one); returns its id.
  mutating func register(
    _ parsed: NameParser.ParsedName, role: String?, at token: Int, speaking: Bool
  ) -> Int? {
    var parsed = parsed
    // A nickname in quotation marks is not part of the name (`Dwayne "The Rock" Johnson`).
    var words: [String] = []
    var insideMarks = false
    let after = parsed.nameTokens.upperBound + 1
    // NB: `Marsh & McLennan's shareholder transactions` names Marsh & McLennan; `Standard &
    // Poor's, which …` is the whole name.
    let possesses =
      !speaking
      && (parsed.kind == .person
        || (after < tokens.count && tokens[after].isWord && !tokens[after].isCapitalized))
    for index in parsed.nameTokens {
      if tokens[index].quoteMark != nil {
        insideMarks.toggle()
        continue
      }
      guard !insideMarks else { continue }
      // NB: a comma inside a company's name stays on its word (`Sears, Roebuck and Co`).
      if tokens[index].kind == .punctuation, !tokens[index].spaceBefore, !words.isEmpty {
        words[words.count - 1] += tokens[index].text
      } else {
        // NB: `Christopher Garnier's benefits` names Christopher Garnier; `Brennan's said`,
        // the subject of a cue, is a company's whole name.
        words.append(
          possesses && index == parsed.nameTokens.upperBound
            ? NameParser.personWord(tokens[index]) : tokens[index].text)
      }
    }
    // NB: `Bellamy's claim that …` after `Craig Bellamy`: the possessive of a name the article
    // has met is its owner speaking; a name met only with its `'s` (`Moody's`) keeps it.
    let last = parsed.nameTokens.upperBound
    if speaking, !possesses, !words.isEmpty, tokens[last].isWord, tokens[last].isPossessive {
      var bare = words
      bare[bare.count - 1] = NameParser.personWord(tokens[last])
      let known =
        entities.find(name: bare, kind: parsed.kind) ?? entities.find(name: bare, kind: .person)
      if let known, !entities[known].name.hasSuffix("'s"), !entities[known].name.hasSuffix("’s") {
        words = bare
      } else if parsed.nameTokens.count == 1, parsed.kind == .person, !parsed.confirmed {
        // `Moody's said`, `Sotheby's said`: one possessive word speaking, naming no one the
        // article has met, is a company named for its founder (nobody is called by a
        // possessive), not the person `Moody`.
        parsed = parsed.organisation(named: parsed.nameTokens)
        parsed.confirmed = true
      }
    }
    var name = words.count == 1 ? words[0] : words.joined(separator: " ")
    if words.contains(".") { name = name.replacingOccurrences(of: " .", with: ".") }
    let id: Int
    // NB: `St. Germain` after `Fernand St. Germain`: a surname with its prefix is looked up
    // as the surname.
    let lookup =
      parsed.kind == .person && words.count == 2
        && lexicon.namePrefixes.contains(words[0].lowercased()) ? [words[1]] : words
    // NB: `Pennzoil Co said …; Pennzoil said`: a company named again without its suffix.
    // NB: a company's first word alone (`Dome`) names it here but is no form of its name: in
    // another article it may be another company's (`Dome Mines Ltd`).
    let byFirstWord =
      words.count == 1 && (parsed.kind == .organisation || parsed.kind == .person)
      ? companiesByFirstWord[name.lowercased()].flatMap {
        entities[$0].kind == .organisation ? $0 : nil
      } : nil
    let found =
      entities.find(name: lookup, kind: parsed.kind) ?? companyNamed(name, kind: parsed.kind)
    if found == nil, let byFirstWord {
      id = byFirstWord
    } else if let known = found {
      id = known
      var entity = entities[known]
      // An organisation reading wins over a guess that a capitalised group was a person.
      if parsed.kind == .organisation && entity.kind == .person && entity.gender == nil {
        entity.kind = .organisation
        entity.gender = .neuter
      }
      if words.count > entity.keys.words && entity.kind == parsed.kind {
        entity.name = name  // the fullest form names it
      }
      if !entity.keys.all.contains(name.lowercased()) { entity.addForm(name) }
      entity.gender = entity.gender ?? parsed.gender
      entity.confirmed = entity.confirmed || parsed.confirmed || speaking
      entities[known] = entity
    } else if parsed.kind == .organisation || (parsed.kind == .person && parsed.gender == nil),
      let letters = initials(of: words, at: parsed.nameTokens.lowerBound),
      let expansion = expandAcronym(letters, before: parsed.nameTokens.lowerBound)
    {
      // `IRCC` after `Immigration, Refugees and Citizenship Canada`, `S and P` or `S&P` after
      // `Standard and Poor's Corp`: one organisation.
      let known =
        entities.find(name: expansion.split(separator: " ").map(String.init), kind: .organisation)
        ?? companyNamed(expansion, kind: .organisation)
      id =
        known
        ?? entities.add(
          .init(
            kind: .organisation, name: expansion, forms: [expansion], roles: [], gender: .neuter,
            confirmed: true))
      entities[id].kind = .organisation
      entities[id].name = expansion
      if !entities[id].forms.contains(name) { entities[id].addForm(name) }
    } else {
      id = entities.add(
        .init(
          kind: parsed.kind, name: name, forms: [name], roles: [], gender: parsed.gender,
          confirmed: parsed.confirmed || speaking))
    }
    if entities[id].kind == .organisation,
      let short = nameWithoutSuffix(entities[id].name.splitOnSpaces().map(String.init))
    {
      companiesByShortName[short.lowercased()] = id
      // `Dome said` after `Dome Petroleum Ltd`, `Bell` after `The Bell Group Ltd`: a company
      // goes by its first word too (the first company met with it keeps it).
      let shortWords = short.lowercased().splitOnSpaces().drop { $0 == "the" }
      if shortWords.count >= 2, let first = shortWords.first {
        companiesByFirstWord[String(first)] = companiesByFirstWord[String(first)] ?? id
      }
    }
    if let role, !role.isEmpty,
      !entities[id].roles.contains(where: { $0.utf8.count == role.utf8.count && $0 == role })
    {
      entities[id].roles.append(role)
    }
    if !speaking { entities.mention(id, at: token) }
    return id
  }

  /// The organisation met so far whose name without its company suffix is `name` (`Pennzoil`
  /// for `Pennzoil Co`), for a name read as an organisation or as a person not known as one.
  private func companyNamed(_ name: String, kind: SpeakerKind) -> Int? {
    guard kind == .organisation || kind == .person,
      let id = companiesByShortName[name.lowercased()], entities[id].kind == .organisation
    else { return nil }
    return id
  }

  /// A company's name without the suffix that ends it (`Pennzoil Co` → `Pennzoil`, `Sears,
  /// Roebuck and Co` → `Sears, Roebuck`), or `nil` when it ends in none or is only one.
  private func nameWithoutSuffix(_ words: [String]) -> String? {
    guard words.count >= 2, let suffix = words.last,
      lexicon.companySuffixes.contains(suffix.lowercased())
    else { return nil }
    var kept = words.dropLast()
    while let last = kept.last, lexicon.acronymFillers.contains(last.lowercased()) {
      kept = kept.dropLast()
    }
    guard var last = kept.popLast() else { return nil }
    while last.hasSuffix(",") { last.removeLast() }
    guard !last.isEmpty else { return nil }
    return (kept + [last]).joined(separator: " ")
  }

  /// The letters of a name written as initials: an acronym in capitals (`IRCC`, `S&P`), or
  /// single capital letters joined by `and` or `&` (`S and P`); `nil` for any other name.
  func initials(of words: [String], at start: Int) -> String? {
    if words.count == 1 {
      guard tokens[start].isAllCaps else { return nil }
      let letters = words[0].unicodeScalars.filter { $0 != "&" }
      return letters.allSatisfy(\.properties.isUppercase)
        ? String(String.UnicodeScalarView(letters)) : nil
    }
    guard words.count >= 3, words.count % 2 == 1 else { return nil }
    var letters = ""
    for (index, word) in words.enumerated() {
      if index % 2 == 0 {
        guard word.unicodeScalars.count == 1, let letter = word.unicodeScalars.first,
          letter.properties.isUppercase
        else { return nil }
        letters.unicodeScalars.append(letter)
      } else if word != "and" && word != "&" {
        return nil
      }
    }
    return letters
  }

  /// The words an acronym stands for, written out earlier in the article: capitalised words
  /// whose initials spell it, with `of`, `and`, `the`, `for`, `&` and commas between them.
  func expandAcronym(_ acronym: String, before limit: Int) -> String? {
    let letters = Array(acronym.uppercased().unicodeScalars)
    guard (2...6).contains(letters.count) else { return nil }
    for start in 0..<limit
    where tokens[start].isCapitalized && tokens[start].text.unicodeScalars.first == letters[0] {
      var matched = 0
      var index = start
      var last = start
      while index < limit, matched < letters.count {
        let token = tokens[index]
        if token.isCapitalized, token.text.unicodeScalars.first == letters[matched] {
          matched += 1
          last = index
        } else if !(lexicon.acronymFillers.contains(token.lower) && matched > 0) {
          break
        }
        index += 1
      }
      if matched == letters.count, last > start { return text(start, last) }
    }
    return nil
  }

  private mutating func resolveDescription(_ range: ClosedRange<Int>, head: String) -> Int? {
    let words = range.map { tokens[$0].lower }
    // NB: an owner's `'s` is no part of its name (`the union's release` is the union's).
    var written = text(range.lowerBound, range.upperBound)
    // NB: a description's capital only opens its sentence (`A 2014 study found`, `Footage
    // shows`): it is `a 2014 study`, `footage`, as written inside one; not a name's first word
    // (`Video Jukebox Network Inc`).
    let first = tokens[range.lowerBound]
    if first.isCapitalized,
      opensSentence(range.lowerBound),
      first.text.dropFirst().allSatisfy(\.isLowercase),
      first.sets.contains(.determiner)
        || (first.sets.contains(.evidenceNoun)
          && !range.dropFirst().contains { tokens[$0].startsUppercase })
    {
      written = written.prefix(1).lowercased() + written.dropFirst()
    }
    let phrase = tokens[range.upperBound].isPossessive ? String(written.dropLast(2)) : written
    // NB: an indefinite description (`a diplomat`, `one official`, `a new report`) introduces
    // someone or something new; it names nobody the text already met.
    let isIndefinite = ["a", "an", "one", "another"].contains(words[0])
    // A document says what its author says.
    let isDocument = lexicon.documentNouns.contains(head)
    if isDocument || lexicon.ownDocuments.contains(head) {
      let end = sentenceEnd(of: range.upperBound)
      // `a new report by Politico`, `a memo from Band`: the author named after it.
      let parser = NameParser(lexicon: lexicon)
      let after = range.upperBound + 2
      let named = after < end && tokens[after].isLower("the") ? after + 1 : after
      if named < end, ["by", "from"].contains(tokens[range.upperBound + 1].lower),
        let run = parser.run(tokens, from: named, limit: end),
        let parsed = parser.parse(tokens, run: run, atSentenceStart: false),
        let author = register(parsed, role: nil, at: run.lowerBound, speaking: false)
      {
        return author
      }
      // `its annual report`: the document of whoever the possessive pronoun stands for (not
      // `his lawyer's letter`, `its parent company's statement`, whose owner is named).
      if range.count >= 2, let gender = lexicon.possessivePronouns[words[0]],
        !range.dropFirst().contains(where: { tokens[$0].isPossessive }),
        let owner = resolvePronoun(gender, at: range.lowerBound)
      {
        return owner
      }
      // A wire's `Company statement said`: the statement of the company the article is about.
      if range.count == 2, lexicon.companyNouns.contains(words[0]),
        let company = resolveDescription(range.lowerBound...range.lowerBound, head: words[0])
      {
        return company
      }
      // NB: a survey or a study (`[own-documents]`) is no organisation's unless named with
      // `by` or `from`; the organisation it studies is not its author.
      if isDocument {
        // `a statement on the Russian foreign ministry's website`: the organisation named there,
        // before the cue (not in what the document says: `a report suggested that … boost
        // holdings`); a participle and its preposition go on (`a statement posted on …`).
        var index = range.upperBound + 1
        while index < min(end, range.upperBound + 10), !tokens[index].isPunctuation(","),
          !isQuoted(index),
          source.cueVerbs[index] == nil
            || (index + 1 < end && tokens[index + 1].sets.contains(.preposition))
        {
          let word = tokens[index].lower.replacingOccurrences(of: "'s", with: "")
            .replacingOccurrences(of: "’s", with: "")
          if lexicon.organisations.contains(word) {
            if let known = entities.last(where: {
              $0.kind == .organisation && $0.keys.last == word
            }) {
              return known
            }
            // Name it from the words before the organisation word: `Russian foreign ministry`.
            var start = index
            while start > range.upperBound + 1, tokens[start - 1].isWord,
              !tokens[start - 1].sets.contains(.determiner),
              !tokens[start - 1].sets.contains(.descriptionStop)
            {
              start -= 1
            }
            var words = (start...index).map { tokens[$0].text }
            if let lastWord = words.last {
              words[words.count - 1] = lastWord.replacingOccurrences(of: "'s", with: "")
                .replacingOccurrences(of: "’s", with: "")
            }
            let name = words.joined(separator: " ")
            return entities.add(
              .init(
                kind: .organisation, name: name, forms: [name], roles: [], gender: .neuter,
                confirmed: true))
          }
          index += 1
        }
        // `The RCMP statement`, `a Kremlin statement`: the author named before the noun.
        var start = range.lowerBound
        while start < range.upperBound {
          guard let run = parser.run(tokens, from: start, limit: range.upperBound) else {
            start += 1
            continue
          }
          if let parsed = parser.parse(tokens, run: run, atSentenceStart: false),
            let author = register(parsed, role: nil, at: run.lowerBound, speaking: false)
          {
            return author
          }
          start = run.upperBound + 1
        }
      }
      // `a new report`: a document of its own, nobody met before (but `a statement`, `a
      // company report` are the company's).
      if isIndefinite, lexicon.ownDocuments.contains(head),
        !words.contains(where: lexicon.organisations.contains)
      {
        return entities.add(
          .init(
            kind: .document, name: phrase, forms: [phrase], roles: [], gender: .neuter,
            confirmed: true))
      }
      // Otherwise whoever issued statements before: an organisation that has spoken, else the
      // latest organisation or person, never a model's code (`the A330`). (Not for a survey or
      // a study, which is the phrase itself, as other descriptions are.)
    }
    if isDocument {
      if let spoken = entities.latestMention(
        before: range.lowerBound, where: Self.isOrganisation),
        entities.hasSpoken(spoken.entity, before: range.lowerBound)
      {
        return spoken.entity
      }
      if let spoken = entities.latestSpeakerMention(
        before: range.lowerBound, where: Self.isOrganisation)
      {
        return spoken.entity
      }
      return entities.latestMention(before: range.lowerBound) {
        Self.isOrganisation($0)
      }?.entity
        ?? entities.latestMention(before: range.lowerBound) {
          $0.confirmed && !Self.isModelCode($0.name)
        }?.entity
    }
    // NB: `a person familiar with the talks` is one person, whatever noun ends the phrase.
    let plural =
      !["a", "an", "one"].contains(words[0])
      && (PhraseReader.isPlural(head) || lexicon.groupNouns.contains(head))
    // NB: `the officials`, `the ministers` name a group, never the one person a role fits
    // (but `Chairman Clive Knobbs` is a name, whatever its last letter).
    let isGroup =
      plural && (lexicon.namesGroup(head) || !tokens[range.upperBound].startsUppercase)
    // A role naming a person (`the US Secretary of State`, `the head of the agency`) before
    // any organisation reading.
    let leads = words.contains(where: lexicon.leaderWords.contains)
    if !isIndefinite, !isGroup || leads,
      lexicon.roles[head] != nil || leads,
      !lexicon.organisations.contains(head) || leads,
      let person = bestRoleMatch(words, before: range.lowerBound)
    {
      return person
    }
    // NB: `the paper`, `its utility`: a short definite phrase points back at something named.
    // NB: a wire's bare `company said` (`NOTE: company said …`) is `the company said`, of an
    // organisation named as one.
    let next = range.upperBound + 1
    let isCompany = lexicon.companyNouns.contains(head)
    let isBareCompany =
      range.count == 1 && isCompany && next < tokens.count
      && (cueVerb(at: next) != nil || tokens[next].sets.contains(.between)
        || tokens[next].sets.contains(.documentNoun))
    let pointsBack =
      (["the", "this", "its"].contains(words[0]) && range.count <= 3) || isBareCompany
    // A publication: named by its capitalised name (`the China Daily`, `the People's Daily`),
    // which a country word in it does not make a description; or `the paper`, the one last
    // mentioned (`the Financial Times`).
    if lexicon.mediaNouns.contains(head) {
      if tokens[range.upperBound].isCapitalized {
        var start = range.upperBound
        while start > range.lowerBound, tokens[start - 1].isCapitalized { start -= 1 }
        let name = text(start, range.upperBound)
        return entities.find(name: [name], kind: .organisation)
          ?? entities.add(
            .init(
              kind: .organisation, name: name, forms: [name], roles: [], gender: .neuter,
              confirmed: true))
      }
      if pointsBack,
        let publication = entities.latestMention(before: range.lowerBound, where: isPublication)
      {
        return publication.entity
      }
    }
    // An organisation word: the organisation named with it, or, after `the`, the organisation
    // last mentioned (`the company` after `Procter & Gamble`); else the phrase itself.
    if lexicon.organisations.contains(head) {
      // NB: a bare `Company` opening a sentence is read as this description, never as a name
      // (`NameParser`): an organisation so named is the one a bare `company` found before
      // (and so one article of many `Company said` looks the company up once).
      if let known = entities.last(where: { entity in
        let words = entity.name.lowercased().splitOnSpaces().filter { $0 != "the" }
        return entity.kind == .organisation
          && (words.contains { $0 == head }
            || entity.roles.contains { $0.lowercased().contains(head) })
      }) {
        // NB: `Police` alone, read as an organisation's name, is the group `police`.
        if lexicon.groupNouns.contains(head),
          entities[known].name.lowercased().splitOnSpaces().filter({ $0 != "the" })
            == [Substring(head)]
        {
          entities[known].kind = .group
        }
        return known
      }
      let isPublicBodyWord = lexicon.publicBodies.contains(head)
      // NB: only a company word, or a public body's (`the agency`, `the department`), points
      // back at an organisation named otherwise: `the union`, `the team` not named with that
      // word are the phrase itself, not the organisation last mentioned.
      if pointsBack && (isCompany || isPublicBodyWord) {
        // NB: a company word (`the utility`) names a company, never a public body (the
        // commission that regulates it): the one last mentioned, else the headline's.
        // NB: a bare `company` (`NOTE: company said …`) names a company its article names in
        // full or in its headline, not a label or an acronym met on the way (`NOTE`, `LIFO`).
        let headline = isBareCompany ? headlineWords : []
        let nearby = salientRecent(before: range.lowerBound, within: 400) { entity in
          // NB: a one-word name no pronoun or title gave a gender, seen speaking
          // (`Facebook said`), is read as a person's until something says otherwise;
          // `the company` says so. A capitalised word merely seen (`on Thursday`) is not.
          (entity.kind == .organisation
            || (entity.kind == .person && entity.gender == nil && entity.confirmed
              && !entity.name.contains(" ")))
            && (!isBareCompany || entity.name.contains(" ")
              || headline.contains(entity.name.lowercased()))
            && !entity.name.lowercased().hasPrefix("the ") && !isCountry(entity)
            && !Self.isModelCode(entity.name)
            && !(isCompany && isPublicBody(entity))
        }
        if let organisation = nearby
          ?? (isCompany ? headlineOrganisation(before: range.lowerBound, readingText: true) : nil)
        {
          return organisation
        }
      }
      // NB: `police` with no police force named is a group, as `officials` are.
      return entities.add(
        .init(
          kind: lexicon.groupNouns.contains(head) ? .group : .organisation, name: phrase,
          forms: [phrase], roles: [], gender: .neuter, confirmed: true))
    }
    // A role: the person introduced with the best-matching role words.
    let hasRole = words.contains { lexicon.roles[$0] != nil || $0.hasSuffix("-year-old") }
    if hasRole, !isIndefinite, !isGroup,
      let person = bestRoleMatch(words, before: range.lowerBound)
    {
      return person
    }
    // NB: `official figures`, `the study`: a document with no author named speaks for itself.
    let kind: SpeakerKind =
      lexicon.ownDocuments.contains(head) || isDocument ? .document : plural ? .group : .described
    if let known = entities.find(name: [phrase], kind: kind) { return known }
    // `the person` after `A person familiar with the negotiations`: the same described speaker.
    if ["the", "this", "that"].contains(words[0]),
      let earlier = entities.last(where: { entity in
        (entity.kind == .described || entity.kind == .group || entity.kind == .document)
          && entity.name.lowercased().splitOnSpaces().contains { $0 == head }
      })
    {
      return earlier
    }
    // NB: `the spokesman` speaks for someone; the person just mentioned is the one spoken for.
    if hasRole && !isGroup && lexicon.determiners.contains(words[0])
      && ["the", "this"].contains(words[0]) && !words.contains(where: lexicon.proxyRoles.contains)
    {
      // `the rookie defenceman`: a definite role names someone the text just mentioned.
      if let person = salientRecent(
        before: range.lowerBound, within: 120, where: { $0.kind == .person && $0.confirmed })
      {
        // NB: the phrase names the person; it is a role only when it reads as one.
        if RolePhrase.isRole(tokens, range.lowerBound..<range.upperBound + 1),
          !entities[person].roles.contains(phrase)
        {
          entities[person].roles.append(phrase)
        }
        return person
      }
    }
    let gender = words.compactMap { lexicon.roles[$0] ?? nil }.first
    return entities.add(
      .init(
        kind: kind, name: phrase, forms: [phrase], roles: [],
        gender: plural ? .plural : gender,
        confirmed: true))
  }

  /// The most salient (`mostSalient`) of the latest four entities that `accepts`, mentioned
  /// fewer than `distance` tokens before `token`: the backward search a description's
  /// resolution makes (`the company`, `the rookie defenceman`).
  private func salientRecent(
    before token: Int, within distance: Int, where accepts: (ArticleEntities.Entity) -> Bool
  ) -> Int? {
    let candidates = entities.recentMentions(
      before: token, limit: 4, reaching: { mention, _ in token - mention.token < distance },
      where: accepts)
    return mostSalient(candidates, before: token, gender: nil)
  }

  /// The person whose roles best match a role phrase's words, if any matches.
  func bestRoleMatch(_ words: [String], before token: Int) -> Int? {
    let content = words.filter { !lexicon.roleMatchIgnored.contains($0) }
    let phraseDemonyms = Set(content.filter { NameParser(lexicon: lexicon).isDemonymWord($0) })
    var best: (score: Int, entity: Int)?
    // NB: people without roles are passed over before any set is made, and role demonyms are
    // looked at only when the phrase has some.
    for index in entities.entities.indices
    where entities[index].kind == .person && !entities[index].roles.isEmpty {
      let roleWords = Set(
        entities[index].roles.flatMap { $0.lowercased().splitOnSpaces().map(String.init) })
      guard !roleWords.isEmpty else { continue }
      if !phraseDemonyms.isEmpty {
        let roleDemonyms = Set(roleWords.filter { NameParser(lexicon: lexicon).isDemonymWord($0) })
        if !roleDemonyms.isEmpty && phraseDemonyms.isDisjoint(with: roleDemonyms) { continue }
      }
      var score = 0
      var matchedRoleNoun = false
      for word in content {
        if roleWords.contains(word) {
          score += 2
          matchedRoleNoun = matchedRoleNoun || lexicon.roles[word] != nil
        } else if let synonyms = lexicon.roleSynonyms[word], !synonyms.isDisjoint(with: roleWords) {
          score += 1
          matchedRoleNoun = true
        }
      }
      guard matchedRoleNoun, score >= 2 else { continue }
      if best == nil || score >= best?.score ?? 0 {
        best = (score, index)
      }
    }
    return best?.entity
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
}
