import Foundation

/// The partition of a library's speaker nodes into speakers (`SpeakerDirectory`), kept between
/// analyses with what an update needs to cluster again only the nodes its change reaches: each
/// node's cluster label, each node's link keys (`SpeakerDirectory.linkKeys`), and how many
/// nodes use each word in their names (the familiarity counts).
///
/// Clustering joins two nodes, or decides about one by another, only through a string both are
/// looked up by: their link keys. So the nodes an update may move are those reached from the
/// nodes added and removed through shared link keys; clustering just them gives what
/// clustering every node would, and every other cluster stays as it was.
///
/// ```swift
/// var clusters = SpeakerClusters(nodes: nodes, directory: directory, rules: rules)
/// if let change = clusters.update(removed: [], added: new, node: lookup, rules: rules) {
///   change.clusters   // the reached nodes' clusters, as clustering all would make them
/// }
/// ```
///
/// A label is the origin of its cluster's first node (`SpeakerDirectory.Node.origin`). Kept
/// as sorted fixed-width arrays, each saved and read back in one copy. Building is linear in
/// the nodes and their keys (and a sort); an update in the nodes it reaches, plus one copy of
/// the arrays when it adds or removes nodes.
struct SpeakerClusters: Sendable {
  /// Every node's origin, ascending, and its cluster's label beside it.
  private var origins: [UInt64] = []
  private var labels: [UInt64] = []
  /// Every node's link keys, hashed (`FNV1a`): a base, ascending, each key with its node's
  /// origin beside it, less the places `deadKeys` lists, and the keys of nodes added since the
  /// base was made (`recentKeys`). Saved like a log: an update adds entries at places all over
  /// the base, and writing it again each time would write it all; the base is written again
  /// only when it is made anew (`needsWritingBase`): built, or compacted once the entries added
  /// or dead since reach a quarter of it.
  private var keys: [UInt64] = []
  private var keyOrigins: [UInt64] = []
  private var deadKeys = Set<Int>()
  private var recentKeys: [UInt64: [UInt64]] = [:]
  private var recentCount = 0
  /// Whether the base is the one a library holds (read from it, not made since).
  private var baseIsSaved = false
  /// How many nodes use each word in their names (`SpeakerDirectory.familiarWords`).
  private(set) var familiarity: [String: Int] = [:]

  /// The share of the library's nodes above which an update clusters all of them instead.
  static let largestShare = 0.5

  /// No nodes.
  init() {}

  /// Whether no node is kept.
  var isEmpty: Bool { origins.isEmpty }

  /// The clusters of `directory`, built from all of `nodes` (`SpeakerDirectory.nodeLabels`).
  init(
    nodes: [SpeakerDirectory.Node], directory: SpeakerDirectory, rules: SpeakerDirectory.Rules
  ) {
    let placed = zip(nodes.map(\.origin), directory.nodeLabels).sorted { $0.0 < $1.0 }
    origins = placed.map(\.0)
    labels = placed.map(\.1)
    familiarity = directory.familiarity
    let linked = nodes.parallelMap { Self.hashedLinks(of: $0, rules: rules) }
    var pairs: [(key: UInt64, origin: UInt64)] = []
    pairs.reserveCapacity(linked.reduce(0) { $0 + $1.count })
    for (node, links) in zip(nodes, linked) {
      for key in links { pairs.append((key, node.origin)) }
    }
    pairs.sort { ($0.key, $0.origin) < ($1.key, $1.origin) }
    keys = pairs.map(\.key)
    keyOrigins = pairs.map(\.origin)
  }

  /// What an update reached and clustered again.
  struct Change: Sendable {
    /// The nodes reached (added ones included), in origin order.
    var nodes: [SpeakerDirectory.Node]
    /// Their clusters, as indices into `nodes`, each in node order.
    var clusters: [[Int]]
    /// The labels the reached and removed nodes' clusters had before, by origin: those
    /// clusters are gone.
    var formerLabels: [UInt64: UInt64]
    /// The words whose familiarity count changed.
    var changedWords: Set<String>
  }

  /// Takes `removed` out and puts `added` in (an article read again is both, under the same
  /// origins), clusters again the nodes they reach through link keys, and relabels them;
  /// `nil`, with nothing changed, when they reach more than `largestShare` of the nodes.
  ///
  /// - Parameters:
  ///   - removed: the nodes of the articles that leave or are read again, as they were.
  ///   - added: the nodes of the articles analysed now.
  ///   - nodes: the nodes kept of some origins, as they stand now (`nil` for an origin none
  ///     holds), in the order asked.
  ///   - rules: the rules clustering reads (`SpeakerDirectory.Rules`).
  ///   - largestShare: the share of the nodes an update may reach (`SpeakerClusters.largestShare`).
  /// - Returns: the nodes reached and their clusters, or `nil` (nothing changed) when they are
  ///   too many.
  mutating func update(
    removed: [SpeakerDirectory.Node], added: [SpeakerDirectory.Node],
    nodes: ([UInt64]) -> [SpeakerDirectory.Node?], rules: SpeakerDirectory.Rules,
    largestShare: Double = Self.largestShare
  ) -> Change? {
    // NB: in origin order, so the same change leaves the same entries in the same order.
    let removed = removed.sorted { $0.origin < $1.origin }
    let added = added.sorted { $0.origin < $1.origin }
    let removedLinks = removed.map { Self.hashedLinks(of: $0, rules: rules) }
    let addedLinks = added.map { Self.hashedLinks(of: $0, rules: rules) }
    let gone = Set(removed.map(\.origin))
    // The nodes kept that the change reaches, through keys shared with the nodes added or
    // removed, or with a node reached.
    let limit = Int(Double(origins.count - gone.count + added.count) * largestShare)
    // NB: wave by wave, so each wave's nodes are looked up (and their links found) together,
    // on all cores.
    var frontier = Array(Set(removedLinks.joined()).union(addedLinks.joined()))
    var seen = Set(frontier)
    var reached: [UInt64: SpeakerDirectory.Node] = [:]
    while !frontier.isEmpty {
      var wanted: [UInt64] = []
      var asked = Set<UInt64>()
      for key in frontier {
        for origin in origins(withKey: key)
        where !gone.contains(origin) && reached[origin] == nil && asked.insert(origin).inserted {
          wanted.append(origin)
        }
      }
      let found = nodes(wanted)
      let links = found.parallelMap { node in node.map { Self.hashedLinks(of: $0, rules: rules) } }
      frontier = []
      for (origin, (found, links)) in zip(wanted, zip(found, links)) {
        guard let found, let links else { continue }
        reached[origin] = found
        guard reached.count + added.count <= max(limit, 64) else { return nil }
        for link in links where seen.insert(link).inserted { frontier.append(link) }
      }
    }
    let nodes = (Array(reached.values) + added).sorted { $0.origin < $1.origin }
    let clusters = SpeakerDirectory.cluster(nodes, rules: rules)
    var formerLabels: [UInt64: UInt64] = [:]
    for origin in gone.union(reached.keys) {
      if let place = place(of: origin) { formerLabels[origin] = labels[place] }
    }

    // The arrays: the nodes removed out, the nodes added in, the reached ones relabelled.
    var relabel: [UInt64: UInt64] = [:]
    for members in clusters {
      let label = nodes[members[0]].origin
      for member in members { relabel[nodes[member].origin] = label }
    }
    let leaving = Set(gone.compactMap { place(of: $0) })
    var entering = added.map { ($0.origin, relabel[$0.origin] ?? $0.origin) }
    entering.sort { $0.0 < $1.0 }
    (origins, labels) = Self.merged(
      (origins, labels), leaving: leaving, entering: entering)
    for (origin, label) in relabel {
      if let place = place(of: origin) { labels[place] = label }
    }
    for (node, links) in zip(removed, removedLinks) {
      for key in links {
        for index in range(of: key) where keyOrigins[index] == node.origin {
          deadKeys.insert(index)
        }
        if let index = recentKeys[key]?.firstIndex(of: node.origin) {
          recentKeys[key]?.remove(at: index)
          recentCount -= 1
        }
      }
    }
    for (node, links) in zip(added, addedLinks) {
      for key in links.sorted() { recentKeys[key, default: []].append(node.origin) }
      recentCount += links.count
    }
    if (recentCount + deadKeys.count) * 4 > keys.count { compact() }

    var changedWords = Set<String>()
    for (group, step) in [(removed, -1), (added, 1)] {
      for node in group {
        for word in SpeakerDirectory.familiarWords(of: node.speaker) {
          let count = (familiarity[word] ?? 0) + step
          familiarity[word] = count > 0 ? count : nil
          changedWords.insert(word)
        }
      }
    }
    return Change(
      nodes: nodes, clusters: clusters, formerLabels: formerLabels, changedWords: changedWords)
  }

  /// The label of the cluster of the node `origin`, or `nil` for no node kept.
  func label(of origin: UInt64) -> UInt64? {
    place(of: origin).map { labels[$0] }
  }

  /// The origins of the nodes of each cluster labelled as in `wanted`, in origin order.
  func members(ofLabels wanted: Set<UInt64>) -> [UInt64: [UInt64]] {
    var members: [UInt64: [UInt64]] = [:]
    for (origin, label) in zip(origins, labels) where wanted.contains(label) {
      members[label, default: []].append(origin)
    }
    return members
  }

  /// Where `origin` stands in `origins`.
  private func place(of origin: UInt64) -> Int? {
    let index = origins.partitioningIndex { $0 >= origin }
    return index < origins.count && origins[index] == origin ? index : nil
  }

  /// The places of `key` in the base of `keys`, dead ones included.
  private func range(of key: UInt64) -> Range<Int> {
    let start = keys.partitioningIndex { $0 >= key }
    var end = start
    while end < keys.count, keys[end] == key { end += 1 }
    return start..<end
  }

  /// The origins of the nodes with the link key `key`.
  private func origins(withKey key: UInt64) -> [UInt64] {
    range(of: key).filter { !deadKeys.contains($0) }.map { keyOrigins[$0] }
      + (recentKeys[key] ?? [])
  }

  /// Whether the keys' base must be saved (`writeKeys(to:)`): it was made anew since it was
  /// read from a library, or there was none.
  var needsWritingBase: Bool { !baseIsSaved }

  /// Merges the entries added and dead since into a new base.
  private mutating func compact() {
    var entering: [(UInt64, UInt64)] = []
    entering.reserveCapacity(recentCount)
    for (key, origins) in recentKeys {
      for origin in origins { entering.append((key, origin)) }
    }
    entering.sort { $0 < $1 }
    (keys, keyOrigins) = Self.merged((keys, keyOrigins), leaving: deadKeys, entering: entering)
    deadKeys = []
    recentKeys = [:]
    recentCount = 0
    baseIsSaved = false
  }

  /// Two parallel arrays, ascending by the first, without the places `leaving` and with the
  /// ascending `entering` pairs merged in; as they were when neither has any.
  private static func merged(
    _ arrays: ([UInt64], [UInt64]), leaving: Set<Int>, entering: [(UInt64, UInt64)]
  ) -> ([UInt64], [UInt64]) {
    guard !leaving.isEmpty || !entering.isEmpty else { return arrays }
    let (first, second) = arrays
    var mergedFirst: [UInt64] = []
    var mergedSecond: [UInt64] = []
    let count = first.count - leaving.count + entering.count
    mergedFirst.reserveCapacity(count)
    mergedSecond.reserveCapacity(count)
    var next = 0
    // NB: the places leaving in order, passed by as the arrays are (no lookup per element).
    let skipped = leaving.sorted()
    var skip = 0
    for index in first.indices {
      if skip < skipped.count, skipped[skip] == index {
        skip += 1
        continue
      }
      while next < entering.count, entering[next] < (first[index], second[index]) {
        mergedFirst.append(entering[next].0)
        mergedSecond.append(entering[next].1)
        next += 1
      }
      mergedFirst.append(first[index])
      mergedSecond.append(second[index])
    }
    for (a, b) in entering[next...] {
      mergedFirst.append(a)
      mergedSecond.append(b)
    }
    return (mergedFirst, mergedSecond)
  }

  /// A node's link keys, hashed, each once.
  private static func hashedLinks(
    of node: SpeakerDirectory.Node, rules: SpeakerDirectory.Rules
  ) -> [UInt64] {
    let links = SpeakerDirectory.linkKeys(
      of: SpeakerDirectory.clusterKeys(of: node, rules: rules), rules: rules)
    return Array(Set(links.map { FNV1a.hash(utf8: $0) }))
  }

  /// Writes the clusters but the keys' base (`writeKeys(to:)`), with the entries added and
  /// dead since the base.
  func write(to writer: inout BinaryWriter) {
    writer.writeFixedWidth(origins)
    writer.writeFixedWidth(labels)
    writer.write(familiarity.sorted { $0.key < $1.key }) { writer, word in
      writer.write(word.key)
      writer.write(word.value)
    }
    writer.writeFixedWidth(deadKeys.sorted())
    var recent: [UInt64] = []
    recent.reserveCapacity(2 * recentCount)
    for (key, origins) in recentKeys.sorted(by: { $0.key < $1.key }) {
      for origin in origins { recent += [key, origin] }
    }
    writer.writeFixedWidth(recent)
  }

  /// Writes the keys' base.
  func writeKeys(to writer: inout BinaryWriter) {
    writer.writeFixedWidth(keys)
    writer.writeFixedWidth(keyOrigins)
  }

  /// Reads what `write(to:)` and `writeKeys(to:)` wrote.
  init(from reader: inout BinaryReader, keys keyData: [UInt8]) throws(BinaryReader.Damaged) {
    origins = try reader.fixedWidth(UInt64.self)
    labels = try reader.fixedWidth(UInt64.self)
    let words = try reader.count()
    familiarity.reserveCapacity(words)
    for _ in 0..<words { familiarity[try reader.string()] = try reader.int() }
    let dead = try reader.fixedWidth(Int.self)
    let recent = try reader.fixedWidth(UInt64.self)
    var base = BinaryReader(keyData)
    keys = try base.fixedWidth(UInt64.self)
    keyOrigins = try base.fixedWidth(UInt64.self)
    guard origins.count == labels.count, keys.count == keyOrigins.count,
      recent.count % 2 == 0, dead.allSatisfy({ keys.indices.contains($0) })
    else {
      throw BinaryReader.Damaged()
    }
    deadKeys = Set(dead)
    for pair in stride(from: 0, to: recent.count, by: 2) {
      recentKeys[recent[pair], default: []].append(recent[pair + 1])
    }
    recentCount = recent.count / 2
    baseIsSaved = true
  }
}
