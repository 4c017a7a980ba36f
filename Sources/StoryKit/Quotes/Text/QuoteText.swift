/// One article as quote extraction reads it: its tokens, sentences and quotation spans, and
/// what is known of each token (quoted, in parentheses, in a ticker, a cue verb). Built once
/// per article and shared by the readers that work on it (`PhraseReader`, `MentionFinder`,
/// `SpeakerResolver`, `AttributionReader`).
///
/// A class, so that a quotation found to end early (`unquote`) is seen so by every reader.
/// Linear in the article's length.
final class QuoteText {
  let article: Article
  let lexicon: SpeechLexicon
  let tokens: [TextToken]
  let sentences: [Sentence]
  /// The sentence of each token.
  let sentenceOf: [Int]
  /// The quotation spans, in order of their opening marks.
  let spans: [QuotedSpan]
  /// For each token, the index in `spans` of the outermost double (or guillemet) quotation
  /// holding it, marks included.
  private(set) var spanOf: [Int?]
  /// For each token, whether it stands inside parentheses (photo credits, asides).
  let inParentheses: [Bool]
  /// For each token, whether it stands in a ticker's angle brackets (`<RTZL.L>`: capitals,
  /// digits and dots), marks included: its `RTZL` and `L` name nobody.
  let inTicker: [Bool]
  /// For each token, the cue verb it is (by its lower-case form), looked up once.
  let cueVerbs: [SpeechLexicon.CueVerb?]
  /// Quotation marks other than single ones, counted.
  private let doubleMarks: RunningCount
  /// Words and numbers, counted.
  private let words: RunningCount
  /// Colons and quotation marks of any kind, counted.
  private let colonsAndMarks: RunningCount

  init(article: Article, lexicon: SpeechLexicon) {
    self.article = article
    self.lexicon = lexicon
    let (tokens, wordCues) = Tokenizer.tokenize(article.cleanText, lexicon: lexicon)
    var cueVerbs = wordCues
    // A two-word cue (`pointed out`, `called on`) is the cue of its first word, whatever that
    // word is alone.
    for index in tokens.indices where tokens[index].sets.contains(.phrasalCueStart) {
      for entry in lexicon.phrasalCues[tokens[index].lower] ?? []
      where index + entry.words.count <= tokens.count
        && (1..<entry.words.count).allSatisfy({ tokens[index + $0].lower == entry.words[$0] })
      {
        cueVerbs[index] = entry.verb
        break
      }
    }
    self.tokens = tokens
    self.cueVerbs = cueVerbs
    doubleMarks = RunningCount(tokens) { $0.quoteMark.map { $0.family != .single } ?? false }
    words = RunningCount(tokens) { $0.isWord || $0.isNumber }
    colonsAndMarks = RunningCount(tokens) { $0.quoteMark != nil || $0.isPunctuation(":") }
    sentences = SentenceSplitter.split(tokens)
    var sentenceOf = Array(repeating: 0, count: tokens.count)
    for (index, sentence) in sentences.enumerated() {
      for token in sentence.tokens { sentenceOf[token] = index }
    }
    self.sentenceOf = sentenceOf
    spans = QuoteMarkScanner.scan(tokens)
    var spanOf: [Int?] = Array(repeating: nil, count: tokens.count)
    for (index, span) in spans.enumerated() where !span.isNested && span.family != .single {
      for token in span.open...span.end where spanOf[token] == nil { spanOf[token] = index }
    }
    self.spanOf = spanOf
    var inParentheses = Array(repeating: false, count: tokens.count)
    var inTicker = Array(repeating: false, count: tokens.count)
    var depth = 0
    var tickerEnd = -1
    // NB: by index, not `enumerated()`: copying each token costs two string retains.
    for index in tokens.indices {
      if index > 0, tokens[index].paragraph != tokens[index - 1].paragraph { depth = 0 }
      if tokens[index].isPunctuation("(") { depth += 1 }
      inParentheses[index] = depth > 0
      if tokens[index].isPunctuation(")") { depth = max(0, depth - 1) }
      // NB: a ticker is capitals and dots (`<RTZL.L>`, `<GM>`); Reuters also brackets the
      // names of unlisted companies (`<Dart Group Corp>`), which do name speakers.
      if tokens[index].isPunctuation("<"),
        let end = (index + 1..<min(tokens.count, index + 6)).first(where: {
          !(tokens[$0].isAllCaps || tokens[$0].isPunctuation(".") || tokens[$0].isNumber)
        }), end > index + 1, tokens[end].isPunctuation(">")
      {
        tickerEnd = end
      }
      inTicker[index] = index <= tickerEnd
    }
    self.inParentheses = inParentheses
    self.inTicker = inTicker
  }

  /// Whether the article can hold a quote at all: a quotation mark, a cue verb, `according
  /// to` or a colon (`Sanders: …`). Articles without one (tables, listings) are skipped at
  /// once.
  var mayHoldQuotes: Bool {
    cueVerbs.contains { $0 != nil } || spans.contains { $0.family != .single }
      || tokens.contains { $0.lower == "according" || $0.isPunctuation(":") }
  }

  /// For each sentence, the cue verbs other than those that report a thing (a verb of
  /// evidence, `call for`) that stand in it outside quotation marks: someone speaks there, so
  /// `figures showed` in it may be theirs to report (`speechCueClaims(evidenceAt:)`). A cue
  /// word read as a noun (`in the state`, `a report`) is no cue. Built on first use, in one
  /// pass.
  private(set) lazy var speechCues: [[Int]] = {
    var cues = Array(repeating: [Int](), count: sentences.count)
    // NB: never a verb that asks for these itself (`cueVerb(at:)` does for evidence and
    // things), or this would build itself.
    for index in tokens.indices
    where cueVerbs[index].map({ !$0.reportsThing && !$0.onlyAfterEvidence }) ?? false
      && cueVerb(at: index, allowGerund: true) != nil && !opensInfinitive(after: index)
    {
      cues[sentenceOf[index]].append(index)
    }
    return cues
  }()

  /// Whether the cue at `index` goes on with an infinitive (`agreed to pay`, `promised to
  /// discuss`): then it reports no speech (not `said to the press`, `spoke to reporters`).
  private func opensInfinitive(after index: Int) -> Bool {
    let to = cueEnd(at: index) + 1
    guard to + 1 < tokens.count, tokens[to].isLower("to") else { return false }
    let verb = tokens[to + 1]
    return verb.isWord && !verb.isCapitalized && !verb.sets.contains(.determiner)
      && !verb.sets.contains(.pronoun)
      && !(verb.lower.hasSuffix("s") && !verb.lower.hasSuffix("ss"))
  }

  /// For each sentence, its first speech cue (`speechCues`) that is no evidence noun heading a
  /// phrase itself (`Int.max` when none): a cue word that opens a sentence or follows a
  /// determiner may name the evidence that is its subject (`Reports said …`, `The reports
  /// earlier this week said …`), which `cueVerb(at:)` reads as a verb there; not `The agency
  /// reports figures showed …`.
  private lazy var firstSpeakingCue: [Int] = speechCues.map { cues in
    cues.first { cue in
      !(tokens[cue].sets.contains(.evidenceNoun)
        && (opensSentence(cue) || tokens[cue - 1].sets.contains(.determiner)))
    } ?? Int.max
  }

  /// For each token, the last comma, semicolon, colon or dash before it in its sentence,
  /// outside quotation marks (`-1` when none); built on first use, in one pass.
  private lazy var clauseMarkBefore: [Int] = {
    var marks = Array(repeating: -1, count: tokens.count)
    for sentence in sentences {
      var last = -1
      for index in sentence.tokens {
        marks[index] = last
        let token = tokens[index]
        // NB: a dash is written `—`, `–`, `--`, or a hyphen with spaces.
        if token.kind == .punctuation,
          [",", ";", ":"].contains(token.text) || isDash(index)
            || (token.text == "-" && token.spaceBefore),
          !isQuoted(index)
        {
          last = index
        }
      }
    }
    return marks
  }()

  /// Whether someone else speaking in the sentence makes the verb of evidence at `index`
  /// theirs to report: a speech cue before it (`dealers said polls showed …`), or an
  /// attribution past a comma, a semicolon, a colon or a dash: one that closes the sentence
  /// (`…, as two polls showed that …, dealers said`), one right after the mark (`…, said Michael
  /// Gumport, an analyst`), or one whose subject is a name or a pronoun right after it (`…,
  /// Keating said the deficit …`). Not a cue inside what the evidence shows (`Polls showed that
  /// few Americans thought of …`, `…, while only eight pct say they oppose it`), a participle
  /// (`…, suggesting …`), nor one read as an adjective or a passive (`…, up from an originally
  /// proposed three pct`).
  ///
  /// Reads the first eight cues after it and the sentence's last, so a sentence of many cues
  /// costs no square.
  func speechCueClaims(evidenceAt index: Int) -> Bool {
    let sentence = sentenceOf[index]
    if firstSpeakingCue[sentence] < index { return true }
    let cues = speechCues[sentence]
    let after = cues.partitioningIndex { $0 > index }
    let read =
      cues[after..<min(cues.count, after + 8)]
      + (cues.count > after + 8 ? [cues[cues.count - 1]] : [])
    return read.contains { cue in
      let comma = clauseMarkBefore[cue]
      guard comma > index, !tokens[cue].lower.hasSuffix("ing") else { return false }
      let before = tokens[cue - 1]
      let isPredicate =
        !before.sets.isDisjoint(with: [.determiner, .preposition, .passiveAuxiliary])
        || before.isLower("to")
        || (before.isWord && !before.isCapitalized && before.lower.hasSuffix("ly"))
      let subject = comma + 1..<cue
      guard !isPredicate,
        subject.isEmpty || !lexicon.subordinators.contains(tokens[subject.lowerBound].lower)
      else { return false }
      let end = sentenceEnd(of: cue)
      let next = cueEnd(at: cue) + 1
      let closes =
        next >= end
        || (end - next < 7 && !(next..<end - 1).contains { tokens[$0].kind == .punctuation })
      return closes || subject.isEmpty
        || (subject.count <= 3
          && subject.allSatisfy { tokens[$0].isCapitalized || tokens[$0].sets.contains(.pronoun) })
    }
  }

  /// For each word written capitalised inside a sentence (not as its first word), the first
  /// two paragraphs it is so written in; built on first use.
  private lazy var namedIn: [String: [Int]] = {
    var namedIn: [String: [Int]] = [:]
    for sentence in sentences {
      for index in sentence.tokens.dropFirst() where tokens[index].isCapitalized {
        let paragraphs = namedIn[tokens[index].lower, default: []]
        if paragraphs.count < 2, paragraphs.last != tokens[index].paragraph {
          namedIn[tokens[index].lower] = paragraphs + [tokens[index].paragraph]
        }
      }
    }
    return namedIn
  }()

  /// Whether `lower` is written capitalised inside a sentence of another paragraph than
  /// `paragraph`: a name the article uses (`Sanders`), not a label of its own (`ENERGY:`).
  func isNamed(_ lower: String, outside paragraph: Int) -> Bool {
    namedIn[lower]?.contains { $0 != paragraph } ?? false
  }

  /// Whether tokens hold a quotation mark other than a single one (`"`, `“`, `«`), in
  /// constant time.
  func containsDoubleMark(_ range: ClosedRange<Int>) -> Bool {
    doubleMarks.count(in: range) > 0
  }

  /// Whether tokens hold a colon or a quotation mark of any kind, in constant time.
  func containsColonOrMark(_ range: ClosedRange<Int>) -> Bool {
    colonsAndMarks.count(in: range) > 0
  }

  /// How many words and numbers the tokens hold, in constant time.
  func wordCount(_ range: ClosedRange<Int>) -> Int { words.count(in: range) }

  /// Marks tokens as outside any quotation (the attribution that ends an unclosed quote).
  func unquote(_ range: ClosedRange<Int>) {
    for index in range where index < spanOf.count { spanOf[index] = nil }
  }

  /// Whether the token stands inside a quotation (marks included).
  func isQuoted(_ token: Int) -> Bool { spanOf[token] != nil }

  /// The quotations whose opening mark lies in `range`: found by binary search in `spans`
  /// (in order of their opening marks), not by a scan of every quotation of the article.
  func spans(openingIn range: ClosedRange<Int>) -> ArraySlice<QuotedSpan> {
    let low = spans.partitioningIndex { $0.open >= range.lowerBound }
    var end = low
    while end < spans.count, spans[end].open <= range.upperBound { end += 1 }
    return spans[low..<end]
  }

  /// The end (exclusive) of the sentence holding `token`.
  /// Whether the token at `token` is the first of its sentence.
  func opensSentence(_ token: Int) -> Bool {
    sentences[sentenceOf[token]].tokens.lowerBound == token
  }

  /// Whether the token at `index` is a dash (`--`, `—`, `–`), which may open or close an
  /// apposition; not a hyphen.
  func isDash(_ index: Int) -> Bool {
    let token = tokens[index]
    return token.isPunctuation("--") || token.isPunctuation("\u{2014}")
      || token.isPunctuation("\u{2013}")
  }

  func sentenceEnd(of token: Int) -> Int {
    sentences[sentenceOf[token]].tokens.upperBound
  }

  /// The clean-text range from the start of token `first` to the end of token `last`.
  func cleanRange(_ first: Int, _ last: Int) -> Range<Int> {
    tokens[first].range.lowerBound..<tokens[last].range.upperBound
  }

  /// The original-text span of tokens `first...last`.
  func originalSpan(_ first: Int, _ last: Int, in originalScalars: [Unicode.Scalar]) -> TextSpan {
    let range = article.alignment.originalRange(ofClean: cleanRange(first, last))
    return TextSpan(range: range, text: Self.originalText(range, in: originalScalars))
  }

  /// The words of tokens `first...last` joined as written (spaces where the text has them).
  func text(_ first: Int, _ last: Int) -> String {
    guard first <= last else { return "" }
    var result = ""
    for index in first...last {
      if index > first && tokens[index].spaceBefore { result += " " }
      result += tokens[index].text
    }
    return result
  }
}

extension QuoteText {
  /// The original text in `range` (`originalScalars`: the article's original text's scalars).
  static func originalText(_ range: TextRange, in originalScalars: [Unicode.Scalar]) -> String {
    let lower = max(0, min(range.start, originalScalars.count))
    let upper = max(lower, min(range.end, originalScalars.count))
    return String(scalars: originalScalars[lower..<upper])
  }
}
