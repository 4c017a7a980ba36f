/// Groups articles into stories, one batch at a time.
///
/// Each article becomes a TF-IDF vector (`StoryTermCounter`: headline and lead weighted, names
/// and numbers boosted, speakers and mentioned days as extra terms) and a day
/// (`ArticleDating`). Then:
///
/// 1. **Online pass.** The batch's articles, in time order (undated ones last, in input order),
///    each join the story whose centroid is most similar — cosine × `TimeDecay` — when that
///    similarity reaches `joinThreshold(for:)` (lower for a headline alone) and the story
///    shares its subject or a name with it (`fitsSubject`: templated reports about different
///    companies stay apart), or start a new story. Candidate stories come from an inverted
///    index over the members' heaviest terms, so an article is compared with a handful of
///    stories, never with the whole corpus.
/// 2. **Split.** Every story the batch touched is cut in two (`ClusterBisector`) while the
///    halves are separable — members less than `splitRatio` as close to the other half's
///    centroid as to their own — and both keep `minimumPart` members and `minimumShare` of the
///    story: two look-alike events that the online pass merged come apart.
/// 3. **Merge.** A touched story joins a candidate story when its members would, on average,
///    have joined that story's centroid, one holds a subject of the other's, and the two are
///    not separable by the same test: the order of arrival no longer decides.
/// 4. **Reassign.** Each member of a touched story moves to the story it is now closest to,
///    when that is not its own.
///
/// Adding a batch reweights nothing already placed: earlier articles keep the vectors computed
/// with the document frequencies of their time (as a news library that grows does).
///
/// ```swift
/// var index = try StoryIndex()
/// index.add(articles)
/// for story in index.stories { print(story.map(\.rawValue)) }
/// ```
public struct StoryIndex: Sendable {
  /// The similarity (cosine with the story centroid, 0…1) an article needs to join a story,
  /// when it has text enough (see `joinThreshold(for:)`).
  public var joinThreshold: Float = 0.15
  /// The distinct terms from which an article is judged by the whole `joinThreshold`: more
  /// than a headline holds. Fewer (a headline alone, as aggregator feeds give) lower the bar;
  /// an article with any body keeps it (a lower bar for short wire items merged templated
  /// reports of different events: measured on Reuters).
  var fullTextTerms = 15
  /// The lowest share of `joinThreshold` a short text needs.
  var shortTextShare: Float = 1.0 / 3.0
  /// A story is two stories when a cut leaves its members less than this share as close to the
  /// other half as to their own (cross affinity < `splitRatio` × within affinity; see
  /// `ClusterBisector`).
  public var splitRatio: Float = 0.6
  /// The fewest members each half of a split keeps (a lone outlier is not a second event).
  public var minimumPart = 2
  /// The smallest share of a story (0…1) each half of a split keeps: a second event holds a
  /// real part of the coverage; a couple of articles that stand apart from a large story are
  /// outliers, left to reassignment.
  public var minimumShare: Float = 0.15
  /// A headline name is rare enough to be a subject when at most this share of the articles
  /// holds it (and never fewer than `subjectMinimumCount`)…
  var subjectShare: Float = 0.005
  /// …or at most this many.
  var subjectMinimumCount = 3
  /// The smallest share of a story's members (0…1) that must give a name for it to be a
  /// participant an article can share with the story (never fewer than two; see `sharesName`).
  var participantShare: Float = 0.25
  /// Subject terms kept per article (the rarest).
  let subjectTerms = 3
  /// How time gaps weaken similarity.
  var decay = TimeDecay()

  /// One article as the index keeps it.
  struct Document: Sendable {
    var id: ArticleID
    /// Where it came from, for the corpus period (see `origin(of:)`).
    var origin: String
    var vector: SparseVector
    var dating: ArticleDating
    /// The heaviest terms of `vector`, which index the document's story.
    var topTerms: [(term: UInt32, weight: Float)]
    /// The rarest names of its headline (`StoryTermCounter.names`), when rare in the corpus:
    /// what it is about among look-alike reports. Empty when its headline names nothing rare.
    var subject: [UInt32] = []
    /// Every name its text gives (`StoryTermCounter.names`), sorted: a story that holds one
    /// shares a participant with it.
    var names: [UInt32] = []
    /// The order of arrival, for deterministic ties.
    var arrival: Int
    /// A hash of the article's text (`FNV1a`, as the canonical order uses): orders articles of
    /// one day the same way whenever they arrived.
    var textHash: UInt64
    /// Taken out of the library (see `remove(_:)`); its number is not reused.
    var isRemoved = false
  }

  var documents: [Document] = []
  /// Each live document's number, by article.
  var documentNumber: [ArticleID: Int] = [:]
  /// The stories being built; emptied ones are removed at the end of each batch.
  var clusters: [StoryCluster] = []
  var statistics = TermStatistics()
  var postings: [UInt32: [Int32]] = [:]
  let counter: StoryTermCounter

  /// Terms per article that index its story for candidate lookup.
  let indexedTerms = 12
  /// Articles whose words are held at once while their terms are counted.
  static let chunkSize = 8192
  /// Stories compared exactly per article, the best by shared indexed terms.
  private let candidateLimit = 24
  /// Stories considered per story in the merge pass.
  let mergeCandidateLimit = 8
  /// Newest stories read per posting list (recent stories are the likely ones).
  private let postingScanLimit = 2000

  /// An empty index with the stop words shipped in `Resources/rules/stopwords.rules`.
  public init() throws(StoryKitError) {
    self.init(stopWords: try StopWords.bundled())
  }

  /// An empty index with the given stop words.
  init(stopWords: StopWords) {
    counter = StoryTermCounter(stopWords: stopWords)
  }

  /// The stories: each a list of article ids in time order (dated first), stories ordered by
  /// their first article.
  public var stories: [[ArticleID]] {
    orderedClusters().map { cluster in cluster.map { documents[$0].id } }
  }

  /// The number of articles indexed.
  public var articleCount: Int { documentNumber.count }

  /// Whether an article is indexed.
  public func contains(_ id: ArticleID) -> Bool { documentNumber[id] != nil }

  /// The date an indexed article is shown with (`ArticleDating.shownDate`), read when it was
  /// added; `nil` when it has none, or is not indexed.
  public func shownDate(of id: ArticleID) -> StoryDate? {
    documentNumber[id].flatMap { documents[$0].dating.shownDate }
  }

  /// Adds a batch of articles and re-forms the stories they touch.
  ///
  /// - Parameters:
  ///   - articles: the new articles (syndicated copies are best left out and folded under their
  ///     original afterwards; see `StoryCatalog`).
  ///   - speakers: for each article, the canonical speaker of each of its quotes.
  ///   - progress: called now and then with how far the batch has come, in articles: half for
  ///     reading their features (a sixth for their dates, a third for their terms), half for
  ///     placing them (re-forming the stories follows).
  public mutating func add(
    _ articles: [Article], speakers: [ArticleID: [String]] = [:],
    progress: ((Int) -> Void)? = nil
  ) {
    guard !articles.isEmpty else { return }
    let counter = self.counter
    // NB: an undated article's words are scanned twice (for its day, which the period needs,
    // then chunk by chunk for the terms), so the words of only one chunk are held at a time:
    // a few hundred MB less for 100k articles. A given date is the day without reading.
    let firstDatings = articles.parallelMap { article -> ArticleDating? in
      guard article.date == nil else { return nil }
      let scalars = Array(article.cleanText.unicodeScalars)
      let words = StoryWordScanner.words(in: scalars, range: 0..<scalars.count)
      return ArticleDating.of(article, scalars: scalars, words: words)
    }
    progress?(articles.count / 6)
    // NB: a period per origin (a JSON Lines file, a folder of text files): one corpus of 1987
    // newswire must not give its year to an undated collection read beside it.
    // NB: only the periods of the batch's own origins are needed: the documents of other
    // origins (a large corpus beside a few new files) are not gathered and sorted.
    let origins = Set(articles.map(Self.origin(of:)))
    var days: [String: [ArticleDate]] = [:]
    for document in documents where !document.isRemoved && origins.contains(document.origin) {
      if let day = document.dating.date?.date { days[document.origin, default: []].append(day) }
    }
    for (article, dating) in zip(articles, firstDatings) {
      if let day = article.date ?? dating?.date?.date {
        days[Self.origin(of: article), default: []].append(day)
      }
    }
    let periods = days.mapValues { ArticleDating.period(of: $0) }
    var datings: [ArticleDating] = []
    var registered: [(ids: [UInt32], counts: [Float])] = []
    var headlineNames: [[UInt32]] = []
    var textNames: [[UInt32]] = []
    datings.reserveCapacity(articles.count)
    registered.reserveCapacity(articles.count)
    for start in stride(from: 0, to: articles.count, by: Self.chunkSize) {
      let chunk = Array(start..<min(articles.count, start + Self.chunkSize))
      let extracted = chunk.parallelMap { index in
        let article = articles[index]
        let scalars = Array(article.cleanText.unicodeScalars)
        let words = StoryWordScanner.words(in: scalars, range: 0..<scalars.count)
        let period = periods[Self.origin(of: article)] ?? nil
        let first =
          firstDatings[index] ?? ArticleDating.of(article, scalars: scalars, words: words)
        let dating = period.map { first.withPeriod($0, of: article, words: words) } ?? first
        let counts = counter.counts(
          of: article, words: words, dating: dating, speakers: speakers[article.id] ?? [])
        let names = counter.names(of: article, words: words)
        return (dating: dating, counts: counts, names: names)
      }
      for item in extracted {
        // NB: sorted, so term ids (and the float sums that follow their order) don't depend
        // on the per-process seed of dictionary hashing.
        let terms = item.counts.keys.sorted()
        registered.append(
          (ids: statistics.register(terms), counts: terms.map { item.counts[$0] ?? 0 }))
        datings.append(item.dating)
        headlineNames.append(item.names.headline.compactMap { statistics.id(of: $0) })
        textNames.append(item.names.text.compactMap { statistics.id(of: $0) }.sorted())
      }
      progress?(articles.count / 6 + datings.count / 3)
    }
    let snapshot = statistics
    let subjects = headlineNames.map { subject(of: $0) }
    let vectors = registered.parallelMap { snapshot.vector(ids: $0.ids, counts: $0.counts) }
    let first = documents.count
    for (offset, article) in articles.enumerated() {
      documents.append(
        Document(
          id: article.id, origin: Self.origin(of: article), vector: vectors[offset],
          dating: datings[offset],
          topTerms: vectors[offset].heaviest(indexedTerms), subject: subjects[offset],
          names: textNames[offset],
          arrival: first + offset, textHash: FNV1a.hash(of: article.originalText)))
      documentNumber[article.id] = first + offset
    }
    let batch = (first..<documents.count).sorted { timeKey($0) < timeKey($1) }
    var touched = Set<Int>()
    var scores = CandidateScores()
    for (count, document) in batch.enumerated() {
      touched.insert(place(document, scores: &scores))
      if count % 1024 == 1023 { progress?((articles.count + count + 1) / 2) }
    }
    refine(touched)
  }

  /// The most articles a name may be in to be one an article shares with a story of `size`
  /// articles: a subject's bound, the square root of the corpus (a name in more is common:
  /// 135 articles of 18,000, 10 of 100), or twice the story. `Inc`, `Bank` or `Luxembourg`,
  /// in hundreds or thousands of reports, say nothing about which event a report tells;
  /// `Nichols` in ten of a hundred, or `Obama` in a story of Michelle Obama's visits, does.
  func nameBound(storySize size: Int) -> Int {
    max(subjectBound, 2 * size, Int(Float(statistics.documentCount).squareRoot()))
  }

  /// A headline name is a subject when at most this many articles hold it.
  private var subjectBound: Int {
    max(subjectMinimumCount, Int(Float(statistics.documentCount) * subjectShare))
  }

  /// The rarest of a headline's names (term ids) that are rare in the corpus so far: the
  /// article's subject.
  private func subject(of names: [UInt32]) -> [UInt32] {
    let bound = subjectBound
    let rare = names.map { (term: $0, frequency: statistics.documentFrequency(of: $0)) }
      .filter { $0.frequency <= bound }
      .sorted { ($0.frequency, $0.term) < ($1.frequency, $1.term) }
    // NB: only the rarest: `LOCKHART FOODS INC <LKFD>` is about Lockhart, not about foods.
    guard let rarest = rare.first?.frequency else { return [] }
    return rare.prefix { $0.frequency == rarest }.prefix(subjectTerms).map(\.term)
  }

  /// Whether `names` (of an article or a story) holds one that `cluster` holds too, given by
  /// two of its members (by its only one) and by at least `participantShare` of them, counting
  /// members with text enough (`fullTextTerms`), and no more widespread than `nameBound` allows
  /// for a story of `size`. A participant of an event is named across its coverage; a name
  /// one report of a story gives (the lead manager of one of sixty bond issues) does not make
  /// another report part of it, or templated reports would chain into a pile through names
  /// each shares with the one before. A headline alone names one or two of an event's
  /// participants, so members that are only a headline do not raise the bar.
  func sharesName(_ names: [UInt32], with cluster: StoryCluster, storySize size: Int) -> Bool {
    let bound = nameBound(storySize: size)
    let fullTexts = cluster.fullTextCount
    let needed = max(min(2, fullTexts), Int((participantShare * Float(fullTexts)).rounded(.up)), 1)
    return names.contains { name in
      cluster.holds(name) && statistics.documentFrequency(of: name) <= bound
        && (needed == 1 || cluster.count(ofName: name) >= needed)
    }
  }

  /// Whether an article has text enough to be judged by its words (`fullTextTerms`).
  func hasFullText(_ document: Int) -> Bool {
    documents[document].vector.count >= fullTextTerms
  }

  /// Whether `document` may join `cluster`: it has no subject (see `Document.subject`), or the
  /// story holds its subject or one of its names (shares a participant with it; see
  /// `nameBound`). Templated reports about different companies, places or matches (`ACME
  /// CORP 1ST QTR NET`, `BETA INC 1ST QTR NET`) share their template, not their subject, and
  /// stay apart, however alike their words.
  func fitsSubject(_ document: Int, of cluster: StoryCluster) -> Bool {
    let subject = documents[document].subject
    let size = cluster.members.count + 1
    return subject.isEmpty || subject.contains(where: cluster.holds)
      || sharesName(documents[document].names, with: cluster, storySize: size)
  }

  /// The similarity `document` needs to join a story: `joinThreshold` scaled by the square
  /// root of its share of `fullTextTerms` distinct terms, never below `shortTextShare` of it.
  ///
  /// NB: two reports of one event share a few of their words whatever their length, so the
  /// cosine of a headline with its story's centre falls with the headline's few terms, while
  /// an unrelated headline still shares none: a short text is given a lower bar rather than
  /// left alone in a story of its own.
  func joinThreshold(for document: Int) -> Float {
    let terms = Float(documents[document].vector.count)
    let share = min(1, (terms / Float(fullTextTerms)).squareRoot())
    return joinThreshold * max(shortTextShare, share)
  }

  /// The collection an article belongs to: its file for a record of JSON Lines or a JSON array,
  /// the folder for a text file (one article per file).
  static func origin(of article: Article) -> String {
    guard article.location.record == nil else { return article.location.path }
    let path = article.location.path
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return String(path[..<slash])
  }

  /// Takes articles out of their stories, and re-forms the stories they leave (as `add`
  /// re-forms the stories a batch touches). Term counts stay as they were: nothing already
  /// placed is reweighted.
  public mutating func remove(_ ids: some Sequence<ArticleID>) {
    var leaving = Set<Int>()
    for id in ids {
      guard let number = documentNumber.removeValue(forKey: id) else { continue }
      leaving.insert(number)
      documents[number].isRemoved = true
      documents[number].vector = SparseVector()
      documents[number].topTerms = []
    }
    guard !leaving.isEmpty else { return }
    var touched = Set<Int>()
    for index in clusters.indices where clusters[index].members.contains(where: leaving.contains) {
      clusters[index] = rebuilt(clusters[index].members.filter { !leaving.contains($0) })
      if !clusters[index].members.isEmpty { touched.insert(index) }
    }
    refine(touched)
  }

  // MARK: - Online pass

  /// Puts a document into the best story or a new one; returns the story's number.
  private mutating func place(_ document: Int, scores: inout CandidateScores) -> Int {
    let vector = documents[document].vector
    let day = documents[document].dating.date?.date.dayNumber
    let threshold = joinThreshold(for: document)
    var best: (cluster: Int, similarity: Float)?
    for candidate in candidates(forTopTerms: documents[document].topTerms, scores: &scores) {
      let cluster = clusters[candidate]
      let similarity =
        cluster.similarity(to: vector)
        * decay.factor(day: day, first: cluster.firstDay)
      if similarity >= threshold, similarity > (best?.similarity ?? 0),
        fitsSubject(document, of: cluster)
      {
        best = (candidate, similarity)
      }
    }
    let target: Int
    if let best {
      target = best.cluster
    } else {
      target = clusters.count
      clusters.append(StoryCluster())
    }
    // NB: the member's fields are read before the story is written: `join(_:to:)` with
    // `&clusters[target]` would copy the index (a read of `self` overlapping the write), and
    // with it every story, at each placement.
    let member = documents[document]
    clusters[target].add(
      document, vector: member.vector, day: member.dating.date?.date.dayNumber,
      names: member.names, fullText: hasFullText(document))
    indexTerms(of: document, in: target)
    return target
  }

  /// The stories that share heavy terms with `vector`, the most promising first.
  func candidates(for vector: SparseVector, scores: inout CandidateScores) -> [Int] {
    candidates(forTopTerms: vector.heaviest(indexedTerms), scores: &scores)
  }

  /// The stories whose postings hold the `top` terms, scored by the weights of the terms they
  /// share, the most promising first. Linear in the postings read (`scores` is reused, so a
  /// call does not pay for every story in the index).
  func candidates(
    forTopTerms top: [(term: UInt32, weight: Float)], scores: inout CandidateScores
  ) -> [Int] {
    scores.prepare(count: clusters.count)
    var touched: [Int] = []
    for (term, weight) in top {
      guard let list = postings[term] else { continue }
      for cluster in list.suffix(postingScanLimit) {
        let index = Int(cluster)
        if scores.values[index] == 0 { touched.append(index) }
        scores.values[index] += weight
      }
    }
    let best = TopSelection.best(candidateLimit, of: touched) { scores.values[$0] }
    for index in touched { scores.values[index] = 0 }
    return best
  }

  mutating func indexTerms(of document: Int, in cluster: Int) {
    let id = Int32(cluster)
    for (term, _) in documents[document].topTerms where postings[term]?.last != id {
      postings[term, default: []].append(id)
    }
  }

  /// A story of `members`, added in time order.
  func rebuilt(_ members: [Int]) -> StoryCluster {
    var cluster = StoryCluster()
    for member in members.sorted(by: { timeKey($0) < timeKey($1) }) {
      join(member, to: &cluster)
    }
    return cluster
  }

  /// Adds `document` to `cluster` with what the story keeps of it: its vector, day and names,
  /// and whether it has text enough.
  func join(_ document: Int, to cluster: inout StoryCluster) {
    cluster.add(
      document, vector: documents[document].vector,
      day: documents[document].dating.date?.date.dayNumber, names: documents[document].names,
      fullText: hasFullText(document))
  }

  /// Indexes every story under its members' heaviest terms again.
  mutating func rebuildPostings() {
    postings = [:]
    for (index, cluster) in clusters.enumerated() {
      for member in cluster.members { indexTerms(of: member, in: index) }
    }
  }

  // MARK: - Order

  /// Sorts dated documents by day, then undated ones, each by arrival.
  func timeKey(_ document: Int) -> TimeKey {
    TimeKey(
      day: documents[document].dating.date?.date.dayNumber ?? Int.max,
      arrival: documents[document].arrival)
  }

  /// Sorts documents by day (undated last), then by text hash, then by arrival: the order
  /// stories list their members in, which does not depend on when an article arrived (a library
  /// updated file by file lists a story as a fresh analysis does).
  func displayKey(_ document: Int) -> (day: Int, hash: UInt64, arrival: Int) {
    (
      documents[document].dating.date?.date.dayNumber ?? Int.max, documents[document].textHash,
      documents[document].arrival
    )
  }

  /// The stories as document numbers, in the order of `stories`: members by `displayKey`,
  /// stories by their first member's.
  func orderedClusters() -> [[Int]] {
    clusters.map { $0.members.sorted { displayKey($0) < displayKey($1) } }
      .sorted { displayKey($0[0]) < displayKey($1[0]) }
  }
}

/// A document's place in time order.
struct TimeKey: Comparable {
  var day: Int
  var arrival: Int

  static func < (lhs: TimeKey, rhs: TimeKey) -> Bool {
    (lhs.day, lhs.arrival) < (rhs.day, rhs.arrival)
  }
}
