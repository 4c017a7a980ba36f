/// The working state of one article while it is cleaned: its original scalars, its paragraphs
/// with the decision made about each, and the metadata found so far.
///
/// Each `CleaningStage` reads and updates it; `ArticleRenderer` turns the final state into an
/// `Article`.
struct CleaningDocument: Sendable {
  /// The original text's scalars.
  let scalars: [Unicode.Scalar]
  /// The raw article (fields as the input gave them).
  let raw: RawArticle
  /// The non-blank lines of the original, in order.
  var paragraphs: [Paragraph]
  /// Removals that are not whole paragraphs (the scraper's header marker).
  var partialRemovals: [Removal] = []

  var title: String?
  var titleProvenance: Provenance?
  var titleRange: TextRange?
  var date: ArticleDate?
  var source: String?
  var sourceProvenance: Provenance?
  var author: String?
  var findings: [Finding]

  /// Prepares `raw` for cleaning; `paragraphs` may be given when they were split already.
  init(raw: RawArticle, paragraphs: [Paragraph]? = nil) {
    self.raw = raw
    self.scalars = raw.text.scalarArray
    self.paragraphs = paragraphs ?? Paragraph.split(scalars)
    self.findings = raw.findings
    self.author = raw.author
  }

  /// The original text of a scalar range.
  func text(_ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
  }

  /// The normalised key of paragraph `index`, when it is short enough to be a rule candidate.
  func key(ofParagraph index: Int) -> [Unicode.Scalar]? {
    ParagraphKey.make(scalars, paragraphs[index])
  }

  /// Indices of the paragraphs still kept, in order.
  var keptIndices: [Int] { paragraphs.indices.filter { paragraphs[$0].isKept } }
}

/// One step of cleaning: it looks at a document and marks paragraphs or sets metadata.
///
/// Stages are small, pure and run in the order `ArticleCleaner.stages` lists them.
protocol CleaningStage: Sendable {
  func apply(to document: inout CleaningDocument)
}

extension String {
  /// The string's Unicode scalars as an array, decoded in one pass.
  ///
  /// NB: `Array(unicodeScalars)` first counts the scalars (a full decoding pass) to size the
  /// array; the UTF-8 length is known at once and bounds the scalar count.
  var scalarArray: [Unicode.Scalar] {
    let view = unicodeScalars
    return [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { buffer, count in
      var index = 0
      for scalar in view {
        buffer.initializeElement(at: index, to: scalar)
        index += 1
      }
      count = index
    }
  }
}
