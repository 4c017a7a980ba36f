/// Reads capitalised word groups: where a name stands, which words before it are a role
/// (`Russian Foreign Minister`, `Sharks head coach`), and whether it names a person or an
/// organisation.
struct NameParser {
  let lexicon: SpeechLexicon

  /// A name read from the text.
  struct ParsedName: Hashable {
    /// The tokens of the name itself (`Sergei Lavrov`).
    var nameTokens: ClosedRange<Int>
    /// The role words before it, as written (`Russian Foreign Minister`), if any.
    var role: String?
    var kind: SpeakerKind
    var gender: Gender?
    /// Whether a role, a title or a known first name shows what it is.
    var confirmed: Bool
    /// Where the words that may be a role end (`roleEnd`), when the parser set it: before the
    /// initials left out of a person's name (`Chairman J. Hugh Liedtke`).
    var roleLimit: Int? = nil

    /// The end (exclusive) of the words before the name that may be its role.
    var roleEnd: Int { min(roleLimit ?? nameTokens.lowerBound, nameTokens.lowerBound) }

    /// The same reading as an organisation named by the tokens `range`.
    func organisation(named range: ClosedRange<Int>) -> ParsedName {
      var organisation = self
      organisation.kind = .organisation
      organisation.gender = .neuter
      organisation.nameTokens = range
      organisation.roleLimit = nil
      return organisation
    }
  }

  func isNameWord(_ token: TextToken) -> Bool {
    token.isWord
      && (token.startsUppercase || token.isParticleName || Self.isDigitLedName(token.text))
      && !Self.isRatingCode(token.text)
  }

  /// A credit rating or a model code: a few letters, a hyphen and digits (`B-1`, `Baa-3`,
  /// `F-16`), which names no one.
  static func isRatingCode(_ text: String) -> Bool {
    guard let hyphen = text.firstIndex(of: "-") else { return false }
    let letters = text[..<hyphen]
    let digits = text[text.index(after: hyphen)...]
    return (1...3).contains(letters.count) && letters.allSatisfy(\.isLetter)
      && !digits.isEmpty && digits.allSatisfy(\.isNumber)
  }

  /// A name that starts with digits and goes on with a capital (`3Com`, `7Eleven`, `3M`); not
  /// an ordinal or a decade in capitals (`3RD`, `1980S`).
  static func isDigitLedName(_ text: String) -> Bool {
    let scalars = text.unicodeScalars
    guard let first = scalars.first, Scalars.isDigit(first),
      let letter = scalars.first(where: { !Scalars.isDigit($0) }), Scalars.isUppercase(letter)
    else { return false }
    let letters = String(String.UnicodeScalarView(scalars.drop(while: Scalars.isDigit)))
    return !["st", "nd", "rd", "th", "s"].contains(letters.lowercased())
  }

  /// The run of name words starting at `start` (capitalised words, connectors between them,
  /// initials), or `nil` when `start` is no name word. Possessives end a run (`Vancouver's`),
  /// except before a company suffix (`Albertson's Inc`) or a publication's word (`People's
  /// Daily`).
  func run(_ tokens: [TextToken], from start: Int, limit: Int) -> ClosedRange<Int>? {
    guard start < limit, isNameWord(tokens[start]) else { return nil }
    // NB: a label of the page before its colon is nobody (`NOTE: Company changed …`).
    if start + 1 < tokens.count, tokens[start + 1].isPunctuation(":"),
      lexicon.colonLabels.contains(tokens[start].lower)
    {
      return nil
    }
    var end = start
    var index = start + 1
    while index < limit {
      let token = tokens[index]
      if isPossessive(tokens[end]) {
        // A publication named for its readers or owner: `People's Daily`.
        if isNameWord(token), token.spaceBefore, lexicon.mediaNames.contains(token.lower) {
          end = index
          index += 1
          continue
        }
        // A company named for its founder: `Poor's Corp`, `Albertson's Inc`, `Moody's
        // Investors Service Inc` (a few name words, then a suffix); not a place's company
        // (`Japan's Mitsubishi Corp`), whose name `parse` starts after the possessive.
        var suffix = index
        while suffix < limit, suffix - index < 4, isNameWord(tokens[suffix]),
          tokens[suffix].spaceBefore, !lexicon.companySuffixes.contains(tokens[suffix].lower)
        {
          suffix += 1
        }
        guard suffix < limit, tokens[suffix].isCapitalized, tokens[suffix].spaceBefore,
          lexicon.companySuffixes.contains(tokens[suffix].lower)
        else { break }
        end = suffix
        index = suffix + 1
        continue
      }
      if isNameWord(token) && (token.spaceBefore || tokens[index - 1].isPunctuation("-")) {
        end = index
      } else if let mark = token.quoteMark, mark.canOpen,
        let close = (index + 1..<min(limit, index + 5)).first(where: {
          tokens[$0].quoteMark?.canClose ?? false
        }),
        close > index + 1, (index + 1..<close).allSatisfy({ isNameWord(tokens[$0]) }),
        close + 1 < limit, isNameWord(tokens[close + 1])
      {
        // A nickname in quotation marks inside a name: `Dwayne "The Rock" Johnson`.
        end = close + 1
        index = close + 2
        continue
      } else if token.isPunctuation("."), !token.spaceBefore,
        tokens[index - 1].isCapitalLetter
          || lexicon.titles[tokens[index - 1].lower + "."] != nil
          || tokens[index - 1].isInitialism,
        index + 1 < limit, isNameWord(tokens[index + 1])
      {
        end = index  // an initial, a title's or an initialism's dot: `J.`, `Mr.`, `U.S.A.`
      } else if token.isPunctuation("."), !token.spaceBefore,
        tokens[index - 1].sets.contains(.nameAbbreviation)
      {
        end = index  // `Samsung Electronics Co.`
        // NB: `Jr.` and `Sr.` may stand inside a company's name (`Wm. Wrigley Jr. Co`); a
        // company suffix ends it.
        let endsName = lexicon.companySuffixes.contains(tokens[index - 1].lower)
        guard !endsName, index + 1 < limit, isNameWord(tokens[index + 1]) else { break }
      } else if token.isWord,
        token.flags.contains(.connector),
        index + 1 < limit, isNameWord(tokens[index + 1])
      {
        end = index  // kept only when a name word follows
      } else if token.isWord, !token.isCapitalized, token.sets.contains(.nameConnector),
        let next = (index + 1..<min(limit, index + 3)).first(where: {
          !(tokens[$0].isWord && !tokens[$0].isCapitalized
            && tokens[$0].sets.contains(.nameConnector))
        }),
        next > index + 1, isNameWord(tokens[next])
      {
        end = index  // a surname's particles, more than one: `Hans van den Broek`
      } else {
        break
      }
      index += 1
    }
    // A run never ends on a connector, nor on an initial's dot.
    while end > start, !isNameWord(tokens[end]), !tokens[end].isPunctuation(".") { end -= 1 }
    if tokens[end].isPunctuation("."), !tokens[end - 1].sets.contains(.nameAbbreviation) {
      end -= 1
    }
    return start...end
  }

  func isPossessive(_ token: TextToken) -> Bool {
    token.isWord && token.isPossessive
  }

  /// A person's name word as it names them: `Garnier` for `Garnier's` (`Christopher
  /// Garnier's benefits` names Christopher Garnier). Only for people: a company's `'s` is
  /// often its own (`McDonald's`).
  static func personWord(_ token: TextToken) -> String {
    guard token.isWord, token.isPossessive else { return token.text }
    return String(token.text.unicodeScalars.dropLast(2))
  }

  /// The most words a name may have (`Deputy Assistant Secretary of State for Inter-American
  /// Affairs Paul Taylor` has ten).
  static let longestName = 12

  /// How far back a name met inside a sentence is looked for (`isNamedInside`), in tokens.
  static let nameLookback = 400

  /// Whether `word` is written capitalised inside a sentence (after a word, not after `the`)
  /// in the `nameLookback` tokens before `token`: a name met there (`Connor Brewer`), whatever
  /// it means in lower case. (Bounded, so an article of many such sentences stays linear.)
  private static func isNamedInside(_ word: String, before token: Int, _ tokens: [TextToken])
    -> Bool
  {
    let from = max(1, token - nameLookback)
    guard from < token else { return false }
    return (from..<token).contains { index in
      tokens[index].lower == word && tokens[index].isCapitalized && tokens[index - 1].isWord
        && tokens[index - 1].lower != "the"
    }
  }

  /// Parses the run `run` (see `run(_:from:limit:)`) with `before` lower-case role words
  /// that may stand right before it (`head coach Peter DeBoer`).
  ///
  /// NB: word-list membership is read from the tokens' `flags` and `sets`, looked up once
  /// when they were made; only words ending with a dot (`Mr.`, `U.S.`) are trimmed and looked
  /// up here.
  func parse(_ tokens: [TextToken], run: ClosedRange<Int>, atSentenceStart: Bool) -> ParsedName? {
    // NB: a dozen capitalised words in a row are a title-cased headline, or several run
    // together (`… Will Stand For National AnthemESPN Anchor Rips …`), never one name.
    guard run.count(where: { tokens[$0].isWord }) <= Self.longestName else { return nil }
    // Nor are words with two capitalised function words among them (`Lone Player Stands During
    // National Anthem While Rest Of His Team Protests`); a name may hold one (`Theresa May`).
    let functionWords = run.dropFirst().count { index in
      tokens[index].isCapitalized && isNotName(tokens[index])
        && !lexicon.namesInsideSentences.contains(tokens[index].lower)
    }
    guard functionWords < 2 else { return nil }
    var run = run
    var start = run.lowerBound
    // A company's name, whole: `Rochester Gas and Electric Co`, `First Financial Corp`.
    let endsWithSuffix =
      run.reversed().first(where: { tokens[$0].isWord })
      .map { lexicon.companySuffixes.contains(tokens[$0].lower) } ?? false
    // Drop sentence-opening and time words at the front; inside a sentence, after `The` or in
    // a company's name, `First` and `New` before another name word begin it (`First Chicago
    // Corp`, `The New York Stock Exchange`).
    while start <= run.upperBound, isNotName(tokens[start]),
      !tokens[start].isAllCaps || tokens[start].text.count < 2
    {
      let opensName =
        start < run.upperBound && lexicon.namesInsideSentences.contains(tokens[start].lower)
        && (start == run.lowerBound
          ? !atSentenceStart || endsWithSuffix : tokens[start - 1].lower == "the")
      if opensName { break }
      start += 1
    }
    guard start <= run.upperBound else { return nil }
    // `Attorneys for Pennzoil`: a group described, capitalised as it opens a sentence, is no
    // one's name. (After `of`, the organisation speaks: `Officials of MMC Sittipol`.)
    if atSentenceStart, start == run.lowerBound, start < run.upperBound,
      tokens[start].isCapitalized, !tokens[start].isAllCaps,
      lexicon.namesGroup(tokens[start].lower), tokens[start + 1].isWord,
      !tokens[start + 1].isCapitalized, !tokens[start + 1].isLower("of")
    {
      return nil
    }
    // NB: `A.` is an initial, not the article (`A. Schulman Inc`, `A. H. Robins Co`).
    if start > run.lowerBound, tokens[start].isPunctuation("."), !tokens[start].spaceBefore,
      tokens[start - 1].isCapitalLetter
    {
      start -= 1
    }
    // `Jingyi Pan of IG said`: two or more plain capitalised words before `of` are a person,
    // and what follows is where they work. A title, a role or an organisation word before
    // `of` keeps the phrase whole (`Secretary of State`, `Royal Bank of Canada`).
    // (Nor a company before `of`: `Financial Corp of America`.)
    if let of = (start...run.upperBound).first(where: { tokens[$0].isLower("of") }),
      of - start >= 2, !lexicon.companySuffixes.contains(tokens[of - 1].lower),
      (start..<of).allSatisfy({ index in
        let token = tokens[index]
        return token.isCapitalized && token.flags.isDisjoint(with: [.title, .role, .organisation])
          && !isPossessive(token) && !Self.isDemonym(token) && !Self.endsWithDot(token.lower)
      })
    {
      run = run.lowerBound...(of - 1)
    }
    // `Senator Lloyd Bentsen of Texas`, `King Fahd of Saudi Arabia`: a name between a title
    // and `of` is the person, and what follows `of` is where they are from (not `Chancellor
    // of the Exchequer Nigel Lawson`, whose name follows the title's `of`).
    // NB: a company's name may open with a title word: `General Motors of Canada Ltd` (a
    // person's name there holds a first name: `Analyst Robert Gordon of Shearson Lehman Inc`).
    if let of = (start...run.upperBound).first(where: { tokens[$0].isLower("of") }),
      namesBetweenTitleAndOf(tokens, start: start, of: of, endsWithSuffix: endsWithSuffix)
    {
      run = run.lowerBound...(of - 1)
    }
    // `The Exchange said`, `the Company`, a wire's `Company also said`: a company noun alone,
    // capitalised, is the description `the exchange` (the exchange the article names), not a
    // name. (Opening a sentence, unless the article wrote it capitalised inside one before: a
    // surname, `Connor Brewer … Brewer later explained`.)
    if start == run.upperBound, lexicon.companyNouns.contains(tokens[start].lower),
      start > 0 && tokens[start - 1].lower == "the"
        || start == run.lowerBound
          && !Self.isNamedInside(tokens[start].lower, before: start, tokens)
    {
      return nil
    }
    // `Donald Trump and Kim`: two people; the name read is the last one. (An organisation's
    // name may hold `and`: `Immigration, Refugees and Citizenship Canada`, `Rochester Gas and
    // Electric Corp`.)
    // (Nor the `and` of a title's `of` phrase: `Minister of Mines and Energy Subroto`.)
    if !endsWithSuffix,
      !(start...run.upperBound).contains(where: { tokens[$0].flags.contains(.organisation) }),
      let and = (start...run.upperBound).last(where: {
        tokens[$0].isLower("and") || tokens[$0].isLower("&")
      }),
      and < run.upperBound, !Self.joinsTitleOfWords(tokens, and: and, from: start)
    {
      start = and + 1
    }
    // The name begins after the last role, title, demonym or possessive word.
    var nameStart = start
    var titleGender: Gender?
    var hasRole = false
    // The last title that tells a gender (`Mr.`, `Mrs.`, `Sir`): what follows it is a name.
    var honorific: Int?
    // NB: a publication's name keeps the place or owner before its last word (`China Daily`,
    // `People's Daily`, `Japan Times`).
    let isPublication = lexicon.mediaNames.contains(tokens[run.upperBound].lower)
    for index in start..<run.upperBound {
      let endsWithDot = Self.endsWithDot(tokens[index].lower)
      let flags = tokens[index].flags
      // NB: a title written with its dot (`Sen.`, `Gov.`) is two tokens, and the word alone is
      // no title; one that may begin a name (`St. Germain`) stays in it.
      let dotted = tokens[index].lower + "."
      let dottedTitle =
        tokens[index + 1].isPunctuation(".") && !tokens[index + 1].spaceBefore
        && lexicon.titles[dotted] != nil && !lexicon.namePrefixes.contains(dotted)
      if !flags.contains(.title) && !flags.contains(.role) && !endsWithDot && !dottedTitle {
        // NB: `of` after an organisation noun is inside its name (`Bank of New England`).
        if !(isPublication && index + 1 == run.upperBound),
          isPossessive(tokens[index])
            || (Self.isDemonym(tokens[index]) && !opensPersonName(tokens, index, run: run))
            || (tokens[index].isLower("of")
              && !(index > start
                && tokens[index - 1].flags.contains(.organisation)))
        {
          if index + 1 <= run.upperBound { nameStart = max(nameStart, index + 1) }
        }
        continue
      }
      let raw = tokens[index].lower
      let lower = endsWithDot ? raw.trimmingTrailing(".") : raw
      if let gender = lexicon.titles[lower] ?? lexicon.titles[tokens[index].lower]
        ?? (dottedTitle ? lexicon.titles[dotted] : nil)
      {
        titleGender = gender ?? titleGender
        hasRole = true
        nameStart = index + 1
        if gender != nil { honorific = index }
      } else if let gender = lexicon.roles[lower] {
        titleGender = gender ?? titleGender
        hasRole = true
        nameStart = index + 1
      } else if isPossessive(tokens[index]) || Self.isDemonym(tokens[index])
        || tokens[index].isLower("of")
      {
        if index + 1 <= run.upperBound { nameStart = max(nameStart, index + 1) }
      }
    }
    // `British Airways`, `British Caledonian Airways`, `General Electric`: one word that only
    // demonyms lead, no first name, role or title, or a trade word that only a title leads, is
    // an organisation's name, not a person's (no Mr Airways spoke).
    if nameStart > start,
      namesOrganisationAfterLead(tokens, start: start, nameStart: nameStart, run: run)
    {
      return ParsedName(
        nameTokens: start...run.upperBound, role: nil, kind: .organisation, gender: .neuter,
        confirmed: true)
    }
    // Skip connectors and initials left at the front of the name.
    while nameStart < run.upperBound, !tokens[nameStart].isCapitalized { nameStart += 1 }
    var nameTokens = nameStart...run.upperBound
    // NB: the first word of the name as first read (`nameWords[0]`), before any change below.
    let firstWord = tokens[nameStart]
    // `Assistant Secretary of State for Economic Affairs John Kelly`: a title that holds an
    // organisation's words, then a person named from a first name on, is that person.
    // NB: the first first name after the organisation's last word (`John Kelly`, whose
    // surname is a first name too).
    if hasRole,
      let organisationWord = nameTokens.last(where: { tokens[$0].flags.contains(.organisation) }),
      organisationWord < run.upperBound,
      let firstName = (organisationWord + 1...run.upperBound).first(where: {
        tokens[$0].isCapitalized && tokens[$0].sets.contains(.firstName)
      }),
      run.upperBound - firstName <= 3,
      (firstName...run.upperBound).allSatisfy({
        tokens[$0].isCapitalized || tokens[$0].isPunctuation(".")
      })
    {
      nameTokens = firstName...run.upperBound
    }
    // Organisations: an organisation word in the name part (`Saskatoon Police Service`,
    // `Russian Foreign Ministry`), or an acronym. The whole group is its name.
    if isPublication || nameTokens.contains(where: { tokens[$0].flags.contains(.organisation) }) {
      // NB: a place's or a parent's company is the company (`Japan's Mitsubishi Corp`,
      // `General Motors Corp's Hughes Aircraft Co`); a founder's possessive stays in its name
      // (`Moody's Investors Service Inc`).
      let place = (start..<run.upperBound).last { index in
        guard isPossessive(tokens[index]) else { return false }
        let stem = String(tokens[index].lower.dropLast(2))
        return lexicon.countryWords.contains(stem) || lexicon.companySuffixes.contains(stem)
      }
      return ParsedName(
        nameTokens: (place.map { $0 + 1 } ?? start)...run.upperBound, role: nil,
        kind: .organisation, gender: .neuter, confirmed: true)
    }
    if nameTokens.count == 1, !firstWord.sets.contains(.firstName), firstWord.isAllCaps,
      (2...5).contains(firstWord.text.count)
    {
      return ParsedName(
        nameTokens: nameTokens, role: nil, kind: .organisation, gender: .neuter, confirmed: true)
    }
    // `Developer Taylor Reed`: a job word opening the sentence is no first name.
    if nameTokens.count == 3, atSentenceStart, nameTokens.lowerBound == start,
      !firstWord.sets.contains(.firstName),
      ["er", "or", "ist", "ant", "ent", "man", "woman"].contains(where: {
        firstWord.lower.hasSuffix($0)
      })
    {
      nameTokens = (nameTokens.lowerBound + 1)...run.upperBound
    }
    // A long name part: the person's name starts at a known first name, else it is the last two
    // words, initials, a surname's prefix or particles and a `Jr.` not counted (`Rudolph W.
    // Giuliani`, `Fernand St. Germain`, `Cor van der Klugt`, `Clifford F. Stritch Jr.`).
    if nameTokens.count > 3 {
      if let firstName = nameTokens.first(where: { tokens[$0].sets.contains(.firstName) }) {
        nameTokens = firstName...run.upperBound
      } else {
        nameTokens = lastWords(2, of: tokens, in: nameTokens)
      }
    }
    // A name after a title's `of` (`Chancellor of the Exchequer Nigel Lawson`, `Minister of
    // Mines and Energy Subroto`): the capitalised words before the person's own name finish
    // the title; the name starts at a known first name, else it is the last two words of
    // three, the last of two.
    if nameTokens.count >= 2, Self.followsTitleOf(tokens, nameTokens.lowerBound) {
      if let firstName = nameTokens.first(where: { tokens[$0].sets.contains(.firstName) }) {
        nameTokens = firstName...run.upperBound
      } else {
        nameTokens = (run.upperBound - (nameTokens.count >= 3 ? 1 : 0))...run.upperBound
      }
    }
    // Role and nationality words alone are no name (`the top Russian diplomat`); a country
    // or capital alone speaks as an organisation (`Japan said`, `Moscow has repeatedly said`).
    if nameTokens.count == 1, firstWord.sets.contains(.countryName) {
      return ParsedName(
        nameTokens: nameTokens, role: nil, kind: .organisation, gender: .neuter, confirmed: true)
    }
    // NB: not after an honorific, which only a name follows (`Mr. King`, `Mrs. Bishop`).
    let followsHonorific =
      honorific.map { title in
        (title + 1..<nameTokens.lowerBound).allSatisfy { tokens[$0].isPunctuation(".") }
      } ?? false
    if !followsHonorific,
      nameTokens.allSatisfy({ Self.isRoleOrNationality(tokens[$0], lexicon: lexicon) })
    {
      return nil
    }
    // `North Korean`, `South African`: a demonym after a compass word is an adjective.
    if nameTokens.count == 2, Self.isDemonym(tokens[nameTokens.upperBound]),
      lexicon.compassWords.contains(tokens[nameTokens.lowerBound].lower)
    {
      return nil
    }
    // `Christmas Day`, `New Year`: a named time is nobody.
    if tokens[run.upperBound].sets.contains(.namedTime) { return nil }
    // A name with a digit in it is a product's (`A320 Airbus`, `DC-10s`), never a person's:
    // read as one, it would make `Airbus` a surname two people carry. (A company may lead
    // with digits: `3Com`, `4Cast`.)
    if nameTokens.contains(where: { index in
      tokens[index].isWord && !Self.isDigitLedName(tokens[index].text)
        && tokens[index].text.unicodeScalars.contains { (0x30...0x39).contains($0.value) }
    }) {
      return nil
    }
    let firstNameGender =
      tokens[nameTokens.lowerBound].sets.contains(.firstName)
      ? lexicon.firstNames[tokens[nameTokens.lowerBound].lower] : nil
    // NB: initials the name leaves out are no part of the role (`Chairman J. Hugh Liedtke`
    // is chairman).
    var roleEnd = nameTokens.lowerBound
    while roleEnd > start, isInitial(tokens, at: roleEnd - 1) { roleEnd -= 1 }
    let roleWords = start..<roleEnd
    let role =
      RolePhrase.isRole(tokens, roleWords)
      ? tokens[roleWords].map(\.text).joined(separator: " ") : nil
    return ParsedName(
      nameTokens: nameTokens, role: role, kind: .person,
      gender: titleGender ?? (nameTokens.count > 1 ? firstNameGender : nil),
      confirmed: hasRole || (firstNameGender != nil && nameTokens.count > 1),
      roleLimit: roleEnd)
  }

  /// Whether the token at `index` is an initial or its dot (`J` and `.` of `J.`, or `J.`).
  private func isInitial(_ tokens: [TextToken], at index: Int) -> Bool {
    let token = tokens[index]
    if token.isPunctuation(".") { return index > 0 && tokens[index - 1].isCapitalLetter }
    return token.isCapitalLetter
      || (token.isCapitalized && token.text.unicodeScalars.count == 2 && token.text.hasSuffix("."))
  }

  /// The last `count` words of `range`, with the initials (`W.`), surname prefixes (`St.`) and
  /// particles (`van der`) among and right before them, and a `Jr.` or `Sr.` ending it, which
  /// do not count, and their dots.
  private func lastWords(_ count: Int, of tokens: [TextToken], in range: ClosedRange<Int>)
    -> ClosedRange<Int>
  {
    var start = range.upperBound
    var words = 0
    var index = range.upperBound
    while index >= range.lowerBound {
      let token = tokens[index]
      if !token.isPunctuation(".") {
        let dotted = index < range.upperBound && tokens[index + 1].isPunctuation(".")
        let isInitial = dotted && token.isCapitalLetter
        let isPrefix = dotted && lexicon.namePrefixes.contains(token.lower + ".")
        // NB: nor does `Jr.` or `Sr.` after the surname (`Clifford F. Stritch Jr.`).
        let isSuffix =
          index + (dotted ? 1 : 0) == range.upperBound
          && lexicon.nameSuffixes.contains(token.lower.trimmingTrailing("."))
        // NB: nor does a surname's lower-case particle (`Cor van der Klugt`).
        let isParticle = !token.isCapitalized && token.sets.contains(.nameConnector)
        if !isInitial && !isPrefix && !isSuffix && !isParticle {
          words += 1
          if words > count { break }
        }
      }
      start = index
      index -= 1
    }
    // NB: never from a dot (the run's words before it were too many to take).
    while start < range.upperBound, tokens[start].isPunctuation(".") { start += 1 }
    // NB: nor from a particle: the word before it is the given name (`Ahmed bin Sultan`).
    while start > range.lowerBound, !tokens[start].isCapitalized,
      tokens[start].sets.contains(.nameConnector)
    {
      start -= 1
    }
    return start...range.upperBound
  }

  /// Whether the words right before `index` end a title's `of` phrase: `of`, then only
  /// capitalised words, `the`, `and` (`… of the Exchequer`, `… of Mines and Energy`), or
  /// nothing (`Secretary of State …` read from `State`).
  static func followsTitleOf(_ tokens: [TextToken], _ index: Int) -> Bool {
    var position = index - 1
    var steps = 0
    while position >= 0, steps < 6 {
      let token = tokens[position]
      if token.isLower("of") { return true }
      guard token.isCapitalized || token.isLower("the") || token.isLower("and") else {
        return false
      }
      position -= 1
      steps += 1
    }
    return false
  }

  /// Whether `lower` ends with a dot (`hasSuffix(".")`), looking at the last byte first.
  @inline(__always)
  static func endsWithDot(_ lower: String) -> Bool {
    // NB: only a string whose last scalar is `.` can end with the character `.`.
    lower.utf8.last == 0x2E && lower.hasSuffix(".")
  }

  /// `lower.count > 4 && (lower.hasSuffix("ian") || lower.hasSuffix("ean"))`: an adjective of
  /// nationality or place by its ending (`Russian`, `European`).
  @inline(__always)
  static func hasDemonymEnding(_ lower: String) -> Bool {
    // NB: only a string whose last scalar is `n` can end with `ian` or `ean`.
    lower.utf8.last == 0x6E && lower.count > 4 && (lower.hasSuffix("ian") || lower.hasSuffix("ean"))
  }

  /// Whether a word is one of the lexicon's `notNames` once a trailing dot is trimmed.
  @inline(__always)
  func isNotName(_ token: TextToken) -> Bool {
    guard Self.endsWithDot(token.lower) else { return token.sets.contains(.notName) }
    return lexicon.notNames.contains(token.lower.trimmingTrailing("."))
  }

  /// Whether a word (a trailing dot trimmed) is a role, a title or a nationality word, which
  /// alone name nobody.
  @inline(__always)
  static func isRoleOrNationality(_ token: TextToken, lexicon: SpeechLexicon) -> Bool {
    // NB: `trimmingTrailing(".")` changes only a string whose last scalar is `.`.
    guard token.lower.utf8.last == 0x2E else {
      return token.sets.contains(.role) || token.sets.contains(.title)
        || token.sets.contains(.nationality)
        || (hasDemonymEnding(token.lower) && !token.sets.contains(.firstName))
    }
    let lower = token.lower.trimmingTrailing(".")
    return lexicon.roles[lower] != nil || lexicon.titles[lower] != nil
      || lexicon.nationalityWords.contains(lower)
      || (lower.count > 4 && (lower.hasSuffix("ian") || lower.hasSuffix("ean")))
  }

  /// Whether a capitalised word is a nationality or place adjective (`Russian`, `US`); a known
  /// first name that ends like one is not (`Brian`, `Adrian`, `Julian`).
  static func isDemonym(_ token: TextToken) -> Bool {
    guard token.isCapitalized else { return false }
    if token.flags.contains(.nationality) { return true }
    return token.sets.contains(.countryName)
      || (hasDemonymEnding(token.lower) && !token.sets.contains(.firstName))
  }

  /// Whether the `and` at `and` joins two capitalised words of a title's `of` phrase
  /// (`Minister of Mines and Energy Subroto`, `Minister of International Trade and Industry`):
  /// at most two words between the `of` and the `and`, no first name among them (not
  /// `Secretary of State George Shultz and …`), nor a comma (a list), nor a ministry's name.
  static func joinsTitleOfWords(_ tokens: [TextToken], and: Int, from start: Int) -> Bool {
    guard tokens[and].isLower("and") || tokens[and].isLower("&"), and > start,
      and + 1 < tokens.count, tokens[and - 1].isCapitalized,
      tokens[and + 1].isCapitalized,
      let of = (max(start, and - 3)..<and).last(where: { tokens[$0].isLower("of") }),
      of > start,
      (of + 1..<and).allSatisfy({ tokens[$0].isWord && !tokens[$0].sets.contains(.firstName) })
    else { return false }
    // NB: a ministry's name is an organisation's (`Ministry of Trade and Industry`).
    return !tokens[of - 1].flags.isDisjoint(with: [.title, .role])
      && !tokens[of - 1].flags.contains(.organisation)
  }

  /// Whether the `and` at `and` joins the words of a portfolio before a title (`Trade and
  /// Industry Secretary`, `Fisheries and Oceans Minister`, `Health and Human Services
  /// Secretary`): one or two capitalised words before it that open the sentence or follow a
  /// determiner, with no first name, title or role among them (not `John Smith and Foreign
  /// Minister …`, `the minister and Deputy Minister …`), and capitalised words after it that
  /// reach a title or role within four words.
  static func joinsPortfolioWords(_ tokens: [TextToken], and: Int, from start: Int) -> Bool {
    guard tokens[and].isLower("and") || tokens[and].isLower("&"), and > start,
      and + 1 < tokens.count
    else { return false }
    var runStart = and
    while runStart > start, and - runStart < 2, tokens[runStart - 1].isWord,
      tokens[runStart - 1].isCapitalized
    {
      runStart -= 1
    }
    guard runStart < and, runStart == start || tokens[runStart - 1].sets.contains(.determiner),
      (runStart..<and).allSatisfy({
        !tokens[$0].sets.contains(.firstName) && tokens[$0].flags.isDisjoint(with: [.title, .role])
      })
    else { return false }
    var after = and + 1
    while after < tokens.count, after - and <= 4, tokens[after].isWord, tokens[after].isCapitalized
    {
      if !tokens[after].flags.isDisjoint(with: [.title, .role]) { return after > and + 1 }
      after += 1
    }
    return false
  }

  /// Whether the words between a title (or role) and the `of` at `of` are a name (`Senator
  /// Lloyd Bentsen of Texas`, `Sen. Lloyd Bentsen of Texas`): capitalised words that are no
  /// title, role, organisation word, demonym or possessive, right after the title, holding a
  /// first name when a company's suffix ends the run.
  private func namesBetweenTitleAndOf(
    _ tokens: [TextToken], start: Int, of: Int, endsWithSuffix: Bool
  ) -> Bool {
    var first = of
    while first - 1 >= start {
      let token = tokens[first - 1]
      // NB: an initial's dot (`Adam B. Schiff`).
      if token.isPunctuation("."), first - 2 >= start, tokens[first - 2].isCapitalLetter {
        first -= 1
        continue
      }
      guard token.isWord, token.isCapitalized, !token.isAllCaps || token.isCapitalLetter,
        token.flags.isDisjoint(with: [.title, .role, .organisation]), !isPossessive(token),
        !Self.isDemonym(token), !isNotName(token)
      else { break }
      first -= 1
    }
    guard first < of, first - 1 >= start,
      !endsWithSuffix || (first..<of).contains(where: { tokens[$0].sets.contains(.firstName) })
    else { return false }
    // NB: a title written with its dot (`Sen.`) is two tokens.
    let lead = first - 1
    if tokens[lead].isPunctuation("."), lead - 1 >= start {
      return lexicon.titles[tokens[lead - 1].lower + "."] != nil
    }
    return !tokens[lead].flags.isDisjoint(with: [.title, .role])
  }

  /// Whether the words of `run` from `start` name an organisation that a demonym or a title
  /// leads (the name would start at `nameStart` were they a person's title): demonyms alone
  /// before one capitalised word that is no first name, role or title (`British Airways`,
  /// `British Caledonian Airways`, `Swiss Re`), or a title or role word before one trade word
  /// (`General Electric`).
  private func namesOrganisationAfterLead(
    _ tokens: [TextToken], start: Int, nameStart: Int, run: ClosedRange<Int>
  ) -> Bool {
    let lead = start..<nameStart
    let name = nameStart...run.upperBound
    let plain = name.allSatisfy { index in
      let token = tokens[index]
      return token.isCapitalized && !token.isAllCaps && !token.sets.contains(.firstName)
        && !isNotName(token) && token.flags.isDisjoint(with: [.title, .role])
        && !isPossessive(token)
        && !Self.endsWithDot(token.lower)
    }
    // NB: one word: `American Robby Ginepri`, `Japanese Hajimu Watanabe` are people.
    guard plain, name.count == 1 else { return false }
    if lead.allSatisfy({ Self.isDemonym(tokens[$0]) && !tokens[$0].isAllCaps }) {
      return !Self.isDemonym(tokens[run.upperBound])
    }
    // NB: not after a courtesy title (`Mr Steel`, `Lord Iron` are people).
    return lexicon.companyTradeWords.contains(tokens[nameStart].lower)
      && lead.allSatisfy({ index in
        (!tokens[index].flags.isDisjoint(with: [.title, .role]) || Self.isDemonym(tokens[index]))
          && (lexicon.titles[tokens[index].lower] ?? nil) == nil
      })
  }

  /// Whether the word at `index`, which ends like a demonym only (`Darian`, not a listed
  /// nationality or country), opens a two-word person's name: it begins `run` and one
  /// capitalised word follows to its end (`Darian Lonechild`, where `Russian Foreign
  /// Ministry` has more, and an organisation word).
  private func opensPersonName(_ tokens: [TextToken], _ index: Int, run: ClosedRange<Int>) -> Bool {
    let token = tokens[index]
    guard !token.flags.contains(.nationality), !token.sets.contains(.countryName) else {
      return false
    }
    return index == run.lowerBound && index + 1 == run.upperBound
      && tokens[run.upperBound].isCapitalized && !tokens[run.upperBound].isAllCaps
      && !tokens[run.upperBound].flags.contains(.organisation)
  }

  /// Whether a lower-cased word is a nationality or country word (`russian`, `us`), which
  /// tells two officials apart (`the Russian minister` is not the US one).
  func isDemonymWord(_ lower: String) -> Bool {
    if lexicon.countryWords.contains(lower) { return true }
    return lower.count > 4 && (lower.hasSuffix("ian") || lower.hasSuffix("ean"))
  }

}
