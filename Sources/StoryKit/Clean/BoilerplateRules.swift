import Foundation
import StorylineResources

/// The line rules of the boilerplate rule file (`Resources/rules/boilerplate.rules`).
///
/// Rules are data, not code: each names an action, a family and a `LinePattern`. The file's
/// header explains the syntax. Rules are tried on short paragraphs only, normalised by
/// `ParagraphKey`.
public struct BoilerplateRules: Sendable {
  /// What a matching rule does.
  public enum Action: String, Sendable {
    /// Remove the paragraph.
    case drop
    /// Remove the paragraph and the short closing block after it.
    case footer
    /// Remove the paragraph only when it stands among an article's first lines (page
    /// furniture such as view counters and error codes; a bare number lower down is data).
    case top
  }

  /// One rule of the file.
  public struct Rule: Sendable {
    /// What it does.
    public var action: Action
    /// The section it stands in (`error-page`, `comments`, …).
    public var family: String
    /// The pattern a normalised paragraph must match.
    public var pattern: LinePattern
  }

  /// A problem in a rule file.
  public struct ParseError: Error, CustomStringConvertible {
    /// The 1-based line of the rule file.
    public var line: Int
    /// What is wrong there.
    public var message: String
    public var description: String { "line \(line): \(message)" }
  }

  /// All rules, in file order.
  public let rules: [Rule]
  /// Rules without wildcards, by their exact text.
  private let literal: [[Unicode.Scalar]: Int]
  /// Rules with wildcards that start with a literal, by that first scalar.
  private let byFirstScalar: [Unicode.Scalar: [Int]]
  /// Rules that start with a wildcard.
  private let unanchored: [Int]
  /// The first one, two or three scalars of the rules' patterns (`#` standing for any digit),
  /// for `mayMatch(head:words:)`.
  private let heads: [Set<[Unicode.Scalar]>]
  /// The longest paragraph, in words, that rules starting with a wildcard are tried on.
  static let maxUnanchoredWords = 12

  /// Parses rules from the rule file syntax.
  ///
  /// - Throws: `ParseError` for an unknown action or a rule without a pattern.
  public init(parsing text: String) throws(ParseError) {
    var rules: [Rule] = []
    var family = "boilerplate"
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix("[") && line.hasSuffix("]") {
        family = String(line.dropFirst().dropLast())
        continue
      }
      let parts = line.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" })
      guard let actionName = parts.first, let action = Action(rawValue: String(actionName)) else {
        throw ParseError(line: index + 1, message: "unknown action (expected drop, footer or top)")
      }
      guard parts.count == 2 else {
        throw ParseError(line: index + 1, message: "rule has no pattern")
      }
      let pattern = parts[1].trimmingCharacters(in: .whitespaces).lowercased()
      rules.append(Rule(action: action, family: family, pattern: LinePattern(pattern)))
    }
    self.rules = rules
    var literal: [[Unicode.Scalar]: Int] = [:]
    var byFirstScalar: [Unicode.Scalar: [Int]] = [:]
    var unanchored: [Int] = []
    for (index, rule) in rules.enumerated() {
      if rule.pattern.isLiteral {
        let text = Array(rule.pattern.description.unicodeScalars)
        if literal[text] == nil { literal[text] = index }
      } else if let first = rule.pattern.firstLiteral {
        byFirstScalar[first, default: []].append(index)
      } else {
        unanchored.append(index)
      }
    }
    self.literal = literal
    self.byFirstScalar = byFirstScalar
    self.unanchored = unanchored
    var heads: [Set<[Unicode.Scalar]>] = Array(repeating: [], count: Self.headLength + 1)
    for rule in rules {
      var head: [Unicode.Scalar] = []
      for token in rule.pattern.tokens.prefix(Self.headLength) {
        guard case .literal(let scalar) = token else {
          if token == .number { head.append("#") }
          break
        }
        head.append(scalar)
      }
      if !head.isEmpty { heads[head.count].insert(head) }
    }
    self.heads = heads
  }

  /// How many leading scalars of a key `mayMatch(head:words:)` looks at.
  static let headLength = 3

  /// A cheap first test: whether any rule could match a paragraph whose key starts with `head`
  /// (its first `headLength` scalars) and that has `words` words.
  ///
  /// Most paragraphs are article text that no rule matches; this spares building their key.
  func mayMatch(head: [Unicode.Scalar], words: Int) -> Bool {
    if !unanchored.isEmpty && words <= Self.maxUnanchoredWords { return true }
    let folded = head.map { Scalars.isDigit($0) ? "#" : $0 }
    for length in 1...min(Self.headLength, folded.count)
    where heads[length].contains(Array(folded.prefix(length))) {
      return true
    }
    return false
  }

  /// The first rule matching a normalised paragraph, if any.
  public func firstMatch(for key: [Unicode.Scalar]) -> Rule? {
    guard let first = key.first else { return nil }
    var best = literal[key]
    for index in byFirstScalar[first] ?? []
    where index < (best ?? Int.max) && rules[index].pattern.matches(key) {
      best = index
      break
    }
    for index in unanchored where index < (best ?? Int.max) && rules[index].pattern.matches(key) {
      // NB: callers only bring short paragraphs here for these (see `maxUnanchoredWords`).
      best = index
      break
    }
    return best.map { rules[$0] }
  }

  /// The rules shipped in `Resources/rules/boilerplate.rules`.
  ///
  /// - Throws: `StoryKitError.resourceMissing` or `.invalidResource` when the bundle is damaged.
  public static func bundled() throws(StoryKitError) -> BoilerplateRules {
    let text = try BundledRuleFile.text(named: "boilerplate.rules")
    do {
      return try BoilerplateRules(parsing: text)
    } catch {
      throw .invalidResource(name: "boilerplate.rules", problem: error.description)
    }
  }
}

/// Reads a rule file shipped in `Resources/rules/`.
enum BundledRuleFile {
  static func text(named name: String) throws(StoryKitError) -> String {
    guard let url = BundledResources.ruleFile(named: name),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { throw .resourceMissing(name: name) }
    return text
  }
}
