/// Splits an article's clean text into `TextToken`s, paragraph by paragraph.
///
/// Words keep inner apostrophes and hyphens (`Lavrov's`, `it's`, `long-term`, `O'Brien`), an
/// apostrophe before digits (`'90s`) and the dots of initialisms (`U.S.`); a quotation mark
/// gets a token of its own with what its place allows it to do (open, close).
enum Tokenizer {
  static func tokenize(_ text: String) -> [TextToken] {
    let scalars = text.scalarArray
    var tokens: [TextToken] = []
    tokens.reserveCapacity(scalars.count / 4)
    var paragraph = 0
    var index = 0
    var spaceBefore = true
    let count = scalars.count
    func make(_ range: Range<Int>, _ kind: TextToken.Kind) -> TextToken {
      let slice = scalars[range]
      let text = String(scalars: slice)
      var isASCII = true
      var hasUppercase = false
      for scalar in slice {
        if scalar.value >= 0x80 {
          isASCII = false
        } else if scalar.value >= 0x41 && scalar.value <= 0x5A {
          hasUppercase = true
        }
      }
      let lower: String
      if isASCII {
        lower = hasUppercase ? String(asciiLowercasing: slice) : text
      } else {
        lower = text.lowercased()
      }
      let first = slice.first.map { Scalars.isUppercase($0) } ?? false
      // `al-Shabaab`, `bin-Salman`: a lower-case particle, a dash, a capital.
      var particleName = false
      if !first, kind == .word, let dash = slice.firstIndex(of: "-"), dash + 1 < slice.endIndex,
        Scalars.isUppercase(slice[dash + 1])
      {
        particleName = NameParser.nameConnectors.contains(
          String(scalars: Array(slice[slice.startIndex..<dash])))
      }
      var token = TextToken(
        range: range, kind: kind, text: text, lower: lower, spaceBefore: spaceBefore,
        spaceAfter: range.upperBound >= count || isSpace(scalars[range.upperBound]),
        paragraph: paragraph, startsUppercase: first, isParticleName: particleName)
      if slice.count > 2, slice.last == "s" || slice.last == "S",
        isApostrophe(slice[slice.endIndex - 2])
      {
        token.isPossessive = true
      }
      return token
    }
    while index < count {
      let scalar = scalars[index]
      if scalar == "\n" {
        if index + 1 < count, scalars[index + 1] == "\n" { paragraph += 1 }
        // A single line break inside a paragraph counts as a space.
        index += scalar == "\n" && index + 1 < count && scalars[index + 1] == "\n" ? 2 : 1
        spaceBefore = true
        continue
      }
      if isSpace(scalar) {
        index += 1
        spaceBefore = true
        continue
      }
      if Scalars.isWordScalar(scalar)
        || (isApostrophe(scalar) && index + 1 < count && Scalars.isDigit(scalars[index + 1])
          && (index == 0 || !Scalars.isWordScalar(scalars[index - 1])))
      {
        // NB: a leading apostrophe (`'90s`) is part of the word; the word proper starts after it.
        let end = wordEnd(scalars, from: Scalars.isWordScalar(scalar) ? index : index + 1)
        let isNumber = scalars[index..<end].allSatisfy {
          Scalars.isDigit($0) || $0 == "," || $0 == "." || isApostrophe($0)
        }
        tokens.append(make(index..<end, isNumber ? .number : .word))
        index = end
        spaceBefore = false
        continue
      }
      if let mark = quoteMark(scalars, at: index) {
        tokens.append(make(index..<(index + 1), .quoteMark(mark)))
        index += 1
        spaceBefore = false
        continue
      }
      // Punctuation: runs of dots and of hyphens stay together (`...`, `--`).
      var end = index + 1
      if scalar == "." || scalar == "-" {
        while end < count && scalars[end] == scalar { end += 1 }
      }
      tokens.append(make(index..<end, .punctuation))
      index = end
      spaceBefore = false
    }
    return tokens
  }

  /// The end of the word starting at `start`.
  static func wordEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    var end = start
    let count = scalars.count
    while end < count {
      let scalar = scalars[end]
      if Scalars.isWordScalar(scalar) {
        end += 1
        continue
      }
      guard end + 1 < count, end > start else { break }
      let next = scalars[end + 1]
      let previous = scalars[end - 1]
      if isApostrophe(scalar) || scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}" {
        // Inner apostrophe or hyphen: `it's`, `long-term`.
        if Scalars.isWordScalar(previous) && Scalars.isWordScalar(next) {
          end += 1
          continue
        }
      } else if scalar == "." || scalar == "," {
        // Numbers (`3.5`, `1,000`) and initialisms (`U.S.`, `a.m.`).
        if Scalars.isDigit(previous) && Scalars.isDigit(next) {
          end += 1
          continue
        }
        if scalar == "." && Scalars.isWordScalar(next) && !Scalars.isDigit(next)
          && (end - start == 1 || scalars[end - 2] == ".")
          && (end + 2 >= count || scalars[end + 2] == ".")
        {
          end += 2
          // Take the closing dot of the initialism too: `U.S.`
          if end < count, scalars[end] == "." { end += 1 }
          continue
        }
      }
      break
    }
    return end
  }

  static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "\u{2019}"
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    Scalars.isSpace(scalar) || scalar == "\n"
  }

  /// The quotation mark at `index`, with what its place allows, or `nil` when the scalar is
  /// no quotation mark there (an apostrophe inside or at the end of a word).
  static func quoteMark(_ scalars: [Unicode.Scalar], at index: Int) -> QuoteMark? {
    let scalar = scalars[index]
    let before: Unicode.Scalar? = index > 0 ? scalars[index - 1] : nil
    let after: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
    // Left-flanking: nothing, space, an opening bracket or a dash before, and a non-space after:
    // the place of an opening mark. Right-flanking: the other way round.
    let spaceOrOpenBefore =
      before.map { isSpace($0) || "([{—–-/".unicodeScalars.contains($0) } ?? true
    let spaceAfter = after.map { isSpace($0) } ?? true
    let leftFlanking = spaceOrOpenBefore && !spaceAfter
    let rightOnly = !spaceOrOpenBefore && spaceAfter
    switch scalar {
    case "\"":
      return QuoteMark(
        family: .double, canOpen: leftFlanking, canClose: !leftFlanking, glyph: scalar)
    case "\u{201C}":  // “ opens (and closes a German „…“)
      return QuoteMark(family: .double, canOpen: spaceOrOpenBefore, canClose: true, glyph: scalar)
    case "\u{201D}":  // ” closes (opens only where nothing but an opening is possible)
      return QuoteMark(
        family: .double, canOpen: leftFlanking, canClose: !leftFlanking, glyph: scalar)
    case "\u{201E}", "\u{201F}":  // „ ‟ open
      return QuoteMark(family: .double, canOpen: true, canClose: false, glyph: scalar)
    case "\u{AB}", "\u{2039}":  // « ‹ open; they close only in the »…« style
      let family: QuoteMark.Family = scalar == "\u{AB}" ? .guillemet : .singleGuillemet
      return QuoteMark(family: family, canOpen: !rightOnly, canClose: rightOnly, glyph: scalar)
    case "\u{BB}", "\u{203A}":  // » › close; they open only in the »…« style
      let family: QuoteMark.Family = scalar == "\u{BB}" ? .guillemet : .singleGuillemet
      return QuoteMark(
        family: family, canOpen: leftFlanking, canClose: !leftFlanking, glyph: scalar)
    case "\u{300C}", "\u{300E}":
      return QuoteMark(family: .corner, canOpen: true, canClose: false, glyph: scalar)
    case "\u{300D}", "\u{300F}":
      return QuoteMark(family: .corner, canOpen: false, canClose: true, glyph: scalar)
    case "\u{2018}", "\u{201A}":  // ‘ ‚ open
      return QuoteMark(
        family: .single, canOpen: leftFlanking || before == nil, canClose: false, glyph: scalar)
    case "'", "\u{2019}":
      // Inside a word it was taken as an apostrophe already; here it flanks a word.
      if leftFlanking {
        return QuoteMark(family: .single, canOpen: true, canClose: false, glyph: scalar)
      }
      return QuoteMark(family: .single, canOpen: false, canClose: true, glyph: scalar)
    default:
      return nil
    }
  }
}
