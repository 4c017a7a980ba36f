/// What a word tells of a person's gender, for resolving pronouns.
enum Gender: Hashable, Sendable {
  case male
  case female
  /// A group or several people (`they`).
  case plural
  /// A thing or an organisation (`it`).
  case neuter

  init?(code: Substring) {
    switch code {
    case "m": self = .male
    case "f": self = .female
    case "p": self = .plural
    case "n": self = .neuter
    default: return nil
    }
  }
}
