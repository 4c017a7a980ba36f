/// The words that name who speaks, next to a cue: a pronoun, a name, or a description.
struct SpeakerPhrase: Hashable {
  enum Kind: Hashable {
    /// `he`, `she`, `they`, `it`.
    case pronoun(Gender)
    /// A name, with any role words before it (`Kremlin Spokesman Dmitry Peskov`).
    case name(NameParser.ParsedName, role: String?)
    /// A description: a role (`the top Russian diplomat`), an organisation (`the ministry`),
    /// a document (`the statement`) or a described speaker (`a private security professional`).
    case description(head: String)
  }

  /// The tokens of the phrase.
  var tokens: ClosedRange<Int>
  var kind: Kind
}

extension QuoteContext {
  /// Words that show a word group is a clause, not a description of a speaker.
  static let clauseWords: Set<String> = [
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "can",
    "could", "will", "would", "should", "may", "might", "must", "heard", "offer", "offers",
    "says", "say", "what", "here's", "there's", "that's", "it's", "what's", "i", "i'm", "we",
    "you", "me", "whether", "if", "how", "why", "he", "she", "they", "it", "him", "them",
  ]

  /// Whether tokens describe a speaker (`the government`, `a private security professional`,
  /// `South Korean officials`): short, no verb, and led by a determiner, a role, or ending in a
  /// plural noun or a role, organisation or document noun.
  func isDescription(_ range: ClosedRange<Int>) -> Bool {
    guard range.count <= 8 else { return false }
    let words = range.map { tokens[$0].lower }
    guard !words.contains(where: { Self.clauseWords.contains($0) }) else { return false }
    // Past forms and gerunds are verbs here (`documents offer`, `campaign co-ordinated`),
    // except in a role (`the injured man` is rare in attributions; roles are listed).
    if words.dropFirst().contains(where: {
      ($0.hasSuffix("ed") || $0.hasSuffix("ing")) && lexicon.roles[$0] == nil
    }) {
      return false
    }
    guard let head = words.last else { return false }
    if words[0].hasSuffix("'s") || words[0].hasSuffix("’s") { return range.count >= 2 }  // `McCallum’s staff`
    let known =
      lexicon.roles[head] != nil || lexicon.organisations.contains(head)
      || lexicon.documentNouns.contains(head)
    let plural =
      head.count > 3 && head.hasSuffix("s") && !head.hasSuffix("ss") && !head.hasSuffix("'s")
      && tokens[range.upperBound].isWord && !tokens[range.upperBound].isCapitalized
    let led = Self.determiners.contains(words[0]) || lexicon.roles[words[0]] != nil
    return known || (plural && range.count <= 4) || (led && range.count >= 2)
  }

  static let determiners: Set<String> = [
    "the", "a", "an", "this", "that", "these", "those", "our", "its", "their", "his", "her",
    "my", "your", "some", "many", "several", "two", "three", "both", "one",
  ]

  /// Words after which a described speaker's phrase stops (`a professional present during …`).
  static let descriptionStops: Set<String> = [
    "present", "who", "whom", "whose", "which", "that", "during", "in", "at", "from", "on",
    "for", "after", "before", "near", "inside", "outside", "when", "while", "as", "to", "by",
    "about", "since", "because", "told", "said", "says",
  ]

  /// Reads the speaker phrase over `tokens` (the words between clause start and cue, or after
  /// the cue), or `nil` when they name no speaker.
  func speakerPhrase(_ range: ClosedRange<Int>) -> SpeakerPhrase? {
    var first = range.lowerBound
    var last = range.upperBound
    // Trim punctuation at both ends.
    while first <= last, tokens[first].kind == .punctuation || tokens[first].quoteMark != nil {
      first += 1
    }
    while last >= first,
      tokens[last].kind == .punctuation && !tokens[last].isPunctuation(".")
        || tokens[last].quoteMark != nil
    {
      last -= 1
    }
    guard first <= last else { return nil }
    if first == last, let gender = lexicon.pronouns[tokens[first].lower] {
      guard gender != .plural || tokens[first].isLower("they") else { return nil }
      return tokens[first].isLower("i") || tokens[first].isLower("we")
        ? nil : SpeakerPhrase(tokens: first...last, kind: .pronoun(gender))
    }
    guard last - first < 14 else { return nil }
    let parser = NameParser(lexicon: lexicon)
    // The last name run inside the phrase names the speaker.
    var index = first
    var lastName: (run: ClosedRange<Int>, parsed: NameParser.ParsedName)?
    while index <= last {
      if let run = parser.run(tokens, from: index, limit: last + 1) {
        let atStart = sentences[sentenceOf[index]].tokens.lowerBound == index
        if let parsed = parser.parse(tokens, run: run, atSentenceStart: atStart) {
          lastName = (run, parsed)
        }
        index = run.upperBound + 1
      } else {
        index += 1
      }
    }
    let startsWithDeterminer = Self.determiners.contains(tokens[first].lower)
    if let (run, parsed) = lastName {
      // `the Kenya Red Cross`: a proper name after `the` is an organisation's.
      if startsWithDeterminer && run.lowerBound == first + 1 && parsed.kind == .person
        && parsed.nameTokens.lowerBound == run.lowerBound && !parsed.confirmed
      {
        var organisation = parsed
        organisation.kind = .organisation
        organisation.gender = .neuter
        organisation.nameTokens = run
        return SpeakerPhrase(tokens: first...run.upperBound, kind: .name(organisation, role: nil))
      }
      // Lower-case role words before the name (`head coach Peter DeBoer`).
      let before =
        first < parsed.nameTokens.lowerBound ? text(first, parsed.nameTokens.lowerBound - 1) : ""
      let role = before.isEmpty ? parsed.role : before
      // A name inside a longer description (`a company in Nairobi`, `A Freedom Mobile
      // spokesperson`) doesn't name the speaker: the name must end the phrase, and the words
      // before it must be roles, titles, a determiner, a possessive or capitalised modifiers.
      let descriptive = (first..<parsed.nameTokens.lowerBound).allSatisfy { index in
        let token = tokens[index]
        let word = token.lower
        if Self.descriptionStops.contains(word) || Self.clauseWords.contains(word)
          || (lexicon.cueVerb(word) != nil && !token.startsUppercase)
        {
          return false
        }
        return token.isWord || token.isNumber || token.isPunctuation(".")
          || token.isPunctuation(",")
      }
      // `the head of the US State Department`: a role at an organisation describes a person.
      let roleBefore = (first..<run.lowerBound).contains { lexicon.roles[tokens[$0].lower] != nil }
      if descriptive && parsed.nameTokens.upperBound == last
        && !(parsed.kind == .organisation && roleBefore)
      {
        return SpeakerPhrase(
          tokens: first...parsed.nameTokens.upperBound, kind: .name(parsed, role: role))
      }
    }
    // A description: up to its first stop word.
    var end = first
    while end < last, !Self.descriptionStops.contains(tokens[end + 1].lower),
      tokens[end + 1].kind != .punctuation
    {
      end += 1
    }
    let head = tokens[end].lower
    guard tokens[end].isWord, !lexicon.betweenWords.contains(head),
      lexicon.cueVerb(head) == nil || tokens[end].startsUppercase,
      !Self.determiners.contains(head), isDescription(first...end)
    else { return nil }
    return SpeakerPhrase(tokens: first...end, kind: .description(head: head))
  }
}
