/// A sentence of an article's clean text, as a range of token indices.
struct Sentence: Hashable, Sendable {
  /// The tokens of the sentence (indices into the article's token array).
  var tokens: Range<Int>
  /// The paragraph the sentence stands in.
  var paragraph: Int
}

/// Splits tokens into sentences, paragraph by paragraph.
///
/// A sentence ends at `.`, `!`, `?` or `…` (and the closing marks after it) when the next token
/// starts a sentence (a capital, a digit, an opening mark) or the paragraph ends, but not after
/// a title or abbreviation (`Mr.`, `Gen.`, `Jan.`) or a single initial (`J.`), nor after an
/// initialism (`U.S.`) or a company's abbreviation (`Co.`) followed by a name, nor inside a
/// ticker (`RTZL.L`).
enum SentenceSplitter {

  static let sentenceEnds: Set<String> = ["!", "?", "…", "...", "."]

  static func split(_ tokens: [TextToken]) -> [Sentence] {
    var sentences: [Sentence] = []
    var start = 0
    var index = 0
    while index < tokens.count {
      let paragraph = tokens[index].paragraph
      let nextIndex = index + 1
      if nextIndex < tokens.count, tokens[nextIndex].paragraph != paragraph {
        sentences.append(Sentence(tokens: start..<nextIndex, paragraph: paragraph))
        start = nextIndex
        index = nextIndex
        continue
      }
      if endsSentence(tokens, at: index) {
        // Closing marks and brackets after the full stop belong to the sentence.
        var end = nextIndex
        while end < tokens.count, tokens[end].paragraph == paragraph,
          let mark = tokens[end].quoteMark, mark.canClose, !tokens[end].spaceBefore
        {
          end += 1
        }
        while end < tokens.count, tokens[end].paragraph == paragraph,
          tokens[end].isPunctuation(")"),
          !tokens[end].spaceBefore
        {
          end += 1
        }
        if end >= tokens.count || tokens[end].paragraph != paragraph
          || startsSentence(tokens[end])
        {
          sentences.append(Sentence(tokens: start..<end, paragraph: paragraph))
          start = end
          index = end
          continue
        }
      }
      index += 1
    }
    if start < tokens.count {
      sentences.append(Sentence(tokens: start..<tokens.count, paragraph: tokens[start].paragraph))
    }
    return sentences
  }

  private static func endsSentence(_ tokens: [TextToken], at index: Int) -> Bool {
    // NB: the common cases, a word without a dot of its own and punctuation that ends
    // nothing, return before any copy or look-up.
    switch tokens[index].kind {
    case .word: if !tokens[index].endsWithDot { return false }
    case .punctuation: if !isSentenceEnd(tokens[index].text) { return false }
    default: return false
    }
    let token = tokens[index]
    if token.kind == .punctuation {
      guard token.isPunctuation("."), index > 0 else { return true }
      let previous = tokens[index - 1]
      if previous.spaceAfter { return true }
      if previous.isWord && previous.sets.contains(.sentenceAbbreviation) {
        // `… Nugent and Co. It said …`: a company's `Co.` ends a sentence before a starter.
        guard previous.sets.contains(.nameAbbreviation), index + 1 < tokens.count
        else { return false }
        let next = tokens[index + 1]
        return next.paragraph == token.paragraph && next.sets.contains(.sentenceStarter)
          && next.startsUppercase
      }
      if previous.isCapitalLetter {
        return false  // an initial: `J. Smith`
      }
      // An initialism inside a company's name: `Toyota Motor Sales U.S.A. Inc`.
      if previous.isInitialism, index + 1 < tokens.count,
        tokens[index + 1].sets.contains(.companySuffix), tokens[index + 1].startsUppercase
      {
        return false
      }
      // A ticker's exchange: `<RTZL.L>`, `GM.N`.
      if index + 1 < tokens.count, previous.isAllCaps, !tokens[index + 1].spaceBefore,
        tokens[index + 1].isWord, tokens[index + 1].isAllCaps,
        tokens[index + 1].text.unicodeScalars.count <= 3
      {
        return false
      }
      return true
    }
    // An initialism with its own dot (`U.S.`) ends a sentence only before a sentence starter.
    if token.isWord, token.endsWithDot, index + 1 < tokens.count {
      let next = tokens[index + 1]
      return next.paragraph != token.paragraph || next.sets.contains(.sentenceStarter)
    }
    return false
  }

  /// Whether `text` is one of `sentenceEnds` (compared without hashing).
  @inline(__always)
  private static func isSentenceEnd(_ text: String) -> Bool {
    switch text.utf8.count {
    case 1: return text == "." || text == "!" || text == "?"
    case 3: return text == "…" || text == "..."
    default: return sentenceEnds.contains(text)
    }
  }

  private static func startsSentence(_ token: TextToken) -> Bool {
    if let mark = token.quoteMark { return mark.canOpen }
    if token.kind == .number { return true }
    if token.kind == .punctuation {
      return token.isPunctuation("(") || token.isPunctuation("[") || token.isPunctuation("—")
    }
    guard let first = token.text.unicodeScalars.first else { return false }
    return !Scalars.isLowercase(first)
  }
}
