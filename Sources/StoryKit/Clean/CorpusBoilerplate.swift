/// Corpus-level evidence of boilerplate: short lines that stand at the edges of many articles
/// of the same source.
///
/// Rules can only list boilerplate someone has seen; a site's own furniture ("Follow NewsCo on
/// Telegram", a newsletter pitch) is caught here instead: a short line (at most `maxWords`
/// words, no quotation mark) found in at least `minArticles` articles of one source, and in at
/// least `minShare` of them, and mostly within the first or last `edgeZone` lines of those
/// articles, is boilerplate for that source.
///
/// Parts of a sentence wrapped over several lines (a line that starts in lower case, or is
/// followed by one) are never counted: removing them would cut the sentence.
///
/// Tallies are per source: the input's `source` field, else the PATH argument the file came
/// from (a folder of one site's pages). The value grows by `add(_:)`, so a library can keep it
/// and update it with each batch of new articles.
public struct CorpusBoilerplate: Sendable {
  /// The longest line, in words, that can be corpus boilerplate.
  public static let maxWords = 20
  /// How many lines at each end of an article count as its edges.
  public static let edgeZone = 3
  /// The fewest articles a line must appear in.
  public static let minArticles = 3
  /// The smallest share of the source's articles a line must appear in.
  public static let minShare = 0.02

  private struct Tally: Sendable {
    var articles = 0
    var atEdges = 0

    mutating func record(atEdge: Bool) {
      articles += 1
      if atEdge { atEdges += 1 }
    }
  }

  private struct Group: Sendable {
    var articles = 0
    var lines: [UInt64: Tally] = [:]
  }

  private var groups: [String: Group] = [:]

  /// An empty profile.
  public init() {}

  /// A profile of `articles`.
  public init(_ articles: some Sequence<RawArticle>) {
    for article in articles { add(article) }
  }

  /// The group an article is tallied in.
  static func groupKey(of article: RawArticle) -> String {
    if let source = article.source { return "source:" + source.lowercased() }
    return "root:" + article.inputRoot
  }

  /// Adds one article's short lines to the tallies.
  public mutating func add(_ article: RawArticle) {
    let tally = Self.tally(of: article)
    add(tally.lines, group: tally.group)
  }

  /// What an article adds to the tallies: its group and its candidate lines.
  static func tally(of article: RawArticle) -> (group: String, lines: [Line]) {
    (groupKey(of: article), lines(of: Paragraph.split(article.text.unicodeScalars)))
  }

  mutating func add(paragraphs: [Paragraph], group key: String) {
    add(Self.lines(of: paragraphs), group: key)
  }

  /// One article's candidate lines, as tallied: each distinct short line once, with whether it
  /// stands at the article's edges. What a library keeps per article to take it out again.
  struct Line: Hashable, Sendable {
    var fingerprint: UInt64
    var atEdge: Bool
  }

  /// The candidate lines of an article split into `paragraphs`.
  static func lines(of paragraphs: [Paragraph]) -> [Line] {
    var seen = Set<UInt64>()
    var lines: [Line] = []
    for (index, paragraph) in paragraphs.enumerated()
    where isCandidate(paragraph) && seen.insert(paragraph.fingerprint).inserted {
      let atEdge = index < edgeZone || index >= paragraphs.count - edgeZone
      lines.append(Line(fingerprint: paragraph.fingerprint, atEdge: atEdge))
    }
    return lines
  }

  /// Adds one article's candidate lines to the tallies of `key`.
  mutating func add(_ lines: [Line], group key: String) {
    // NB: mutate the group in place; copying it out and back would copy its table per article.
    groups[key, default: Group()].articles += 1
    for line in lines {
      groups[key, default: Group()].lines[line.fingerprint, default: Tally()].record(
        atEdge: line.atEdge)
    }
  }

  /// Takes one article's candidate lines out of the tallies of `key` (an article removed from
  /// the library).
  mutating func remove(_ lines: [Line], group key: String) {
    guard groups[key] != nil else { return }
    groups[key, default: Group()].articles -= 1
    for line in lines {
      guard var tally = groups[key]?.lines[line.fingerprint] else { continue }
      tally.articles -= 1
      if line.atEdge { tally.atEdges -= 1 }
      groups[key, default: Group()].lines[line.fingerprint] = tally.articles > 0 ? tally : nil
    }
    if groups[key]?.articles ?? 0 <= 0 { groups[key] = nil }
  }

  /// For every line of `keys`' sources, how many articles it stands in when it is boilerplate
  /// (what `boilerplateCount` gives a candidate paragraph): compare two of these to find the
  /// lines whose verdict changed.
  func verdicts(of keys: Set<String>) -> [String: [UInt64: Int]] {
    var verdicts: [String: [UInt64: Int]] = [:]
    for key in keys {
      guard let group = groups[key] else {
        verdicts[key] = [:]
        continue
      }
      var lines: [UInt64: Int] = [:]
      for (fingerprint, tally) in group.lines {
        if let count = Self.verdict(tally, articles: group.articles) { lines[fingerprint] = count }
      }
      verdicts[key] = lines
    }
    return verdicts
  }

  private static func verdict(_ tally: Tally, articles: Int) -> Int? {
    let needed = max(minArticles, Int((Double(articles) * minShare).rounded(.up)))
    guard tally.articles >= needed, tally.atEdges * 2 >= tally.articles else { return nil }
    return tally.articles
  }

  /// Whether a paragraph may be corpus boilerplate at all: short, no quotation mark, and not
  /// a part of a sentence wrapped over several lines.
  static func isCandidate(_ paragraph: Paragraph) -> Bool {
    paragraph.words > 0 && paragraph.words <= maxWords && !paragraph.hasQuoteMark
      && !paragraph.startsLowercase && !paragraph.continuesOnNextLine
  }

  /// In how many articles of its source a paragraph stands, when that makes it boilerplate.
  func boilerplateCount(of paragraph: Paragraph, group key: String) -> Int? {
    guard Self.isCandidate(paragraph), let group = groups[key],
      let tally = group.lines[paragraph.fingerprint]
    else { return nil }
    return Self.verdict(tally, articles: group.articles)
  }

  /// Writes the tallies (`AnalysisState`).
  func write(to writer: inout BinaryWriter) {
    writer.write(groups.sorted { $0.key < $1.key }) { writer, entry in
      writer.write(entry.key)
      writer.write(entry.value.articles)
      // NB: in order, so the same tallies give the same bytes (and an update's saved state
      // changes only around the lines it tallied).
      writer.write(entry.value.lines.sorted { $0.key < $1.key }) { writer, line in
        writer.writeFixed(line.key)
        writer.write(line.value.articles)
        writer.write(line.value.atEdges)
      }
    }
  }

  /// Reads tallies written by `write(to:)`.
  init(from reader: inout BinaryReader) throws(BinaryReader.Damaged) {
    let count = try reader.count()
    for _ in 0..<count {
      let key = try reader.string()
      var group = Group()
      group.articles = try reader.int()
      let lines = try reader.count()
      group.lines.reserveCapacity(lines)
      for _ in 0..<lines {
        let fingerprint = try reader.fixed()
        group.lines[fingerprint] = Tally(articles: try reader.int(), atEdges: try reader.int())
      }
      groups[key] = group
    }
  }
}

/// Removes the lines that `CorpusBoilerplate` shows to be a source's furniture.
struct CorpusBoilerplateStage: CleaningStage {
  let profile: CorpusBoilerplate

  func apply(to document: inout CleaningDocument) {
    let group = CorpusBoilerplate.groupKey(of: document.raw)
    for index in document.paragraphs.indices where document.paragraphs[index].isKept {
      if let count = profile.boilerplateCount(of: document.paragraphs[index], group: group) {
        document.paragraphs[index].status = .removed(.corpusBoilerplate(articles: count))
      }
    }
  }
}

/// Removes paragraphs that repeat an earlier paragraph of the same article (scrapers often
/// capture a page's text twice). Paragraphs are compared by their words, ignoring case, spacing
/// and punctuation. Only prose counts: at least `minWords` words of which `minLetterWords`
/// start with a letter, so a repeated short line of dialogue ("No.") and the repeated rows of
/// a table (`Avg shrs 13.9 mln vs 13.8 mln` for the quarter and the year) stay.
struct RepeatedParagraphStage: CleaningStage {
  static let minWords = 8
  static let minLetterWords = 6

  func apply(to document: inout CleaningDocument) {
    var seen = Set<UInt64>()
    for index in document.paragraphs.indices where document.paragraphs[index].isKept {
      let paragraph = document.paragraphs[index]
      guard paragraph.words >= Self.minWords, paragraph.letterWords >= Self.minLetterWords else {
        continue
      }
      if !seen.insert(paragraph.fingerprint).inserted {
        document.paragraphs[index].status = .removed(.repeatedParagraph)
      }
    }
  }
}
