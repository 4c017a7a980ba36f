import Foundation

/// The news agencies Storyline recognises as sources (`Resources/rules/agencies.rules`).
public struct AgencyCatalog: Sendable {
  /// One agency: its canonical name, the words that name it, the web domains it publishes on.
  public struct Agency: Hashable, Sendable {
    /// The name printed as the article's source.
    public var name: String
    /// Whole-word names matched case-sensitively (`IANS`, `Reuters`).
    public var aliases: [String]
    /// Domains (`reuters.com`).
    public var domains: [String]
  }

  /// The agencies, in file order.
  public let agencies: [Agency]
  private let byAlias: [String: Int]
  /// The first word of every alias: a phrase is only looked up when it starts with one.
  private let aliasFirstWords: Set<Substring>
  /// The longest alias, in words (`Press Trust of India` is 4).
  private let longestAliasWords: Int

  /// Parses the catalog syntax: `NAME | alias | … | domain`, `#` comments.
  public init(parsing text: String) {
    var agencies: [Agency] = []
    for line in text.split(separator: "\n") {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
      let fields = trimmed.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      guard let name = fields.first, !name.isEmpty else { continue }
      let rest = fields.dropFirst().filter { !$0.isEmpty }
      agencies.append(
        Agency(
          name: name, aliases: rest.filter { !$0.contains(".") },
          domains: rest.filter { $0.contains(".") }.map { $0.lowercased() }))
    }
    self.agencies = agencies
    var byAlias: [String: Int] = [:]
    for (index, agency) in agencies.enumerated() {
      for alias in agency.aliases where byAlias[alias] == nil { byAlias[alias] = index }
    }
    self.byAlias = byAlias
    aliasFirstWords = Set(byAlias.keys.compactMap { $0.split(separator: " ").first })
    longestAliasWords = byAlias.keys.map { $0.split(separator: " ").count }.max() ?? 1
  }

  /// The agency a word or phrase names exactly (case-sensitive), if any.
  public func agency(named alias: String) -> Agency? {
    byAlias[alias].map { agencies[$0] }
  }

  /// The agency whose domain `host` is or ends with (`www.reuters.com` → Reuters).
  public func agency(forHost host: String) -> Agency? {
    let host = host.lowercased()
    return agencies.first { agency in
      agency.domains.contains { host == $0 || host.hasSuffix("." + $0) }
    }
  }

  /// Finds agency names in a list of words: each match gives the agency and the word range.
  ///
  /// Phrases are tried longest first, so `Associated Press` wins over a shorter alias.
  func matches(inWords words: [Substring]) -> [(agency: Agency, words: Range<Int>)] {
    var found: [(Agency, Range<Int>)] = []
    var index = 0
    let longest = longestAliasWords
    while index < words.count {
      guard aliasFirstWords.contains(words[index]) else {
        index += 1
        continue
      }
      var matched = false
      for length in stride(from: min(longest, words.count - index), through: 1, by: -1) {
        let phrase = words[index..<(index + length)].joined(separator: " ")
        if let agencyIndex = byAlias[phrase] {
          found.append((agencies[agencyIndex], index..<(index + length)))
          index += length
          matched = true
          break
        }
      }
      if !matched { index += 1 }
    }
    return found
  }

  /// The catalog shipped in `Resources/rules/agencies.rules`.
  public static func bundled() throws(StoryKitError) -> AgencyCatalog {
    AgencyCatalog(parsing: try BundledRuleFile.text(named: "agencies.rules"))
  }
}
