extension RawArticle {
  /// A hash of everything the input gave for this article (id, text and every field): read
  /// again with the same hash, it is the same article and needs no new analysis.
  var contentHash: UInt64 {
    var hash = FNV1a()
    for field in [id.rawValue, text, title, date, source, url, author, inputRoot] {
      for scalar in (field ?? "\u{1}").unicodeScalars { hash.combine(scalar) }
      hash.combine(byte: 0)
    }
    return hash.value
  }
}
