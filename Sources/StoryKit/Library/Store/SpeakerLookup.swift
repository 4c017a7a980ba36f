/// How a speaker is looked up by name: canonical name or alias, any case, with or without a
/// leading `the` (`the Kremlin` = `Kremlin`).
enum SpeakerLookup {
  /// The stored key of a name: lower case, trimmed, without a leading `the `.
  static func key(_ name: String) -> String {
    var key = name.lowercased().trimmingCharacters(in: .whitespaces)
    if key.hasPrefix("the ") { key.removeFirst(4) }
    return key
  }
}
