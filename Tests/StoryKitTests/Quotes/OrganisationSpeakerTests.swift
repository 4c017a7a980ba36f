import Testing

@testable import StoryKit

/// `The company said…`, `the utility said…` and `it said…` in a report about a company name that
/// company, never a country the text mentions in passing (`US mobile earnings`) or a public body
/// (`the Public Service Commission`).
@Suite("Quote extraction: the company an article is about")
struct OrganisationSpeakerTests {
  static let telekom =
    "German telecoms firm Halvorsen Telekom saw strong fourth quarter profits on the back of upbeat US mobile earnings and better-than-expected asset sales.\n\n"
  static let brantley =
    "Anglo-Dutch consumer goods giant Brantley is to merge its two management boards after reporting weak earnings for the year.\n\n"

  @Test(
    "the company, the firm, the utility, the airline and it name the company the report is about",
    arguments: [
      (
        title: "Halvorsen Telekom sees mobile gain",
        text: telekom
          + "The company also said it would resume paying a dividend, after two years of cutting debt.",
        speaker: "Halvorsen Telekom"
      ),
      (
        title: "Halvorsen Telekom sees mobile gain",
        text: telekom
          + "It said the dividend would return next year, after two years of cutting debt.",
        speaker: "Halvorsen Telekom"
      ),
      (
        title: "Brantley shake-up as profit slips",
        text: brantley
          + "The firm said it would cut 2,000 jobs in Europe over the next three years.",
        speaker: "Brantley"
      ),
      // A company word names a company, never the public body just mentioned.
      (
        title: "KESTREL POWER <KSP> SEEKS RATE RISE",
        text:
          "Kestrel Power Co has asked for a 9.5 pct rate increase. The Ardmore Public Service Commission will hold hearings on the request in May.\n\nThe utility said the increase would pay for its new plant at Lenham.",
        speaker: "Kestrel Power Co"
      ),
      (
        title: "TALBRIDGE SUES OVER BUYOUT",
        text:
          "Talbridge Corp has filed suit to stop a tender offer by a group of investors. The U.S. District Court in Wilmington set a hearing for Friday.\n\nThe company said the offer was inadequate.",
        speaker: "Talbridge Corp"
      ),
      (
        title: "Ostrava Air cuts flights",
        text:
          "Ostrava Air will cut a third of its winter flights after the Civil Aviation Authority grounded two of its jets.\n\nThe airline said passengers would be moved to other services.",
        speaker: "Ostrava Air"
      ),
      // A publication quoted is the one last named, not the company the report is about.
      (
        title: "Talbridge bid delayed",
        text:
          "Talbridge Corp's bid for Merrow Foods has been delayed by regulators, according to the Ardmore Gazette.\n\nThe paper said the review would take another month.",
        speaker: "Ardmore Gazette"
      ),
      // A country before a publication's last word is part of its name.
      (
        title: "Norland grain imports to rise",
        text:
          "Norland will import more grain this year, the China Daily said on Monday.\n\nThe paper added that the harvest in the north was poor.",
        speaker: "China Daily"
      ),
      (
        title: "Norland drought spreads",
        text:
          "The People's Daily said on Saturday a serious drought is affecting the north.\n\nThe paper added that leaders were not paying attention to grain.",
        speaker: "People's Daily"
      ),
      // Initials (`B and H`, `C&D`) name the company whose name they abbreviate.
      (
        title: "BRENNAN CUTS HALVORN RATING",
        text:
          "Brennan and Hale Corp lowered its rating on Halvorn Steel debt to BB from BBB.\n\nB and H said it expected the steelmaker's earnings to stay weak this year.",
        speaker: "Brennan and Hale"
      ),
      (
        title: "Corrie & Dunn sales slip",
        text:
          "Clothing retailer Corrie & Dunn reported lower sales over the Christmas period.\n\nC&D said it would cut prices on its winter range.",
        speaker: "Corrie & Dunn"
      ),
      // A time word before the description is the writer's.
      (
        title: "BRISCOE STORES <BRS> SALES UP",
        text:
          "Briscoe Stores Corp posted a 12 pct rise in March sales.\n\nEarlier this week the retailer said it would open ten new stores.",
        speaker: "Briscoe Stores Corp"
      ),
      // A wire's company named only in its headline, before the ticker.
      (
        title: "HALVERN DRUG INC <HDI> INCREASES PAYOUT",
        text:
          "Qtrly div 38 cts vs 33 cts.\n\nNOTE: company said this is its largest dividend increase in 15 years.",
        speaker: "Halvern Drug Inc"
      ),
      (
        title: "STANLEY WORKS <SWK> SEES RECORD NET",
        text:
          "Stanley Works said it expects record sales this year.\n\n\"We feel confident,\" chairman Donald Hale said.\n\nThe company said its first quarter earnings rose to 19 mln dlrs.",
        speaker: "Stanley Works"
      ),
      (
        title: "<KELSO UNION CO> 4TH QTR NET",
        text: "Shr 41 cts vs 30 cts.\n\nThe company said its stores had a record quarter.",
        speaker: "Kelso Union Co"
      ),
      // A wire's `Company` opening a sentence is the company, not one named `Company`.
      (
        title: "HALVERN TELECOM LTD <HT> DECLARES STOCK SPLIT",
        text:
          "Two-for-one stock split.\n\nCompany also said it will raise the dividend to six cts.",
        speaker: "Halvern Telecom Ltd"
      ),
      (
        title: "KESTREL MINING CORP <KMC> YEAR NET",
        text:
          "Net income 154.7 mln vs 127.5 mln.\n\nNOTE: Company statement said gold operations contributed 74 pct of earnings.",
        speaker: "Kestrel Mining Corp"
      ),
      // A label before its colon is no organisation (`NOTE:`).
      (
        title: "GREAT HARBOUR BANK <GHBK> 3RD QTR NET",
        text:
          "Qtr ends Feb 28\nShr 53 cts vs N/A\nNet 1,165,000 vs 575,000\nNOTE: earnings per share data not presented for 1986 as Great Harbour Bank converted to a stock savings bank. Such information is misleading, the company said.",
        speaker: "Great Harbour Bank"
      ),
      (
        title: "ARDELLE TO RAISE CAPITAL",
        text:
          "French chemicals group Ardelle <ARDL.PA> said it will raise its capital with a bond issue.\n\nCompany chairman Jean Morel said the issue would be placed in Europe.\n\nThe group said in January it was planning a capital increase to fund acquisitions.",
        speaker: "Ardelle"
      ),
    ])
  func companyOfTheReport(title: String, text: String, speaker: String) throws {
    let article = try QuoteFixture.cleaner.get().clean(
      RawArticle(
        id: ArticleID("t"), location: SourceLocation(path: "t"), text: text, title: title))
    let quotes = try QuoteFixture.extractor.get().extract(from: article).quotes
    // NB: the quotation in the last paragraph (`according to` in the first is one too).
    let last = try #require(quotes.last)
    #expect(last.speaker == speaker)
  }
}

/// A company is one speaker, named whole: with `and` (`Sears, Roebuck and Co`, `A and K`),
/// `of` (`Bank of England`), a founder's possessive (`Marsh and Tilley's Corp`), `First` or
/// digits (`7Harbor Corp`), in angle brackets (`<Norvale Group Corp>`) or before its ticker
/// (`<HLVK.L>`, whose `L` is nobody); not the `Co`, `P`, `England` or `Tilley's Corp` in it. A
/// place's or a parent's possessive is not part of the name (`Japan's Kaito Steel Corp`).
@Suite("Quote extraction: company names")
struct CompanyNameTests {
  @Test(
    "a word led by digits names a company when a capital follows, not an ordinal",
    arguments: [
      ("3Com", true), ("7Eleven", true), ("3M", true), ("3RD", false), ("1980S", false),
      ("22ND", false), ("1987", false), ("Acme", false),
    ])
  func digitLedNames(word: String, isName: Bool) {
    #expect(NameParser.isDigitLedName(word) == isName)
  }

  @Test(
    "the whole name speaks",
    arguments: [
      (
        text:
          "Sears, Roebuck and Co said it will close its Chicago distribution center on April 30.",
        speaker: "Sears, Roebuck and Co"
      ),
      (
        text: "Jefferies and Co Inc said it is making a market in the stock of USAir Group Inc.",
        speaker: "Jefferies and Co Inc"
      ),
      (
        text:
          "The rating agency cut the debt to BB. However, S and P said it believed the company would remain profitable.",
        speaker: "S and P"
      ),
      (
        text: "Separately, the Bank of England said that consumer credit rose in December.",
        speaker: "Bank of England"
      ),
      (
        text: "The debt was cut to BB, Marsh and Tilley's Corp said in a statement on Monday.",
        speaker: "Marsh and Tilley's Corp"
      ),
      (
        text: "The bonds were put under review for a downgrade, Marsh and Tilley's said on Monday.",
        speaker: "Marsh and Tilley's"
      ),
      (
        text:
          "The notes were put under review for a downgrade, Brennan's Investors Service Inc said.",
        speaker: "Brennan's Investors Service Inc"
      ),
      (
        text: "The review of the loans will take about a month, First Harbor Corp said on Tuesday.",
        speaker: "First Harbor Corp"
      ),
      (
        text:
          "Exports of steel to Europe will rise this year, Japan's Kaito Steel Corp said on Friday.",
        speaker: "Kaito Steel Corp"
      ),
      (
        text: "The new jet will fly next year, Norvik Corp's Halden Aircraft Co said on Friday.",
        speaker: "Halden Aircraft Co"
      ),
      (
        text:
          "The bonds were put under review for a downgrade. Indeed, Brennan's said the outlook was poor.",
        speaker: "Brennan's"
      ),
      (
        text: "Orders for pumps rose sharply, Harlow Engineering group Inc said on Monday.",
        speaker: "Harlow Engineering group Inc"
      ),
      (text: "Sales in its discount stores were strong, T mart Corp said.", speaker: "T mart Corp"),
      (text: "Margins will improve next year, Vektor 2000 Inc said.", speaker: "Vektor 2000 Inc"),
      (
        text: "Trading in the shares was halted on Monday, the New Harbor Stock Exchange said.",
        speaker: "New Harbor Stock Exchange"
      ),
      (
        text: "The New Harbor Mercantile Exchange said it will list propane futures from June.",
        speaker: "New Harbor Mercantile Exchange"
      ),
      (
        text:
          "The Lindholm Stock Exchange will list oil futures from June. The Exchange said the contracts would be settled in cash.",
        speaker: "Lindholm Stock Exchange"
      ),
      (
        text:
          "Halvik Mining Corp Plc <HLVK.L>, Halvik, said the rise in copper prices should lift its 1987 profit.",
        speaker: "Halvik Mining Corp Plc"
      ),
      (
        text:
          "A and K said the purchase of the Shopwell chain helped it beat its forecast for the quarter.",
        speaker: "A and K"
      ),
      (
        text:
          "7Harbor Corp said it filed to sell one mln shares of its common stock to the public.",
        speaker: "7Harbor Corp"
      ),
      (
        text:
          "<Norvale Group Corp> raised its offer for the Lindholm chain on Monday. The company said it was willing to talk to the board.",
        speaker: "Norvale Group Corp"
      ),
      (
        text: "Halden Savings Corp of America said it is not holding talks with any other bank.",
        speaker: "Halden Savings Corp of America"
      ),
      (
        text: "First Halden Corp said it is not holding talks with any other bank.",
        speaker: "First Halden Corp"
      ),
      (
        text: "The rate rise will lift earnings, Rochester Harbor Gas and Electric Co said.",
        speaker: "Rochester Harbor Gas and Electric Co"
      ),
      (
        text: "Halvik Tire and Rubber Co said it would close two plants.",
        speaker: "Halvik Tire and Rubber Co"
      ),
      (
        text: "St. Halden Light and Power Co said it would raise its dividend.",
        speaker: "St. Halden Light and Power Co"
      ),
      (text: "AT&T said it would cut prices on long distance calls.", speaker: "AT&T"),
      (text: "The outlook is negative, S&P said.", speaker: "S&P"),
      (
        text: "Halden Capital L.P, a limited partnership, said it would bid for the chain.",
        speaker: "Halden Capital L.P"
      ),
      (text: "Halvorn and Pennvale Co said the talks had ended.", speaker: "Pennvale Co"),
      (
        text:
          "Moodys Investors Service Inc cut Halvorn Corp debt to B-1 from Ba-3. The agency said the losses of the company would persist.",
        speaker: "Moodys Investors Service Inc"
      ),
      (
        text:
          "Halden Ratings Corp cited Halvorn's heavy debt load. Halden Ratings Corp said the outlook was negative.",
        speaker: "Halden Ratings Corp"
      ),
      // A demonym before one word, or a title before a trade word, leads a company's name.
      (
        text: "Norwegian Seaways said it would add two ferries to its summer timetable.",
        speaker: "Norwegian Seaways"
      ),
      (
        text: "British Caledonian Seaways said bookings rose eight pct in March.",
        speaker: "British Caledonian Seaways"
      ),
      (
        text: "General Electric said its new turbine passed its first tests.",
        speaker: "General Electric"
      ),
      (text: "Mr Steel said the plant would close in May.", speaker: "Steel"),
      // People keep their demonym and title out of their names.
      (
        text: "American Robby Halvorsen said he felt no pain in his shoulder.",
        speaker: "Robby Halvorsen"
      ),
      (
        text: "General Halvorsen said the troops would stay until the spring.",
        speaker: "Halvorsen"
      ),
      // A name between a title and `of` is the person; what follows `of` is where they are
      // from. A company's name may open with a title word.
      (
        text: "Senator Lloyd Halvorsen of Texas said the trade bill would pass this year.",
        speaker: "Lloyd Halvorsen"
      ),
      (
        text: "Sen. Dana Halvorsen of Ohio said the trade bill would pass this year.",
        speaker: "Dana Halvorsen"
      ),
      // When they spoke is no part of the name after the cue.
      (
        text: "\"We played well,\" said John Halvorsen afterwards.",
        speaker: "John Halvorsen"
      ),
      (text: "\"We played well,\" said John Halvorsen Monday.", speaker: "John Halvorsen"),
      (
        text: "\"The meetings were secret,\" noted the Ardmore Gazette this summer.",
        speaker: "Ardmore Gazette"
      ),
      (
        text: "Rep. Adam B. Halvorsen of California said the report was incomplete.",
        speaker: "Adam B. Halvorsen"
      ),
      (
        text: "King Halvor of Ardmore said the kingdom wanted oil price stability.",
        speaker: "Halvor"
      ),
      (
        text: "General Ardmore of Canada Ltd said its plant would close in May.",
        speaker: "General Ardmore of Canada Ltd"
      ),
      (
        text: "Chancellor of the Exchequer Nigel Halvorsen said the budget would be tight.",
        speaker: "Nigel Halvorsen"
      ),
    ])
  func companyNames(text: String, speaker: String) throws {
    let quote = try QuoteFixture.onlyQuote(
      in: "Shares of several retailers and brokers moved sharply on Monday in New York trading.\n\n"
        + text
    ).quote
    #expect(quote.speaker == speaker)
  }
}

/// A company named again without its suffix (`Pennzoil Co`, then `Pennzoil`) is one speaker,
/// as is the author named before a document (`The RCMP statement said`).
@Suite("Quote extraction: one company, two forms")
struct CompanyFormTests {
  @Test func nameWithoutSuffixIsTheCompany() throws {
    let text =
      "Shares of several oil companies moved sharply on Monday in New York trading.\n\n"
      + "Halvorn Co said it had not yet received any settlement offer from its rival.\n\n"
      + "In its annual report, Halvorn said it expected the court's judgment to be upheld."
    let result = try QuoteFixture.extractor.get().extract(from: try QuoteFixture.article(text))
    try #require(result.quotes.count == 2)
    #expect(result.quotes.map(\.speaker) == ["Halvorn Co", "Halvorn Co"])
    #expect(result.speakers.count == 1)
    #expect(result.speakers.first?.forms.contains("Halvorn") == true)
  }

  @Test(
    "an initialism inside a company's name stays in it",
    arguments: [
      "Halvorn Motor Sales U.S.A. Inc", "Halvorn U.S.A. Corp", "Halvorn U.K. Ltd",
      "Halvorn Motor Sales, U.S.A. Inc",
    ])
  func initialismInsideName(name: String) throws {
    let text = "\(name) said it will raise the price of its cars by 1.8 pct."
    let result = try QuoteFixture.extractor.get().extract(from: try QuoteFixture.article(text))
    try #require(result.quotes.count == 1)
    #expect(result.quotes.first?.speaker == name)
  }

  @Test(
    "one possessive word speaking is a company named for its founder, unless it is someone met",
    arguments: [
      (
        text: "Halvorn's said it may lower the bank's rating after the merger.",
        speaker: "Halvorn's", kind: SpeakerKind.organisation
      ),
      (
        text:
          "U.S. Attorney Rudolph Halvorn charged three traders on Monday.\n\nHalvorn's said the case would go to trial in May.",
        speaker: "Rudolph Halvorn", kind: SpeakerKind.person
      ),
    ])
  func possessiveCompany(text: String, speaker: String, kind: SpeakerKind) throws {
    let result = try QuoteFixture.extractor.get().extract(from: try QuoteFixture.article(text))
    try #require(result.quotes.count == 1)
    #expect(result.quotes.first?.speaker == speaker)
    #expect(result.speakers.first { $0.name == speaker }?.kind == kind)
  }

  @Test func documentAuthorNamedBeforeIt() throws {
    let text =
      "Halvorn Energy Corp. said the pipeline would be built on time.\n\n"
      + "The RCMP statement said that the level of trust between the two sides would grow."
    let result = try QuoteFixture.extractor.get().extract(from: try QuoteFixture.article(text))
    #expect(result.quotes.last?.speaker == "RCMP")
  }
}

/// `the Commission`, `the Ministry`: an organisation named again by the word that heads its
/// name is the organisation named before, not a speaker of its own; a word that only ends a
/// longer name (`… for Asia and the Pacific`) is not its head.
@Suite("Quote extraction: an organisation named again by its head word")
struct OrganisationHeadWordTests {
  @Test(
    arguments: [
      (
        text:
          "The European Commission wrote to the two operators on Monday. The Commission said that the roaming charges were too high.",
        speaker: "European Commission"
      ),
      (
        text:
          "The European Commission wrote to the two operators on Monday. The commission said that the roaming charges were too high.",
        speaker: "European Commission"
      ),
      (
        text:
          "The Halvik Finance Ministry published the figures on Monday. The Ministry said that the deficit would narrow next year.",
        speaker: "Halvik Finance Ministry"
      ),
      (
        text:
          "The Northern Statistics Bureau published the figures on Monday. Prices rose 0.4 pct in March, the Bureau said.",
        speaker: "Northern Statistics Bureau"
      ),
    ])
  func headWordNamesTheOrganisation(text: String, speaker: String) throws {
    let quote = try QuoteFixture.onlyQuote(in: text).quote
    #expect(quote.speaker == speaker)
  }

  @Test func aWordEndingALongerNameIsNotItsHead() throws {
    let text =
      "The Economic Commission for Asia and the Pacific met in Bangkok on Monday.\n\n"
      + "Pacific said that its fleet would grow by ten ships next year."
    let quote = try QuoteFixture.onlyQuote(in: text).quote
    #expect(quote.speaker == "Pacific")
  }
}

/// Words that never make a name: a credit rating or model code (`B-1`, `Baa-3`, `F-16`).
@Suite("Name words: codes are no names")
struct RatingCodeTests {
  @Test(arguments: [
    ("B-1", true), ("Baa-3", true), ("F-16", true), ("Ba-2", true), ("Coca-Cola", false),
    ("Rolls-Royce", false), ("A330", false), ("B-", false),
  ])
  func ratingCode(text: String, isCode: Bool) {
    #expect(NameParser.isRatingCode(text) == isCode)
  }
}

/// An organisation word that names no organisation of the article (`the union`, `the team`)
/// is a speaker of its own, not the organisation last mentioned; and a run of title-cased
/// words (a headline, or several run together) is never a name.
@Suite("Quote extraction: organisation words the article names nothing by")
struct UnnamedOrganisationTests {
  @Test(
    "the speaker is the phrase, not a company or a headline met before",
    arguments: [
      (
        text:
          "Talbridge Motors Corp said sales fell in March.\n\n\"We will stay out until the plant stays open,\" the union said.",
        speaker: "the union"
      ),
      (
        text:
          "Lone Player Stands During Anthem While Rest Of His Team Protests.\n\nThe players stayed in the locker room.\n\n\"Please let there be no doubt that we respect those who served,\" the football team wrote.",
        speaker: "the football team"
      ),
    ])
  func phraseSpeaks(text: String, speaker: String) throws {
    let article = try QuoteFixture.cleaner.get().clean(
      RawArticle(id: ArticleID("t"), location: SourceLocation(path: "t"), text: text))
    let quotes = try QuoteFixture.extractor.get().extract(from: article).quotes
    let last = try #require(quotes.last)
    #expect(last.speaker == speaker)
  }

  @Test(
    "a bare company word opening the article, or opening many sentences with no company named, is the description",
    arguments: [1, 40])
  func bareCompanyWithNoneNamed(sentences: Int) throws {
    let text = String(
      repeating: "Company said sales rose 5 pct. ", count: sentences)
    let article = try QuoteFixture.cleaner.get().clean(
      RawArticle(id: ArticleID("t"), location: SourceLocation(path: "t"), text: text))
    let quotes = try QuoteFixture.extractor.get().extract(from: article).quotes
    #expect(quotes.count == sentences)
    #expect(Set(quotes.map(\.speaker)) == ["Company"])
  }

  @Test("a surname that is also a company word stays a name when the article names the person")
  func surnameStaysAName() throws {
    let text =
      "Offensive lineman Connor Brewer of Rochester was the lone player to stand.\n\nBrewer later explained why he felt compelled to stand for the anthem."
    let article = try QuoteFixture.cleaner.get().clean(
      RawArticle(id: ArticleID("t"), location: SourceLocation(path: "t"), text: text))
    let quotes = try QuoteFixture.extractor.get().extract(from: article).quotes
    #expect(quotes.map(\.speaker) == ["Brewer"])
  }
}
