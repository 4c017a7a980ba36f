/// A statement reported in the writer's words, with who made it.
struct ReportedStatement {
  /// The tokens of what was said (from `that` when present; the final full stop excluded).
  var content: ClosedRange<Int>
  var attribution: Attribution
}

extension QuoteContext {
  /// Words that can open a reported clause said without `that` (`said she was …`).
  static let clauseOpeners: Set<String> = [
    "he", "she", "they", "it", "we", "i", "you", "there", "the", "a", "an", "this", "these",
    "those", "his", "her", "their", "its", "our", "my", "no", "some", "many", "most", "all",
    "any", "each", "every", "both", "one", "two", "several", "police", "officials", "people",
    "nobody", "everyone", "everybody", "something", "nothing", "if", "when", "what", "how", "why",
    "whether",
  ]

  /// Time words that may stand between a cue and what was said (`said Tuesday that`).
  static let timeWords: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight", "earlier", "later", "recently", "previously", "again", "also", "then",
    "repeatedly", "publicly", "privately", "afterward", "afterwards", "once",
  ]

  static let objectPronouns: Set<String> = [
    "me", "him", "her", "us", "them", "you", "reporters", "journalists", "media", "lawmakers",
    "parliament", "congress", "supporters", "listeners", "viewers", "readers", "members", "staff",
  ]

  /// The statements reported in sentence `index`, outside the tokens already `claimed` by
  /// quotations: `X said (that) …`, `…, X said.`, `…, said X.`, `according to X, …`,
  /// `…, according to X.`
  mutating func reportedStatements(inSentence index: Int, claimed: [Bool]) -> [ReportedStatement] {
    let sentence = sentences[index].tokens
    guard sentence.count >= 4 else { return [] }
    var found: [ReportedStatement] = []
    func free(_ range: ClosedRange<Int>) -> Bool {
      !range.contains { claimed[$0] } && !found.contains { $0.content.overlaps(range) }
    }
    let end = contentEnd(of: sentence)
    // `According to Kim, …` / `…, according to the ministry.`
    for token in sentence where tokens[token].lower == "according" && !isQuoted(token) {
      guard token + 1 < sentence.upperBound, tokens[token + 1].lower == "to" else { continue }
      let cue = token...(token + 1)
      if token == sentence.lowerBound {
        // At the start: the phrase runs to the first comma, what was said follows.
        guard let comma = (token + 2..<sentence.upperBound).first(where: { tokens[$0].isPunctuation(",") }),
          comma > token + 2, comma + 1 <= end, free((comma + 1)...end), wordCount((comma + 1)...end) >= 3,
          let phrase = speakerPhrase((token + 2)...(comma - 1))
        else { continue }
        found.append(ReportedStatement(content: (comma + 1)...end, attribution: attribution(phrase, cue: cue)))
      } else if token > sentence.lowerBound + 3, tokens[token - 1].isPunctuation(",") {
        let content = sentence.lowerBound...(token - 2)
        guard free(content), wordCount(content) >= 3,
          let phrase = objectPhrase(after: token + 1, limit: sentence.upperBound)
        else { continue }
        found.append(ReportedStatement(content: content, attribution: attribution(phrase, cue: cue)))
      }
    }
    for cue in sentence where !claimed[cue] {
      guard let verb = cueVerb(at: cue) else { continue }
      let cueLast = cueEnd(at: cue)
      if let statement = forwardStatement(cue: cue, cueLast: cueLast, verb: verb, end: end),
        free(statement.content)
      {
        found.append(statement)
        continue
      }
      if let statement = tailStatement(cue: cue, cueLast: cueLast, sentence: sentence), free(statement.content) {
        found.append(statement)
      }
    }
    return found
  }

  /// The last token of a sentence's content: its final full stop (not a closing mark) left out.
  private func contentEnd(of sentence: Range<Int>) -> Int {
    var end = sentence.upperBound - 1
    while end > sentence.lowerBound, tokens[end].kind == .punctuation,
      [".", "!", "?", "…", "...", ";"].contains(tokens[end].text)
    {
      end -= 1
    }
    return end
  }

  private func wordCount(_ range: ClosedRange<Int>) -> Int {
    range.filter { tokens[$0].isWord || tokens[$0].isNumber }.count
  }

  private func containsQuoteMark(_ range: ClosedRange<Int>) -> Bool {
    range.contains { tokens[$0].quoteMark.map { $0.family != .single } ?? false }
  }

  /// `X said (that) …`: the subject before the cue, what was said after it.
  private mutating func forwardStatement(
    cue: Int, cueLast: Int, verb: SpeechLexicon.CueVerb, end: Int
  ) -> ReportedStatement? {
    guard cueLast < end else { return nil }
    var start = cueLast + 1
    // `that` nearby opens the content: `said in a statement on Monday that …`.
    let window = start...min(end, start + 12)
    let that = window.first { tokens[$0].lower == "that" && !isQuoted($0) }
    let crossesCue = that.map { that in (start..<that).contains { cueVerb(at: $0) != nil || tokens[$0].quoteMark != nil } } ?? true
    if let that, !crossesCue {
      start = that
    } else {
      if verb.takesObject {
        // `told reporters …`, `told CBS News …`
        if let run = NameParser(lexicon: lexicon).run(tokens, from: start, limit: end + 1) {
          start = run.upperBound + 1
        } else if start <= end, Self.objectPronouns.contains(tokens[start].lower) {
          start += 1
        } else {
          return nil
        }
      }
      while start <= end, Self.timeWords.contains(tokens[start].lower) { start += 1 }
      // An opening phrase set off by a comma: `said, after the meeting, …`
      if start <= end, tokens[start].isPunctuation(",") { start += 1 }
      guard start <= end else { return nil }
      let opener = tokens[start]
      let opens = Self.clauseOpeners.contains(opener.lower) || opener.isCapitalized || opener.isNumber
        || (opener.quoteMark?.canOpen ?? false)
      guard opens else { return nil }
      guard verb.reportsBareClause || containsQuoteMark(start...end) else { return nil }
      // A standalone quotation right after the cue is quoted, not reported.
      if opener.quoteMark != nil, let span = spans.first(where: { $0.open == start }), isStandalone(span) {
        return nil
      }
    }
    guard start <= end else { return nil }
    let content = start...end
    guard wordCount(content) >= 3, let subject = subjectPhrase(before: cue) else { return nil }
    return ReportedStatement(content: content, attribution: attribution(subject, cue: cue...cueLast))
  }

  /// `…, X said.` or `…, said X.`: what was said first, the attribution closing the sentence.
  private mutating func tailStatement(cue: Int, cueLast: Int, sentence: Range<Int>) -> ReportedStatement? {
    let limit = sentence.upperBound
    var phrase: SpeakerPhrase?
    var comma: Int
    var after: Int
    if cue > sentence.lowerBound, tokens[cue - 1].isPunctuation(",") {
      // `…, said police Chief Joseph Boinnet.`
      guard let object = objectPhrase(after: cueLast, limit: limit) else { return nil }
      phrase = object
      comma = cue - 1
      after = object.tokens.upperBound + 1
    } else {
      guard let subject = subjectPhrase(before: cue), subject.tokens.lowerBound > sentence.lowerBound,
        tokens[subject.tokens.lowerBound - 1].isPunctuation(",")
      else { return nil }
      phrase = subject
      comma = subject.tokens.lowerBound - 1
      after = cueLast + 1
    }
    // After the attribution: nothing, a short adjunct, or a clause set off by a comma.
    let rest = after..<limit
    let trailing = rest.filter { !tokens[$0].isPunctuation(".") }
    let closes = trailing.isEmpty || tokens[after].isPunctuation(",") || trailing.count <= 8
    guard closes, !trailing.contains(where: { tokens[$0].lower == "that" }),
      !rest.prefix(8).contains(where: { cueVerb(at: $0) != nil })
    else { return nil }
    guard comma > sentence.lowerBound, let phrase else { return nil }
    var first = sentence.lowerBound
    // An opening quotation mark that closes right before the comma makes a direct quote.
    if let mark = tokens[first].quoteMark, mark.canOpen, tokens[comma - 1].quoteMark != nil { return nil }
    while first < comma, tokens[first].isPunctuation("—") { first += 1 }
    let content = first...(comma - 1)
    guard wordCount(content) >= 4 else { return nil }
    return ReportedStatement(content: content, attribution: attribution(phrase, cue: cue...cueLast))
  }
}
