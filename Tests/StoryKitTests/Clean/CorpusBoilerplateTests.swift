import StoryKit
import Testing

@Suite("Corpus-level boilerplate evidence")
struct CorpusBoilerplateTests {
  /// Synthetic articles of one unseen site: distinct bodies, one shared footer line.
  static func site(_ count: Int, footer: String, source: String? = "The Daily Planet")
    -> [RawArticle]
  {
    (0..<count).map { index in
      let body =
        "Story number \(index) reports that the council voted \(index + 3) to 2 on the plan for district \(index)."
      return RawArticle(
        id: ArticleID("p\(index)"), location: SourceLocation(path: "p\(index)"),
        text: "\(body)\n\nA second paragraph about item \(index) with more detail.\n\n\(footer)",
        source: source)
    }
  }

  static let footer = "Follow The Daily Planet on Mastodon for breaking updates"

  @Test("a short line at the edge of many articles of one source is removed")
  func removesRepeatedEdgeLine() throws {
    let articles = try ArticleLoader().clean(Self.site(10, footer: Self.footer))
    for article in articles {
      #expect(!article.cleanText.contains("Mastodon"))
      #expect(article.removals.contains { $0.reason == .corpusBoilerplate(articles: 10) })
    }
  }

  @Test("the same line in too few articles is kept")
  func keepsRareLine() throws {
    let articles = try ArticleLoader().clean(Self.site(2, footer: Self.footer))
    #expect(articles.allSatisfy { $0.cleanText.contains("Mastodon") })
  }

  @Test("the evidence is per source: other sources' articles keep the line")
  func perSource() throws {
    var raws = Self.site(6, footer: Self.footer)
    raws += Self.site(2, footer: Self.footer, source: "Other Times").map { raw in
      var raw = raw
      raw.id = ArticleID("o" + raw.id.rawValue)
      return raw
    }
    let articles = try ArticleLoader().clean(raws)
    #expect(articles.filter { $0.cleanText.contains("Mastodon") }.count == 2)
  }

  @Test("the lines of a sentence wrapped over several lines are never corpus boilerplate")
  func keepsWrappedLines() throws {
    let articles = try ArticleLoader().clean(
      Self.site(8, footer: "Editor's note: the author is a\nregular contributor to this site."))
    #expect(articles.allSatisfy { $0.cleanText.contains("Editor's note: the author is a") })
    #expect(articles.allSatisfy { $0.cleanText.contains("regular contributor to this site.") })
  }

  @Test("long repeated paragraphs and quoted lines are never corpus boilerplate")
  func keepsLongAndQuoted() throws {
    let long =
      "The company, founded in 1998 and based in Ohio, makes parts for cars and trucks and employs about 4,000 people across nine plants in the state."
    let quoted = "\"We will not give up,\" the mayor said."
    let longArticles = try ArticleLoader().clean(Self.site(8, footer: long))
    #expect(longArticles.allSatisfy { $0.cleanText.contains(long) })
    let quotedArticles = try ArticleLoader().clean(Self.site(8, footer: quoted))
    #expect(quotedArticles.allSatisfy { $0.cleanText.contains(quoted) })
  }
}

@Suite("Repeated paragraphs")
struct RepeatedParagraphTests {
  @Test("a paragraph repeated in one article is kept once, even with other spacing or case")
  func collapses() throws {
    let paragraph = "The officials also discussed a range of international issues."
    let article = try cleanText(
      "\(paragraph)\nSomething else happened next in the city.\n\(paragraph.uppercased())\n  \(paragraph)  "
    )
    #expect(article.cleanText == "\(paragraph)\n\nSomething else happened next in the city.")
    #expect(article.repeatedParagraphs == 2)
  }

  @Test("repeated table rows are kept")
  func keepsTableRows() throws {
    let article = try cleanText(
      "Qtr net profit rose, the company said on Monday.\nShr 10 cts vs 12 cts\nAvg shrs 2,332,397 vs 1,428,000\nYear\nShr 40 cts vs 41 cts\nAvg shrs 2,332,397 vs 1,428,000"
    )
    #expect(article.repeatedParagraphs == 0)
  }

  @Test("short repeated lines (dialogue) are kept")
  func keepsShort() throws {
    let article = try cleanText(
      "He asked again and again.\n\nNo way.\n\nShe waited for a minute.\n\nNo way.")
    #expect(article.repeatedParagraphs == 0)
    #expect(article.cleanText.components(separatedBy: "No way.").count == 3)
  }
}
