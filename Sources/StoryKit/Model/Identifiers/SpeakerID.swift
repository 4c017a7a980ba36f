/// The identifier of one speaker across the corpus: `p` and eight hex digits hashed from the
/// speaker's shortest name form, folded (`lavrov` for Sergei Lavrov, who is also `Lavrov`).
///
/// The shortest form is what survives: when a fuller form appears (`Sergei Lavrov` after
/// `Lavrov`), the canonical name changes but the id does not. Two speakers whose shortest forms
/// fold alike take `-2`, `-3`, in order of their canonical names.
public struct SpeakerID: StringIdentifier {
  /// The id as printed and stored.
  public let rawValue: String

  /// Creates an id from its printed form.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// The id of a speaker known by `forms` (canonical name and aliases).
  static func derived(from forms: [String]) -> SpeakerID {
    let folded = forms.map { WordScanner.words(in: $0).map(\.key).joined(separator: " ") }
      .filter { !$0.isEmpty }
    let shortest = folded.min { ($0.count, $0) < ($1.count, $1) } ?? ""
    return .hashed("p", shortest)
  }
}
