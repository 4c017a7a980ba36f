/// Makes `TextToken`s out of scalar ranges for `Tokenizer`, and looks each up in the speech
/// lexicon.
///
/// NB: most words are ASCII. Their lower-case form is hashed while they are scanned and
/// found in the lexicon's `ASCIIWordTable` without making a `String`; a word the lexicon
/// knows reuses the lexicon's string for `lower` (and for `text` when it has no capital).
struct TokenBuilder {
  let scalars: UnsafeBufferPointer<Unicode.Scalar>
  let lexicon: SpeechLexicon
  private let table: ASCIIWordTable
  private let useTable: Bool
  private(set) var tokens: [TextToken] = []
  /// The cue verb of each token (words only).
  private(set) var cueVerbs: [SpeechLexicon.CueVerb?] = []

  init(scalars: UnsafeBufferPointer<Unicode.Scalar>, lexicon: SpeechLexicon) {
    self.scalars = scalars
    self.lexicon = lexicon
    table = lexicon.wordTable
    useTable = lexicon.wordTableIsExact
    tokens.reserveCapacity(scalars.count / 4)
    cueVerbs.reserveCapacity(scalars.count / 4)
  }

  /// Adds the token over `range`.
  mutating func append(
    _ range: Range<Int>, _ kind: TextToken.Kind, _ spaceBefore: Bool, _ paragraph: Int
  ) {
    let slice = scalars[range]
    var isASCII = true
    var hasUppercase = false
    var hash = FNV1a()
    for scalar in slice {
      let value = scalar.value
      if value >= 0x80 {
        isASCII = false
        break
      }
      if value >= 0x41 && value <= 0x5A {
        hasUppercase = true
        hash.combine(byte: UInt8(truncatingIfNeeded: value + 32))
      } else {
        hash.combine(byte: UInt8(truncatingIfNeeded: value))
      }
    }
    let isWord: Bool
    if case .word = kind { isWord = true } else { isWord = false }
    let text: String
    let lower: String
    var flags: WordFlags = []
    var sets: WordSets = []
    var cueVerb: SpeechLexicon.CueVerb?
    if isASCII && useTable {
      if let entry = table.find(hash.value, lowercasing: slice) {
        let entry = Int(entry)
        lower = lexicon.entryWords[entry]
        text = hasUppercase ? Self.asciiString(slice) : lower
        sets = lexicon.entryInfos[entry].sets
        if isWord {
          flags = lexicon.entryInfos[entry].flags
          cueVerb = lexicon.entryInfos[entry].cueVerb
        }
      } else {
        text = Self.asciiString(slice)
        lower = hasUppercase ? Self.asciiString(slice, lowercased: true) : text
      }
    } else {
      text = String(scalars: Array(slice))
      if isASCII {
        lower = hasUppercase ? Self.asciiString(slice, lowercased: true) : text
      } else {
        lower = text.lowercased()
      }
      if let info = lexicon.words[lower] {
        sets = info.sets
        if isWord {
          flags = info.flags
          cueVerb = info.cueVerb
        }
      }
    }
    let first = slice.first.map { Scalars.isUppercase($0) } ?? false
    // `al-Shabaab`, `bin-Salman`: a lower-case particle, a dash, a capital.
    var particleName = false
    if !first, isWord, let dash = slice.firstIndex(of: "-"), dash + 1 < slice.endIndex,
      Scalars.isUppercase(slice[dash + 1])
    {
      particleName = lexicon.nameConnectors.contains(
        String(scalars: Array(slice[slice.startIndex..<dash])))
    }
    let isPossessive =
      slice.count > 2 && (slice.last == "s" || slice.last == "S")
      && Tokenizer.isApostrophe(slice[slice.endIndex - 2])
    tokens.append(
      TextToken(
        range: range, kind: kind, text: text, lower: lower, spaceBefore: spaceBefore,
        spaceAfter: range.upperBound >= scalars.count
          || Tokenizer.isSpace(scalars[range.upperBound]),
        paragraph: paragraph, startsUppercase: first, isParticleName: particleName, flags: flags,
        sets: sets, isPossessive: isPossessive, endsWithDot: isWord && slice.last == "."))
    cueVerbs.append(cueVerb)
  }

  /// A string of ASCII scalars, lower-cased if asked.
  private static func asciiString(
    _ scalars: UnsafeBufferPointer<Unicode.Scalar>.SubSequence, lowercased: Bool = false
  ) -> String {
    String(unsafeUninitializedCapacity: scalars.count) { buffer in
      var index = 0
      for scalar in scalars {
        let byte = UInt8(truncatingIfNeeded: scalar.value)
        buffer[index] = lowercased && byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
        index += 1
      }
      return index
    }
  }
}
