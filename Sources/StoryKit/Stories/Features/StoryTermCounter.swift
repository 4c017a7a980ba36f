/// Counts the terms that say what an article is about, weighted by where they stand.
///
/// The headline and the lead tell the event; names and numbers tell *which* event (two phone
/// calls between the same ministers differ in their dates, two earthquakes in their places and
/// tolls). So each word counts
/// - 3 in the headline (or the first paragraph when the headline is that paragraph), 2 in the
///   next two paragraphs, ½ after: the lead says what happened, the body adds background that
///   look-alike events share ("Somali pirates have become increasingly brazen…");
/// - 2× more when it is capitalised inside a sentence (a name) or a number;
/// and two kinds of terms are added: the article's speakers by surname (`#lavrov`, see
/// `speakerKey`), and the days the text
/// mentions (`@2025-04-27`), resolved by `ArticleDating`.
struct StoryTermCounter: Sendable {
  let stopWords: StopWords

  /// The weighted term counts of `article`.
  ///
  /// - Parameters:
  ///   - words: the clean text's words (`StoryWordScanner`).
  ///   - dating: the article's dates, for the `@day` terms.
  ///   - speakers: canonical speaker names, one entry per quote.
  func counts(
    of article: Article, words: [StoryWord], dating: ArticleDating, speakers: [String]
  ) -> [TermKey: Float] {
    var counts: [TermKey: Float] = [:]
    let paragraphs = article.paragraphRanges
    var segment = 0
    if let title = article.title, !paragraphStarts(article.cleanText, with: title) {
      let scalars = Array(title.unicodeScalars)
      add(StoryWordScanner.words(in: scalars, range: 0..<scalars.count), weight: 3, to: &counts)
      segment = 1
    }
    var paragraphIndex = 0
    var start = 0
    for (index, word) in words.enumerated() {
      while paragraphIndex < paragraphs.count
        && word.range.lowerBound >= paragraphs[paragraphIndex].upperBound
      {
        add(words[start..<index], weight: Self.leadWeight(segment), to: &counts)
        start = index
        paragraphIndex += 1
        segment += 1
      }
    }
    add(words[start...], weight: Self.leadWeight(segment), to: &counts)
    var speakerCounts: [String: Int] = [:]
    for speaker in speakers { speakerCounts[Self.speakerKey(speaker), default: 0] += 1 }
    for (speaker, quotes) in speakerCounts {
      counts[TermKey("#" + speaker), default: 0] += 2 * Float(quotes).squareRoot()
    }
    for mention in dating.mentions {
      counts[TermKey("@" + mention.date.description), default: 0] += 2
    }
    return counts
  }

  /// The term a speaker counts under: the last word of their name, lower-cased (`obama` for
  /// `Michelle LaVaughn Robinson Obama`).
  ///
  /// NB: which of two people sharing a surname a quote goes to, or how fully a name is
  /// written, is the least certain part of attribution; the event is the same whichever
  /// Obama spoke. Keyed by the whole name, each better attribution moved articles between
  /// stories (measured: a possessive read as a name split wikiref220's Michelle Obama story,
  /// pairwise F1 0.751 → 0.735).
  static func speakerKey(_ name: String) -> String {
    let last = name.split(separator: " ").last.map(String.init) ?? name
    return last.lowercased()
  }

  /// The names an article gives: `headline`, the names of its headline (its first paragraph
  /// when it has none), each once, in headline order — what the article is about among
  /// look-alike reports (`ACME CORP 1ST QTR NET`), whose rare ones `StoryIndex` keeps as its
  /// subject; `text`, every name its text writes, sorted. A name is a word, not a number, a
  /// stop word or a month or weekday, that the text writes capitalised inside a sentence
  /// that has lowercase words (`Lohan`, not the `Checks` of a title-case headline or the
  /// `Mths` of a table's `Nine Mths`); in a headline in capitals, where case says nothing,
  /// every such word counts.
  func names(of article: Article, words: [StoryWord]) -> (headline: [TermKey], text: [TermKey]) {
    var text = Set<TermKey>()
    // NB: a sentence whose every word is capitalised (`Nine Mths`, a heading) says nothing by
    // its case.
    var start = 0
    while start < words.count {
      var end = start + 1
      while end < words.count, !words[end].startsSentence { end += 1 }
      let sentence = words[start..<end]
      start = end
      guard sentence.contains(where: { !$0.isCapitalized && !$0.isNumber }) else { continue }
      for word in sentence where word.isCapitalized && !word.startsSentence && !word.isNumber {
        if let key = Self.term(word), !stopWords.contains(key),
          !DateReader.isCalendarWord(key.text)
        {
          text.insert(key)
        }
      }
    }
    let headline: [StoryWord]
    var inCapitals = false
    if let title = article.title, !title.isEmpty {
      let scalars = Array(title.unicodeScalars)
      headline = StoryWordScanner.words(in: scalars, range: 0..<scalars.count)
      inCapitals = !title.unicodeScalars.contains(where: Scalars.isLowercase)
    } else if let first = article.paragraphRanges.first {
      headline = words.filter { first.contains($0.range.lowerBound) }
    } else {
      headline = []
    }
    var seen = Set<TermKey>()
    let named = headline.compactMap { word -> TermKey? in
      guard !word.isNumber, let key = Self.term(word), !stopWords.contains(key),
        !DateReader.isCalendarWord(key.text), inCapitals || text.contains(key),
        seen.insert(key).inserted
      else { return nil }
      return key
    }
    return (named, text.sorted { $0.text < $1.text })
  }

  private func add(
    _ words: some Collection<StoryWord>, weight: Float, to counts: inout [TermKey: Float]
  ) {
    for word in words {
      guard let key = Self.term(word), !stopWords.contains(key) else { continue }
      let boost: Float = word.isNumber || (word.isCapitalized && !word.startsSentence) ? 2 : 1
      counts[key, default: 0] += weight * boost
    }
  }

  /// The term a word counts as: possessive `'s` dropped; `nil` for single characters.
  static func term(_ word: StoryWord) -> TermKey? {
    var key = word.key
    if key.text.hasSuffix("'s") { key = TermKey(String(key.text.dropLast(2))) }
    guard key.text.utf8.count >= 2, key.text.unicodeScalars.count >= 2 else { return nil }
    return key
  }

  private func paragraphStarts(_ text: String, with title: String) -> Bool {
    text.hasPrefix(title)
  }

  private static func leadWeight(_ segment: Int) -> Float {
    segment == 0 ? 3 : segment < 3 ? 2 : 0.5
  }
}
