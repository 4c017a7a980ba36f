import Foundation
import StoryKit

/// The parts of Storyline that read untrusted bytes, each as one function of the bytes, for
/// libFuzzer (`Fuzz/run.sh`) and for replaying saved inputs in the tests.
///
/// A target must never crash, hang or trap on any input: it returns normally whatever the
/// bytes are, and what it returns is checked for the invariants a user relies on (quote ranges
/// inside their article and equal to their text).
public enum FuzzTarget: String, CaseIterable, Sendable {
  /// Text decoding (UTF-8, UTF-16, Windows-1252) and the scraper header, through cleaning.
  case decode
  /// Cleaning of decoded text (boilerplate, normalisation, the offset map).
  case clean
  /// Quote extraction and speakers on cleaned text.
  case quotes
  /// The search query parser.
  case query
  /// The JSON Lines reader.
  case jsonl
  /// The JSON reader.
  case json

  /// Runs the target on `bytes`.
  public func run(_ bytes: UnsafeRawBufferPointer) {
    switch self {
    case .decode:
      guard let decoded = try? TextDecoding.decode(bytes) else { return }
      _ = Self.cleaner?.clean(Self.raw(decoded.text))
    case .clean:
      let text = String(decoding: bytes, as: UTF8.self)
      guard let article = Self.cleaner?.clean(Self.raw(text)) else { return }
      Self.check(article)
    case .quotes:
      let text = String(decoding: bytes, as: UTF8.self)
      guard let article = Self.cleaner?.clean(Self.raw(text)),
        let result = Self.extractor?.extract(from: article)
      else { return }
      Self.check(result.quotes, in: article)
    case .query:
      _ = try? SearchQuery(parsing: String(decoding: bytes, as: UTF8.self))
    case .jsonl, .json:
      Self.read(bytes, as: self == .jsonl ? "input.jsonl" : "input.json")
    }
  }

  private static let cleaner = try? ArticleCleaner.bundled()
  private static let extractor = try? QuoteExtractor.bundled()

  private static func raw(_ text: String) -> RawArticle {
    RawArticle(id: ArticleID("fuzz"), location: SourceLocation(path: "fuzz"), text: text)
  }

  /// Reads the bytes as a file of that name would be read.
  private static func read(_ bytes: UnsafeRawBufferPointer, as name: String) {
    let path = fuzzFolder + "/" + name
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return }
    defer { unlink(path) }
    let output = ArticleReader().read(paths: [path])
    guard let cleaner else { return }
    for raw in output.articles.prefix(4) { check(cleaner.clean(raw)) }
  }

  /// The offset map covers the clean text, and copied text is the original's.
  private static func check(_ article: Article) {
    let original = Array(article.originalText.unicodeScalars)
    let clean = Array(article.cleanText.unicodeScalars)
    precondition(article.alignment.cleanLength == clean.count, "alignment length")
    for segment in article.alignment.segments where segment.isCopy {
      for offset in 0..<segment.cleanLength {
        let at = article.alignment.originalOffset(ofClean: segment.cleanStart + offset)
        precondition(at < original.count, "copied offset outside the original")
        precondition(clean[segment.cleanStart + offset] == original[at], "copied text differs")
      }
    }
  }

  /// Quote ranges lie inside the article and hold the quote's text.
  private static func check(_ quotes: [Quote], in article: Article) {
    let original = Array(article.originalText.unicodeScalars)
    for quote in quotes {
      precondition(
        quote.range.start >= 0 && quote.range.start <= quote.range.end
          && quote.range.end <= original.count, "quote range outside the article")
      let text = String(String.UnicodeScalarView(original[quote.range.start..<quote.range.end]))
      precondition(text == quote.text, "quote text is not the text at its range")
    }
  }
}

/// The folder of this process's fuzz files, made on first use and removed when it exits.
private let fuzzFolder: String = {
  let folder = NSTemporaryDirectory() + "storyline-fuzz-\(getpid())"
  try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  atexit { rmdir(fuzzFolder) }
  return folder
}()
