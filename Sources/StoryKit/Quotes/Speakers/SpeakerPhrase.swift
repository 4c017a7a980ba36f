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
  static let determiners: Set<String> = [
    "the", "a", "an", "this", "that", "these", "those", "our", "its", "their", "his", "her",
    "my", "your", "some", "many", "several", "two", "three", "both", "one",
  ]

  /// Words after which a described speaker's phrase stops (`a professional present during …`).
  static let descriptionStops: Set<String> = [
    "present", "who", "whom", "whose", "which", "that", "during", "in", "at", "from", "with", "on",
    "for", "after", "before", "near", "inside", "outside", "when", "while", "as", "to", "by",
    "about", "since", "because", "told", "said", "says",
  ]

  /// Reads the speaker phrase over `tokens` (the words between clause start and cue, or after
  /// the cue), or `nil` when they name no speaker.
  func speakerPhrase(_ range: ClosedRange<Int>) -> SpeakerPhrase? {
    var first = range.lowerBound
    var last = range.upperBound
    // Trim punctuation at both ends.
    while first <= last, tokens[first].kind == .punctuation || tokens[first].quoteMark != nil { first += 1 }
    while last >= first, tokens[last].kind == .punctuation && !tokens[last].isPunctuation(".") || tokens[last].quoteMark != nil {
      last -= 1
    }
    guard first <= last else { return nil }
    if first == last, let gender = lexicon.pronouns[tokens[first].lower] {
      guard gender != .plural || tokens[first].lower == "they" else { return nil }
      return tokens[first].lower == "i" || tokens[first].lower == "we"
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
      let before = first < parsed.nameTokens.lowerBound ? text(first, parsed.nameTokens.lowerBound - 1) : ""
      let role = before.isEmpty ? parsed.role : before
      let words = before.split(separator: " ").map { $0.lowercased() }
      // A name inside a longer description (`a company in Nairobi`) doesn't name the speaker:
      // the words before it must be roles, titles, a determiner or a possessive.
      let descriptive = words.allSatisfy { word in
        lexicon.roles[word] != nil || lexicon.titles[word] != nil || Self.determiners.contains(word)
          || word.hasSuffix("'s") || word.hasSuffix("’s") || word.first?.isUppercase == true
          || word.first?.isNumber == true || word.contains("-")
      }
      if descriptive && parsed.nameTokens.upperBound >= last - 1 {
        return SpeakerPhrase(tokens: first...parsed.nameTokens.upperBound, kind: .name(parsed, role: role))
      }
    }
    // A description: up to its first stop word.
    var end = first
    while end < last, !Self.descriptionStops.contains(tokens[end + 1].lower), tokens[end + 1].kind != .punctuation {
      end += 1
    }
    let head = tokens[end].lower
    guard tokens[end].isWord, !lexicon.betweenWords.contains(head), lexicon.cueVerb(head) == nil else {
      return nil
    }
    // A description names a speaker only with a role, organisation or document noun, or a
    // plural of people (`officials`, `residents`), or behind a determiner.
    let nouns = (first...end).map { tokens[$0].lower }
    let known = nouns.contains { lexicon.roles[$0] != nil || lexicon.organisations.contains($0) || lexicon.documentNouns.contains($0) }
    guard known || startsWithDeterminer || tokens[first].isCapitalized else { return nil }
    return SpeakerPhrase(tokens: first...end, kind: .description(head: head))
  }
}
