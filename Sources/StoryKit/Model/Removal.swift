/// One piece of the original text that cleaning left out of the article, and why.
///
/// The reader can show hidden lines on demand from these; `range` is in Unicode-scalar offsets
/// of the original text.
public struct Removal: Hashable, Sendable, Codable {
  /// Where the removed text stands in the original article text.
  public var range: TextRange
  /// Why it was removed.
  public var reason: Reason
  /// The removed text, as it stands in the original.
  public var text: String

  /// Creates a record of one removal.
  public init(range: TextRange, reason: Reason, text: String) {
    self.range = range
    self.reason = reason
    self.text = text
  }

  /// Why a piece of text was removed.
  public enum Reason: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A line matched a boilerplate rule of the rule file; `family` names the rule's section
    /// (e.g. `error-page`, `comments`), `pattern` is the rule's pattern.
    case rule(family: String, pattern: String)
    /// The line starts a closing block of boilerplate (a disclaimer, a tag list); it and the
    /// lines after it were removed together.
    case footer(family: String, pattern: String)
    /// The line appears at the edges of many articles of the same source in this corpus.
    case corpusBoilerplate(articles: Int)
    /// The paragraph repeats an earlier paragraph of the same article.
    case repeatedParagraph
    /// A byline (`By AI`) or the author name standing alone above it.
    case byline
    /// The scraper's header marker (` date 2025-04-28`).
    case header

    /// A stable name for scripts: `rule`, `footer`, `corpus`, `repeated`, `byline`, `header`.
    public var kind: String {
      switch self {
      case .rule: "rule"
      case .footer: "footer"
      case .corpusBoilerplate: "corpus"
      case .repeatedParagraph: "repeated"
      case .byline: "byline"
      case .header: "header"
      }
    }

    /// The rule family, or the number of articles for corpus evidence; `nil` otherwise.
    public var detail: String? {
      switch self {
      case .rule(let family, _), .footer(let family, _): family
      case .corpusBoilerplate(let articles): String(articles)
      default: nil
      }
    }

    public var description: String {
      switch self {
      case .rule(let family, _): "boilerplate (\(family))"
      case .footer(let family, _): "closing boilerplate (\(family))"
      case .corpusBoilerplate(let count): "repeated in \(count) articles of this source"
      case .repeatedParagraph: "repeated paragraph"
      case .byline: "byline"
      case .header: "scraper header"
      }
    }
  }
}
