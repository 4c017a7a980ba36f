/// Finds every quotation and reported statement in an article, and who made it.
///
/// Rules and statistics only, over the clean text (positions reported in the original):
/// 1. quotation marks are paired (`QuoteMarkScanner`): every style, mixed ASCII and curly
///    pairs, quotes over several paragraphs, unclosed marks ended at their attribution;
/// 2. a quotation standing on its own is a `direct` quote; its speaker comes from the
///    attribution after it (`"…," Rubio said`), before it (`Rubio said: "…"`), a colon ending
///    the paragraph before, or, floating, from the quotes around it;
/// 3. reported speech (`X said that …`, `…, X said.`, `according to X, …`) is `indirect`, or
///    `mixed` when it holds quoted words;
/// 4. speakers are resolved in the article: pronouns to the latest fitting person, role
///    phrases to the person introduced with that role, organisation words to the
///    organisation, misspelt surnames to the person they are one letter from.
///
/// ```swift
/// let extractor = try QuoteExtractor.bundled()
/// let result = extractor.extract(from: article)
/// for quote in result.quotes { print(quote.speaker ?? "?", quote.text) }
/// ```
public struct QuoteExtractor: Sendable {
  let lexicon: SpeechLexicon

  /// An extractor with the lexicon shipped in `Resources/rules/`.
  public static func bundled() throws(StoryKitError) -> QuoteExtractor {
    QuoteExtractor(lexicon: try SpeechLexicon.bundled())
  }

  /// The quotes of one article and the speakers they name (before corpus-wide merging).
  public struct ArticleResult: Sendable {
    /// The quotes, in text order; `speaker` holds the name used in this article.
    public var quotes: [Quote]
    /// The speakers of this article, by the name the quotes use.
    public var speakers: [ArticleSpeaker]
  }

  /// A speaker as one article names it.
  public struct ArticleSpeaker: Hashable, Sendable {
    /// The fullest name the article gives.
    public var name: String
    /// Every form the article uses.
    public var forms: [String]
    /// Roles the article gives.
    public var roles: [String]
    public var kind: SpeakerKind
  }

  private struct Found {
    var tokens: ClosedRange<Int>
    var kind: QuoteKind
    var attribution: Attribution?
    var paragraph: Int
    var findings: [Finding] = []
    /// Whether the speaker may come from the quotes around (a direct quote without attribution).
    var floating: Bool
    /// Whether the quote is a paragraph of its own (a heading quoting what follows).
    var isHeading = false
  }

  /// Extracts the quotes of `article`.
  public func extract(from article: Article) -> ArticleResult {
    let text = QuoteText(article: article, lexicon: lexicon)
    guard !text.tokens.isEmpty, text.mayHoldQuotes else {
      return ArticleResult(quotes: [], speakers: [])
    }
    let phrases = PhraseReader(source: text)
    var resolver = SpeakerResolver(source: text, phrases: phrases)
    MentionFinder(source: text, phrases: phrases).findMentions(into: &resolver)
    var context = AttributionReader(source: text, phrases: phrases, resolver: resolver)
    var claimed = Array(repeating: false, count: context.tokens.count)
    var found: [Found] = []
    let spansBySentence = Dictionary(grouping: context.spans.indices) {
      context.sentenceOf[context.spans[$0].open]
    }
    for sentence in context.sentences.indices {
      for spanIndex in spansBySentence[sentence] ?? [] {
        let span = context.spans[spanIndex]
        guard !span.isNested, let inner = span.inner else { continue }
        // `The Russian minister "noted the positive role …"`: the quotation starts with the
        // cue; the speaker stands right before it.
        // (Unless the sentence ends with an attribution of its own: `…," the ministry noted.`)
        let sentenceTail = (span.end + 1)..<max(span.end + 1, context.sentenceEnd(of: span.end))
        if !context.isStandalone(span), !span.continuesPrevious,
          context.cueVerb(at: inner.lowerBound, insideQuote: true) != nil,
          !sentenceTail.contains(where: { index in
            // An attribution of its own after the quotation (`…," the ministry noted`).
            context.cueVerb(at: index) != nil
              && (context.phrases.subjectPhrase(before: index).map {
                $0.tokens.lowerBound > span.end
              }
                ?? false)
          }),
          let subject = context.phrases.subjectPhrase(before: span.open)
        {
          let attribution = context.attribution(subject, cue: inner.lowerBound...inner.lowerBound)
          for token in span.open...span.end { claimed[token] = true }
          found.append(
            Found(
              tokens: span.open...span.end, kind: .mixed, attribution: attribution,
              paragraph: context.tokens[span.open].paragraph, floating: false))
          continue
        }
        guard context.isStandalone(span) || span.continuesPrevious else { continue }
        // Single marks quote on their own at a sentence start ('They owned us') or after a
        // colon or a cue (`Sibiha said: ‘…’`), never as scare quotes inside a sentence.
        if span.family == .single && !span.isClosed { continue }
        if let quote = direct(span, in: &context) {
          for token in span.open...quote.tokens.upperBound { claimed[token] = true }
          if let close = span.close { claimed[close] = true }
          found.append(quote)
        }
      }
      for statement in context.reportedStatements(inSentence: sentence, claimed: claimed) {
        let hasQuote = statement.content.contains {
          context.tokens[$0].quoteMark.map { $0.family != .single } ?? false
        }
        found.append(
          Found(
            tokens: statement.content, kind: hasQuote ? .mixed : .indirect,
            attribution: statement.attribution,
            paragraph: context.tokens[statement.content.lowerBound].paragraph, floating: false))
      }
    }
    found.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    assignFloatingSpeakers(&found, context: context)
    return result(found, context: context)
  }

  /// A direct quote from a standalone quotation span, with its attribution.
  private func direct(_ span: QuotedSpan, in context: inout AttributionReader) -> Found? {
    var findings: [Finding] = []
    var span = span
    var attribution: Attribution?
    if !span.isClosed {
      let originalEnd = span.end
      let (cut, attributionStart) = context.cutUnclosed(span)
      span = cut
      if let attributionStart {
        // The words after the cut are the writer's again.
        context.source.unquote((attributionStart - 1)...max(attributionStart - 1, originalEnd))
        attribution = context.attributionAfter(attributionStart - 2)
        findings.append(
          Finding(
            .unclosedQuote,
            "a quotation mark opens and never closes; the quote ends at its attribution"))
      } else if !span.continuesInNextParagraph {
        findings.append(
          Finding(
            .unclosedQuote,
            "a quotation mark opens and never closes; the quote ends with its paragraph"))
      }
    }
    guard let inner = span.inner else { return nil }
    // A lone word or two in marks with no attribution is a scare quote or a title, not a quote.
    var words = 0
    for index in inner where context.tokens[index].isWord || context.tokens[index].isNumber {
      words += 1
    }
    if attribution == nil, span.isClosed, let close = span.close {
      attribution = context.attributionAfter(close)
    }
    if attribution == nil { attribution = context.attributionBefore(span.open) }
    if attribution == nil { attribution = context.attributionFromPreviousParagraph(span.open) }
    guard words >= 3 || (attribution != nil && words >= 1) else { return nil }
    let paragraph = context.tokens[span.open].paragraph
    let isHeading =
      (span.open == 0 || context.tokens[span.open - 1].paragraph != paragraph)
      && (span.end + 1 >= context.tokens.count
        || context.tokens[span.end + 1].paragraph != paragraph)
    return Found(
      tokens: inner, kind: .direct, attribution: attribution, paragraph: paragraph,
      findings: findings, floating: attribution?.speaker == nil, isHeading: isHeading)
  }

  /// Direct quotes without an attribution take the speaker of the nearest attributed quote:
  /// the one before in the same or previous paragraph, else the next one close after. A quote
  /// attributed to a pronoun that named nobody (`she replied, "…"` with no woman before) takes
  /// it only when the pronoun may stand for that speaker, and keeps its mention and cue.
  private func assignFloatingSpeakers(_ found: inout [Found], context: AttributionReader) {
    // NB: a document a verb of evidence cites (`the figures showed …`) says nothing in quotation
    // marks: a quote beside its statement is someone else's.
    var speaks = found.map { item in
      item.attribution?.speaker != nil
        && !(item.attribution?.cue.map { cue in
          context.source.cueVerbs[cue.lowerBound]?.onlyAfterEvidence ?? false
        } ?? false)
    }
    for index in found.indices where found[index].floating {
      let named = found[index].attribution?.mention
      let pronoun = named.flatMap { mention -> Gender? in
        mention.count == 1
          ? context.lexicon.pronouns[context.tokens[mention.lowerBound].lower] : nil
      }
      let paragraph = found[index].paragraph
      let before = found.indices[..<index].last {
        speaks[$0] && paragraph - found[$0].paragraph <= 1
      }.map { found[$0] }
      // A quote heading a section ('They owned us') is said further down.
      let after = found.indices[(index + 1)...].first {
        speaks[$0] && found[$0].paragraph - paragraph <= 2
      }.map { found[$0] }
      let source =
        before.map { b in
          // Prefer the next quote when it stands in the same paragraph and the previous doesn't.
          if let after, after.paragraph == paragraph, b.paragraph != paragraph { return after }
          return b
        } ?? after.flatMap { $0.paragraph - paragraph <= 1 || found[index].isHeading ? $0 : nil }
      guard let speaker = source?.attribution?.speaker else { continue }
      if let pronoun {
        guard SpeakerResolver.pronoun(of: pronoun, fits: context.resolver.entities[speaker])
        else { continue }
        found[index].attribution?.speaker = speaker
      } else {
        found[index].attribution = Attribution(speaker: speaker, mention: nil, cue: nil)
      }
      speaks[index] = true
    }
  }

  private func result(_ found: [Found], context: AttributionReader) -> ArticleResult {
    var quotes: [Quote] = []
    var used = Set<Int>()
    var occurrences: [String: Int] = [:]
    // NB: the original text's scalars are needed only to cut out quotes; most articles' are
    // never decoded here.
    let original = found.isEmpty ? [] : UTF8Scalars.decode(context.article.originalText)
    for item in found {
      let span = context.source.originalSpan(
        item.tokens.lowerBound, item.tokens.upperBound, in: original)
      let speaker = item.attribution?.speaker
      if let speaker { used.insert(speaker) }
      let words = QuoteID.words(of: span.text)
      // NB: counted by hash, so two different quotes whose hashes collide differ by suffix.
      let hash = FNV1a.hex8(of: words)
      let occurrence = occurrences[hash, default: 0]
      occurrences[hash] = occurrence + 1
      quotes.append(
        Quote(
          id: QuoteID(article: context.article.id, words: words, occurrence: occurrence),
          article: context.article.id,
          range: span.range, text: span.text, kind: item.kind,
          speaker: speaker.map { context.resolver.entities[$0].name },
          speakerMention: item.attribution?.mention.map {
            context.source.originalSpan($0.lowerBound, $0.upperBound, in: original)
          },
          cue: item.attribution?.cue.map {
            context.source.originalSpan($0.lowerBound, $0.upperBound, in: original)
          },
          findings: item.findings))
    }
    let speakers = used.sorted().map { id in
      let entity = context.resolver.entities[id]
      return ArticleSpeaker(
        name: entity.name, forms: entity.forms, roles: entity.roles, kind: entity.kind)
    }
    return ArticleResult(quotes: quotes, speakers: speakers)
  }
}
