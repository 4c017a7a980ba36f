extension String {
  /// The substring between two Unicode-scalar offsets (what Python's `text[start:end]` gives).
  public func scalarSlice(_ start: Int, _ end: Int) -> String {
    let scalars = Array(unicodeScalars)
    let lower = max(0, min(start, scalars.count))
    let upper = max(lower, min(end, scalars.count))
    return String(String.UnicodeScalarView(scalars[lower..<upper]))
  }
}
