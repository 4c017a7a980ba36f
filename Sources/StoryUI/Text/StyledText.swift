/// Text in runs of semantic roles, one line or one paragraph of it: what screens lay out and
/// ``ScreenGrid`` draws.
///
/// ```swift
/// var line = StyledText("Lavrov said ", role: .normal)
/// line.append("“talks were useful”", role: .quote)
/// line.columns  // 31
/// ```
public struct StyledText: Hashable, Sendable, ExpressibleByStringLiteral {
  /// A run of text in one role.
  public struct Run: Hashable, Sendable {
    /// The text; sanitized when drawn.
    public var text: String
    /// How the text is shown.
    public var role: Role

    /// Creates a run.
    public init(_ text: String, role: Role) {
      self.text = text
      self.role = role
    }
  }

  /// The runs, left to right; neighbours may share a role.
  public var runs: [Run]

  /// Creates text from runs.
  public init(_ runs: [Run] = []) {
    self.runs = runs
  }

  /// Creates text in one role.
  public init(_ text: String, role: Role = .normal) {
    self.runs = text.isEmpty ? [] : [Run(text, role: role)]
  }

  /// Creates `normal` text.
  public init(stringLiteral value: String) {
    self.init(value)
  }

  /// Appends `text` in `role`, joining it to the last run when that has the same role.
  public mutating func append(_ text: String, role: Role) {
    guard !text.isEmpty else { return }
    if let last = runs.indices.last, runs[last].role == role {
      runs[last].text += text
    } else {
      runs.append(Run(text, role: role))
    }
  }

  /// Appends every run of `other`.
  public mutating func append(_ other: StyledText) {
    for run in other.runs { append(run.text, role: run.role) }
  }

  /// The text without roles.
  public var plain: String { runs.map(\.text).joined() }

  /// The width in terminal columns, once sanitized.
  public var columns: Int {
    runs.reduce(0) { $0 + TerminalText.columns(of: TerminalText.sanitized($1.text)) }
  }

  /// Whether there is no text.
  public var isEmpty: Bool { runs.allSatisfy(\.text.isEmpty) }
}
