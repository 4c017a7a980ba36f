import Foundation

/// Reads input files into `RawArticle`s: plain text, JSON Lines and JSON.
///
/// Every problem with one file or record becomes an `IngestProblem` and reading goes on;
/// articles already read are never lost because a later one fails.
public struct ArticleReader: Sendable {
  /// Caps on article and record sizes.
  public var limits: IngestLimits

  /// Creates a reader.
  public init(limits: IngestLimits = .default) {
    self.limits = limits
  }

  /// What reading produced: the articles, in input order, and the problems met.
  public struct Output: Sendable {
    /// The articles read, in input order.
    public var articles: [RawArticle] = []
    /// Files, lines or records that could not be read: at most
    /// ``ArticleReader/problemsPerFile`` per file, then one line counting the rest.
    public var problems: [IngestProblem] = []
    /// Problems of the file being read: how many were kept, and how many only counted.
    var fileProblems = 0
    var unlistedProblems = 0

    /// An empty output, to read files into one by one.
    public init() {}

    /// Records a problem of the file being read, or only counts it once the file has had
    /// its share (a file of six million bad lines must not become six million records).
    mutating func report(_ problem: IngestProblem) {
      fileProblems += 1
      if fileProblems <= ArticleReader.problemsPerFile {
        problems.append(problem)
      } else {
        unlistedProblems += 1
      }
    }

    /// Ends a file: the count of problems not listed, if any.
    mutating func finishFile(_ path: String) {
      if unlistedProblems > 0 {
        problems.append(
          IngestProblem(
            location: path,
            message: "and \(unlistedProblems) more problems in this file (the first "
              + "\(ArticleReader.problemsPerFile) are listed)"))
      }
      fileProblems = 0
      unlistedProblems = 0
    }
  }

  /// How many problems of one file are listed; the rest are counted.
  public static let problemsPerFile = 100

  /// Reads every file under `paths` (files or folders).
  public func read(paths: [String]) -> Output {
    let (files, problems) = InputCollector().collect(paths)
    var output = Output()
    output.problems = problems
    for file in files {
      read(file, into: &output)
    }
    return output
  }

  /// Reads one file, appending its articles and problems to `output`.
  public func read(_ file: InputFile, into output: inout Output) {
    _ = read(file, into: &output, from: 1) { _ in true }
  }

  /// Reads one file from its record `start` on (records before it are passed over unread),
  /// appending its articles and problems to `output`, and asks `goOn` after each batch of
  /// records decoded whether to read further: a huge file is read a part at a time, in bounded
  /// memory, by taking the articles out of `output` between parts.
  ///
  /// - Parameters:
  ///   - start: the number of the first record to read (1-based, as `SourceLocation.record`);
  ///     a plain text file is one record.
  ///   - only: when given, the only records decoded; the others are passed over.
  ///   - batch: the most records decoded together (on all cores) between two `goOn`s.
  ///   - goOn: called with the output after each batch; `false` stops reading there.
  /// - Returns: the number of the record to go on from, when `goOn` stopped the reading before
  ///   the end of the file; `nil` when the file was read to its end.
  func read(
    _ file: InputFile, into output: inout Output, from start: Int, only: Set<Int>? = nil,
    batch: Int = RecordBatch.capacity, while goOn: (inout Output) -> Bool
  ) -> Int? {
    let handle: FileHandle
    switch RegularFile.open(file.path) {
    case .success(let opened):
      handle = opened
    case .failure(.cannotOpen(let error)):
      output.report(
        IngestProblem(location: file.path, message: InputCollector.describe(error)))
      output.finishFile(file.path)
      return nil
    case .failure(.notRegular(let mode)):
      output.report(
        IngestProblem(
          location: file.path,
          message: InputCollector.refusal(mode: mode) ?? "not a regular file; skipped"))
      output.finishFile(file.path)
      return nil
    }
    defer { try? handle.close() }
    let part = Part(start: start, only: only, batch: batch)
    do {
      switch file.format {
      case .plainText:
        if part.takes(1) { try readPlainText(file, handle: handle, into: &output) }
      case .jsonLines: try readJSONLines(file, handle: handle, part: part, into: &output, goOn)
      case .json: try readJSON(file, handle: handle, part: part, into: &output, goOn)
      }
    } catch let stop as Part.Stop {
      return stop.next
    } catch {
      output.report(
        IngestProblem(location: file.path, message: "read error (\(error.localizedDescription))"))
    }
    output.finishFile(file.path)
    return nil
  }

  /// Which records of a file a read takes.
  private struct Part {
    var start: Int
    var only: Set<Int>?
    var batch: Int

    /// Whether record `number` is read.
    func takes(_ number: Int) -> Bool {
      number >= start && only.map { $0.contains(number) } ?? true
    }

    /// Thrown to stop reading before record `next`.
    struct Stop: Error {
      var next: Int
    }
  }

  private func readPlainText(_ file: InputFile, handle: FileHandle, into output: inout Output)
    throws
  {
    let data = try handle.read(upToCount: limits.maxArticleBytes + 1) ?? Data()
    var findings: [Finding] = []
    var bytes = data[...]
    if bytes.count > limits.maxArticleBytes {
      bytes = data.prefix(limits.maxArticleBytes)
      // NB: don't cut a UTF-8 sequence in half: back up to a lead byte.
      while let last = bytes.last, last & 0xC0 == 0x80 { bytes = bytes.dropLast() }
      if let last = bytes.last, last >= 0xC0 { bytes = bytes.dropLast() }
      findings.append(
        Finding(
          .truncated,
          "file is over \(limits.maxArticleBytes >> 20) MiB; only the first \(limits.maxArticleBytes >> 20) MiB were read"
        ))
    }
    let decoded: TextDecoding.Decoded
    do {
      decoded = try TextDecoding.decode(bytes)
    } catch {
      output.report(IngestProblem(location: file.path, message: error.description))
      return
    }
    // NB: after decoding, so a file holding only a byte-order mark, or only spaces in
    // UTF-16, is as empty as one holding nothing.
    guard decoded.text.unicodeScalars.contains(where: { !TextDecoding.isBlank($0) }) else {
      output.report(IngestProblem(location: file.path, message: "empty file; skipped"))
      return
    }
    output.articles.append(
      RawArticle(
        id: ArticleID(file.relativePath), location: SourceLocation(path: file.path),
        text: decoded.text, findings: findings + decoded.findings, inputRoot: file.root))
  }

  private func readJSONLines(
    _ file: InputFile, handle: FileHandle, part: Part, into output: inout Output,
    _ goOn: (inout Output) -> Bool
  ) throws {
    var batch = RecordBatch(file: file, limits: limits, capacity: part.batch)
    let splitter = JSONLinesSplitter(maxBytes: limits.maxRecordBytes)
    try splitter.forEachRecord(in: ChunkedFileReader(handle: handle)) { record in
      switch record {
      case .oversized(let number):
        guard part.takes(number) else { return }
        batch.flush(into: &output)
        output.report(
          IngestProblem(
            location: "\(file.path):\(number)",
            message: "line is over \(limits.maxRecordBytes >> 20) MiB; skipped"))
      case .line(let number, let bytes):
        guard part.takes(number),
          bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D })
        else { return }
        if batch.append(number: number, bytes: bytes, output: &output), !goOn(&output) {
          throw Part.Stop(next: number + 1)
        }
      }
    }
    batch.flush(into: &output)
  }

  private func readJSON(
    _ file: InputFile, handle: FileHandle, part: Part, into output: inout Output,
    _ goOn: (inout Output) -> Bool
  ) throws {
    var batch = RecordBatch(file: file, limits: limits, capacity: part.batch)
    let splitter = JSONElementSplitter(maxBytes: limits.maxRecordBytes)
    var sawElement = false
    var notJSON = false
    try splitter.forEachRecord(in: ChunkedFileReader(handle: handle)) { record in
      switch record {
      case .notJSON:
        notJSON = true
        guard part.start <= 1 else { return }
        output.report(
          IngestProblem(
            location: file.path, message: "not JSON (expected an array or an object); skipped"))
      case .oversized(let number):
        sawElement = true
        guard part.takes(number) else { return }
        batch.flush(into: &output)
        output.report(
          IngestProblem(
            location: "\(file.path):\(number)",
            message: "article object is over \(limits.maxRecordBytes >> 20) MiB; skipped"))
      case .element(let number, let bytes):
        sawElement = true
        guard part.takes(number) else { return }
        if batch.append(number: number, bytes: bytes, output: &output), !goOn(&output) {
          throw Part.Stop(next: number + 1)
        }
      case .lenient(let reason):
        guard part.start <= 1 else { return }
        output.report(
          IngestProblem(location: file.path, message: "\(reason); the articles were read"))
      }
    }
    batch.flush(into: &output)
    if !sawElement && !notJSON {
      output.report(
        IngestProblem(location: file.path, message: "no article objects; skipped"))
    }
  }

}

/// JSON records waiting to be decoded: they are decoded together, on all cores, and appended
/// to the output in input order.
struct RecordBatch {
  /// The most records decoded together, unless asked for fewer.
  static let capacity = 4096

  let file: InputFile
  let limits: IngestLimits
  let capacity: Int
  private var records: [(number: Int, bytes: [UInt8])] = []
  private var bytes = 0

  init(file: InputFile, limits: IngestLimits, capacity: Int = Self.capacity) {
    self.file = file
    self.limits = limits
    self.capacity = max(1, capacity)
  }

  /// Adds a record; decodes the batch into `output` when it is full.
  ///
  /// - Returns: whether the batch was decoded.
  mutating func append(number: Int, bytes record: [UInt8], output: inout ArticleReader.Output)
    -> Bool
  {
    records.append((number, record))
    bytes += record.count
    guard records.count >= capacity || bytes >= 32 << 20 else { return false }
    flush(into: &output)
    return true
  }

  mutating func flush(into output: inout ArticleReader.Output) {
    guard !records.isEmpty else { return }
    let file = self.file
    let limits = self.limits
    let decoded = records.parallelMap { record in
      Self.decode(record.bytes, number: record.number, file: file, limits: limits)
    }
    for result in decoded {
      switch result {
      case .success(let article): output.articles.append(article)
      case .failure(let problem): output.report(problem)
      }
    }
    records.removeAll(keepingCapacity: true)
    bytes = 0
  }

  /// Decodes one JSON record into an article, or says why it is not one.
  static func decode(_ bytes: [UInt8], number: Int, file: InputFile, limits: IngestLimits)
    -> Result<RawArticle, IngestProblem>
  {
    let location = SourceLocation(path: file.path, record: number)
    switch ArticleRecord.decode(bytes, with: JSONDecoder()) {
    case .failure(let error):
      return .failure(IngestProblem(location: location.description, message: error.message))
    case .success(let record):
      var text = record.text
      var findings: [Finding] = []
      if text.utf8.count > limits.maxArticleBytes {
        text = String(decoding: text.utf8.prefix(limits.maxArticleBytes), as: UTF8.self)
        if text.unicodeScalars.last == "\u{FFFD}" { text.unicodeScalars.removeLast() }
        findings.append(
          Finding(.truncated, "text is over \(limits.maxArticleBytes >> 20) MiB; cut there"))
      }
      guard !text.unicodeScalars.allSatisfy({ Scalars.isSpace($0) || Scalars.isLineBreak($0) })
      else {
        return .failure(
          IngestProblem(location: location.description, message: "record's text is empty; skipped"))
      }
      let id = record.id.map { ArticleID($0) } ?? ArticleID("\(file.relativePath):\(number)")
      return .success(
        RawArticle(
          id: id, location: location, text: text, title: record.title, date: record.date,
          source: record.source, url: record.url, author: record.author, findings: findings,
          inputRoot: file.root))
    }
  }
}
