import Testing

@testable import StoryKit

/// Templated reports about different companies share their template, not their subject: each
/// is its own story, while one event told by several outlets stays one.
@Suite("Stories: templated reports about different subjects stay apart")
struct StorySubjectTests {
  typealias Fixture = StoryFixture

  /// A quarterly-earnings table as wire services file them, one per company: the same rows
  /// (`revenue` named as the company does: `Revs`, `Sales`), the company's figures, and a note
  /// in its own words.
  static func earnings(
    _ company: String, ticker: String, numbers: [Int], revenue: String, note: String
  ) -> Fixture.Item {
    Fixture.Item(
      id: "earnings-\(ticker.lowercased())", title: "\(company) <\(ticker)> 1ST QTR NET",
      date: "2021-04-20", source: "Market Wire",
      text: """
        Shr \(numbers[0]) cts vs \(numbers[1]) cts
        Net \(numbers[2]),000 vs \(numbers[3]),000
        \(revenue) \(numbers[4]).1 mln vs \(numbers[5]).7 mln
        Nine mths
        Shr \(numbers[0] * 3) cts vs \(numbers[1] * 3) cts
        Net \(numbers[2] * 3),000 vs \(numbers[3] * 3),000
        NOTE: \(note)
        """)
  }

  /// A day's earnings wire: a dozen companies, each with its own figures and note.
  static let reports: [Fixture.Item] = {
    let companies = [
      (
        "ARDLEY TOOL CORP", "ARDT", "a gain from the sale of the Dayton drill plant",
        "Walter Pryce", "lathes"
      ),
      (
        "BRISCOE FOODS INC", "BRFD", "the acquisition of Kettering Dairies", "Ann Colville",
        "cheese"
      ),
      (
        "CALDERON MINING LTD", "CLMN", "lower copper prices at the Vallejo mine", "Ruy Ortega",
        "ore"
      ),
      (
        "DUNMORE SAVINGS BANK", "DNSB", "a two-for-one split paid in March", "Moira Tully",
        "mortgage"
      ),
      (
        "ESTEVEZ PAPER CO", "ESPC", "a tax credit on the Halloway mill", "Luis Estevez", "newsprint"
      ),
      (
        "FAIRLIE SYSTEMS CORP", "FRSY", "the first quarter as a public company", "Dana Fairlie",
        "software"
      ),
      (
        "GRANTHAM RAIL INC", "GRRL", "the closing of the Pembury freight yard", "Neil Ashdown",
        "freight"
      ),
      ("HOLLISTER DRUG CO", "HLDC", "royalties on the Maxoral licence", "Petra Vane", "aspirin"),
      (
        "IVERSEN SHIPPING LTD", "IVSH", "charter losses on the tanker Sigrun", "Knut Iversen",
        "tanker"
      ),
      (
        "JESSOP RETAIL CORP", "JSRC", "costs of the Linwood store openings", "Carol Jessop",
        "clothing"
      ),
      ("KILBRIDE OIL CO", "KBOC", "writedowns at the Tamsin field", "Fergus Kilbride", "crude"),
      ("LOCKHART FOODS INC", "LKFD", "the strike at the Brannock bakery", "Elena Marsh", "bread"),
    ]
    return companies.enumerated().map { offset, company in
      let (name, ticker, note, chief, product) = company
      let base = 7 + offset * 5
      return earnings(
        name, ticker: ticker,
        numbers: [
          base, base + 2, 300 + offset * 170, 280 + offset * 150, 10 + offset * 7, 9 + offset * 6,
        ],
        revenue: offset % 3 == 1 ? "Sales" : "Revs",
        note:
          "Results include \(note). Chairman \(chief) said \(product) orders should recover in the second half."
      )
    }
  }()

  @Test(
    "a dozen companies' earnings tables are a dozen stories; the quake's three outlets stay one")
  func templatedReportsStayApart() throws {
    let articles = try Fixture.articles(Self.reports + Fixture.firstQuake + Fixture.bridge)
    let stories = try StoryClusteringTests.stories(articles)
    var expected = Set(Self.reports.map { Set([$0.id]) })
    expected.insert(Fixture.ids(Fixture.firstQuake))
    expected.insert(Fixture.ids(Fixture.bridge))
    #expect(Fixture.grouping(stories.map(\.articles)) == expected)
  }

  /// A month of bond issues as a wire files them, one per issuer: the same sentences, the
  /// issuer's figures and plans, and two lead managers, each of whom leads two issues, so each
  /// report shares a manager with the one before it and the one after.
  static let bondIssues: [Fixture.Item] = {
    let issuers = [
      "ARVALE POWER", "BELMOR STEEL", "CORVEN TRUST", "DALSTON MILLS", "EVERSHAM BANK",
      "FENWICK RAIL", "GILMORE CHEMICAL", "HALLAM ESTATES", "INVERLOCH WATER", "JARROW FOODS",
      "KESWICK MOTOR", "LANGDALE PAPER",
    ]
    let managers = [
      "Tasca Securities", "Merrow Brothers", "Ostrander Capital", "Pelham Vasey",
      "Quarles Dunmore", "Rintoul Partners", "Sefton Kirk", "Trevose Bank", "Ullswater Finance",
      "Varley Hume", "Wendover Trust", "Yelland Securities",
    ]
    let purposes = [
      "the new turbine hall at its river plant", "a rolling mill bought from a rival in Ohio",
      "loans to farmers in the western counties", "the modernisation of its weaving sheds",
      "branch openings across the northern provinces",
      "twenty electric locomotives for the coast line",
      "a fertiliser works planned near the harbour", "office towers it is building downtown",
      "pipes and pumping stations for three towns", "a frozen food plant and a fleet of lorries",
      "its share of a gearbox venture in Spain", "a recycling line for newsprint",
    ]
    return issuers.enumerated().map { offset, issuer in
      let first = managers[offset % managers.count]
      let second = managers[(offset + 1) % managers.count]
      let name = issuer.capitalized
      return Fixture.Item(
        id: "bond-\(offset)", title: "\(issuer) ISSUES \(50 + offset * 25) MLN DLR EUROBOND",
        date: "2021-03-\(String(format: "%02d", 1 + offset * 2))", source: "Market Wire",
        text: """
          \(name) will spend the money on \(purposes[offset]), the company said in a statement.
          \(name) is issuing a \(50 + offset * 25) mln dlr eurobond due \(1995 + offset % 4) \
          paying \(7 + offset % 3) pct and priced at 101 1/4, said lead managers \(first) and \(second).
          The non-callable bonds are available in denominations of 5,000 dlrs and will be listed on
          the stock exchange. Fees total 1 7/8 pct.
          """)
    }
  }()

  @Test("bond issues that share only a rotating lead manager are not one story")
  func sharedManagersDoNotPile() throws {
    let articles = try Fixture.articles(Self.bondIssues + Fixture.firstQuake + Fixture.bridge)
    let stories = try StoryClusteringTests.stories(articles).map {
      Set($0.articles.map(\.rawValue))
    }
    let largest = stories.filter { $0.contains { $0.hasPrefix("bond-") } }.map(\.count).max() ?? 0
    // A manager is named by two reports in twelve, no participant of one event: two reports
    // naming the same one may pass for one story, a third naming another manager does not.
    #expect(largest <= 2)
    #expect(stories.contains(Fixture.ids(Fixture.firstQuake)))
    #expect(stories.contains(Fixture.ids(Fixture.bridge)))
  }

  @Test(
    "the names an article gives: capitalised inside a sentence, or any word of a headline in capitals",
    arguments: [
      (
        title: "Lindsay Lohan Checks Into Betty Ford",
        text: "Actress Lindsay Lohan entered the Betty Ford clinic on Monday, her lawyer said.",
        headline: ["lindsay", "lohan", "betty", "ford"]
      ),
      (
        title: "ARDLEY TOOL CORP 1ST QTR NET",
        text: "Shr 12 cts vs 10 cts\nNine Mths\nShr 36 cts vs 30 cts",
        headline: ["ardley", "tool", "corp", "qtr", "net"]
      ),
      (
        title: "Storm hits coast",
        text: "A storm hit the coast of Norland in March, officials said.",
        headline: []
      ),
    ])
  func headlineNames(title: String, text: String, headline: [String]) throws {
    let article = try Fixture.articles([
      Fixture.Item(id: "a", title: title, date: nil, source: "Wire", text: text)
    ])[0]
    let scalars = Array(article.cleanText.unicodeScalars)
    let words = StoryWordScanner.words(in: scalars, range: 0..<scalars.count)
    let names = StoryTermCounter(stopWords: try StopWords.bundled()).names(
      of: article, words: words)
    #expect(names.headline.map(\.text) == headline)
    // A table's `Nine Mths` and a month are not names; `Norland` is.
    #expect(!names.text.map(\.text).contains("mths"))
    #expect(!names.text.map(\.text).contains("march"))
    #expect(names.text.map(\.text).contains("norland") == text.contains("Norland"))
  }
}
