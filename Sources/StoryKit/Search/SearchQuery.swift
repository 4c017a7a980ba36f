/// A parsed search query: words and phrases to find, words to exclude, and qualifiers that
/// filter by speaker, source, date, state or story.
///
/// Parse one with `SearchQuery(parsing:)`; the library turns it into an FTS5 match and SQL
/// filters. Words are folded (`WordScanner`): case and diacritics never matter.
///
/// ```swift
/// let query = try SearchQuery(parsing: #"speaker:lavrov "phone call" -trump dat"#)
/// query.terms.count   // 2: the phrase and `dat` (a prefix: it is still being typed)
/// ```
public struct SearchQuery: Hashable, Sendable {
  /// Words and phrases that must (or, negated, must not) occur.
  public var terms: [Term] = []
  /// Speakers whose words the article must quote (`speaker:NAME`), all of them, as terms: the
  /// name's folded words, the last a prefix while it is being typed (`speaker:lav` finds
  /// Lavrov).
  public var speakers: [Term] = []
  /// Outlets the article must come from (`source:NAME`), as folded words (`WordScanner`): any
  /// case and accents, part of the name.
  public var sources: [String] = []
  /// The days the article's date must fall in (`date:…`), as day numbers, inclusive.
  public var dateRange: ClosedRange<Int>?
  /// Where the words must stand (`in:quotes`, `in:title`); everywhere when `nil`.
  public var field: Field?
  /// State filters (`is:copy`, `is:unread`, `is:starred`).
  public var states: Set<State> = []
  /// The story the article must belong to (`story:ID`).
  public var story: StoryID?

  /// A word or phrase of the query.
  public struct Term: Hashable, Sendable {
    /// The folded words; one for a word, more for a phrase (`"phone call"`, `anti-piracy`).
    public var words: [String]
    /// Whether the last word is a prefix (the word being typed).
    public var isPrefix: Bool
    /// Whether the term must not occur (`-word`).
    public var isNegated: Bool
  }

  /// Where words are searched.
  public enum Field: String, Hashable, Sendable, CaseIterable {
    case title, quotes
  }

  /// A state qualifier.
  public enum State: String, Hashable, Sendable, CaseIterable {
    case copy, unread, starred
  }

  /// Whether the query asks for nothing (no words, no qualifiers).
  public var isEmpty: Bool {
    terms.isEmpty && speakers.isEmpty && sources.isEmpty && dateRange == nil && states.isEmpty
      && story == nil
  }

  /// The terms that must occur.
  public var positiveTerms: [Term] { terms.filter { !$0.isNegated } }

  /// The FTS5 match expression of the words, phrases and speakers, or `nil` when the query has
  /// none that must occur (negations alone are applied as a filter). Every word is quoted, so
  /// no user input is read as FTS5 syntax.
  var matchExpression: String? {
    var clauses: [String] = []
    for term in positiveTerms {
      clauses.append(Self.phrase(term))
    }
    var expression = clauses.joined(separator: " ")
    if let field, !expression.isEmpty {
      expression = "{\(field.rawValue)} : (\(expression))"
    }
    let speakerClauses = speakers.map { "{speakers} : \(Self.phrase($0))" }
    let positive = ([expression] + speakerClauses).filter { !$0.isEmpty }
    guard !positive.isEmpty else { return nil }
    var match = positive.map { "(\($0))" }.joined(separator: " AND ")
    if let negative = negativeExpression { match = "(\(match)) NOT (\(negative))" }
    return match
  }

  /// The FTS5 expression of the negated terms (any of them), or `nil`.
  var negativeExpression: String? {
    let negated = terms.filter(\.isNegated)
    guard !negated.isEmpty else { return nil }
    let expression = negated.map { Self.phrase($0) }.joined(separator: " OR ")
    return field.map { "{\($0.rawValue)} : (\(expression))" } ?? expression
  }

  private static func phrase(_ term: Term) -> String {
    // NB: folded words hold letters and digits only, so a double quote never reaches here;
    // doubled anyway, as FTS5 escapes it.
    let quoted =
      "\"" + term.words.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"") + "\""
    return term.isPrefix ? quoted + " *" : quoted
  }
}

extension SearchQuery {
  /// Where the query's words and phrases stand in `text` (Unicode-scalar ranges, in order), as
  /// search matched them: the same tokenizer, folding and prefix rule. For highlighting a
  /// snippet or a line the caller has.
  public func matchRanges(in text: String) -> [Range<Int>] {
    SearchHighlighter(query: self).ranges(in: text)
  }
}
