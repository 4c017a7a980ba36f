/// Splits an article's clean text into `TextToken`s, paragraph by paragraph.
///
/// Words keep inner apostrophes and hyphens (`Lavrov's`, `it's`, `long-term`, `O'Brien`), an
/// apostrophe before digits (`'90s`) and the dots of initialisms (`U.S.`); a quotation mark
/// gets a token of its own with what its place allows it to do (open, close).
///
/// Each token is looked up in the speech lexicon as it is made (see `TokenBuilder`).
enum Tokenizer {
  /// The tokens of `text`, and for each token the cue verb it is (words only).
  static func tokenize(_ text: String, lexicon: SpeechLexicon) -> (
    tokens: [TextToken], cueVerbs: [SpeechLexicon.CueVerb?]
  ) {
    let scalarArray = UTF8Scalars.decode(text)
    return scalarArray.withUnsafeBufferPointer { scalars in
      var builder = TokenBuilder(scalars: scalars, lexicon: lexicon)
      var paragraph = 0
      var index = 0
      var spaceBefore = true
      let count = scalars.count
      while index < count {
        let scalar = scalars[index]
        if scalar == "\n" {
          // A single line break inside a paragraph counts as a space.
          if index + 1 < count, scalars[index + 1] == "\n" {
            paragraph += 1
            index += 2
          } else {
            index += 1
          }
          spaceBefore = true
          continue
        }
        if Scalars.isSpace(scalar) {
          index += 1
          spaceBefore = true
          continue
        }
        let startsWord = Scalars.isWordScalar(scalar)
        if startsWord
          || (isApostrophe(scalar) && index + 1 < count && Scalars.isDigit(scalars[index + 1])
            && (index == 0 || !Scalars.isWordScalar(scalars[index - 1])))
        {
          // NB: a leading apostrophe (`'90s`) is part of the word; the word proper starts after.
          let end = wordEnd(scalars, from: startsWord ? index : index + 1)
          let isNumber = scalars[index..<end].allSatisfy {
            Scalars.isDigit($0) || $0 == "," || $0 == "." || isApostrophe($0)
          }
          builder.append(index..<end, isNumber ? .number : .word, spaceBefore, paragraph)
          index = end
          spaceBefore = false
          continue
        }
        if let mark = doubledMark(scalars, at: index) {
          builder.append(index..<(index + 2), .quoteMark(mark), spaceBefore, paragraph)
          index += 2
          spaceBefore = false
          continue
        }
        if let mark = quoteMark(scalars, at: index) {
          builder.append(index..<(index + 1), .quoteMark(mark), spaceBefore, paragraph)
          index += 1
          spaceBefore = false
          continue
        }
        // Punctuation: runs of dots and of hyphens stay together (`...`, `--`).
        var end = index + 1
        if scalar == "." || scalar == "-" {
          while end < count && scalars[end] == scalar { end += 1 }
        }
        builder.append(index..<end, .punctuation, spaceBefore, paragraph)
        index = end
        spaceBefore = false
      }
      return (builder.tokens, builder.cueVerbs)
    }
  }

  /// The end of the word starting at `start`.
  static func wordEnd(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
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
      } else if scalar == "&" {
        // A company's initials joined by `&`: `AT&T`, `S&P`, `M&S`.
        if Scalars.isUppercase(previous) && Scalars.isUppercase(next) {
          end += 1
          continue
        }
      } else if scalar == "." || scalar == "," {
        // Numbers (`3.5`, `1,000`) and initialisms (`U.S.`, `a.m.`).
        if Scalars.isDigit(previous) && Scalars.isDigit(next) {
          end += 1
          continue
        }
        // NB: also two capitals without the closing dot (`L.P,`, `U.K said`).
        if scalar == "." && Scalars.isWordScalar(next) && !Scalars.isDigit(next)
          && (end - start == 1 || scalars[end - 2] == ".")
          && (end + 2 >= count || scalars[end + 2] == "."
            || (end - start == 1 && Scalars.isUppercase(previous) && Scalars.isUppercase(next)
              && !Scalars.isWordScalar(scalars[end + 2])))
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

  @inline(__always)
  static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "\u{2019}"
  }

  @inline(__always)
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    Scalars.isSpace(scalar) || scalar == "\n"
  }

  /// Whether `scalar` may stand before an opening quotation mark: an opening bracket or a dash
  /// (`([{—–-/`).
  @inline(__always)
  private static func isOpeningPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "(", "[", "{", "\u{2014}", "\u{2013}", "-", "/": return true
    default: return false
    }
  }

  /// A double quotation mark written with two scalars at `index`: two apostrophes (`''`, the
  /// double mark of archive and older wire text: `''We're ready,'' he said.`), which open or
  /// close as `"` does where they stand, or two grave accents (`` ` ` ``), which open.
  static func doubledMark(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at index: Int)
    -> QuoteMark?
  {
    let scalar = scalars[index]
    guard scalar == "'" || scalar == "`", index + 1 < scalars.count,
      scalars[index + 1] == scalar
    else { return nil }
    if scalar == "`" {
      return QuoteMark(family: .double, canOpen: true, canClose: false, glyph: "\u{201C}")
    }
    let place = Flanks(scalars, from: index, to: index + 2)
    // NB: inside a word they are an apostrophe written twice (`the company''s`).
    if let before = place.before, let after = place.after, Scalars.isWordScalar(before),
      Scalars.isWordScalar(after)
    {
      return nil
    }
    return QuoteMark(
      family: .double, canOpen: place.isLeftFlanking, canClose: !place.isLeftFlanking,
      glyph: "\"")
  }

  /// What stands on either side of a quotation mark's scalars `start..<end`, and so what the
  /// mark may do there.
  private struct Flanks {
    let before: Unicode.Scalar?
    let after: Unicode.Scalar?
    /// Nothing, a space, an opening bracket or a dash before: where an opening mark stands.
    let spaceOrOpenBefore: Bool
    /// Nothing or a space after: where a closing mark stands.
    let spaceAfter: Bool
    /// Open before and not after: the place of an opening mark.
    var isLeftFlanking: Bool { spaceOrOpenBefore && !spaceAfter }

    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int) {
      before = start > 0 ? scalars[start - 1] : nil
      after = end < scalars.count ? scalars[end] : nil
      spaceOrOpenBefore = before.map { isSpace($0) || isOpeningPunctuation($0) } ?? true
      spaceAfter = after.map { isSpace($0) } ?? true
    }
  }

  /// The quotation mark at `index`, with what its place allows, or `nil` when the scalar is
  /// no quotation mark there (an apostrophe inside or at the end of a word).
  static func quoteMark(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at index: Int)
    -> QuoteMark?
  {
    let scalar = scalars[index]
    switch scalar {
    case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{AB}", "\u{2039}", "\u{BB}",
      "\u{203A}", "\u{300C}", "\u{300E}", "\u{300D}", "\u{300F}", "\u{2018}", "\u{201A}", "'",
      "\u{2019}":
      break
    default:
      return nil
    }
    // Left-flanking: nothing, space, an opening bracket or a dash before, and a non-space after:
    // the place of an opening mark. Right-flanking: the other way round.
    let place = Flanks(scalars, from: index, to: index + 1)
    let before = place.before
    let spaceOrOpenBefore = place.spaceOrOpenBefore
    let spaceAfter = place.spaceAfter
    let leftFlanking = place.isLeftFlanking
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
