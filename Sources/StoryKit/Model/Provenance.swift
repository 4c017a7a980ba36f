/// Where a piece of article metadata came from, so a user can tell given facts from guesses.
public enum Provenance: String, Hashable, Sendable, Codable {
  /// The input said so (a JSON field, the scraper's `date` header).
  case given
  /// Found in the article text with clear evidence (a headline line, a dateline credit).
  case detected
  /// Made up from the text because nothing better was there (a headline cut from the lead).
  case derived
}
