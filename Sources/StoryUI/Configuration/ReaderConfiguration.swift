import StoryKit

/// What a user's configuration file changes in the reader: key bindings, colours per role,
/// the mouse, the stories' first order; and what in the file could not be used.
///
/// Read with ``init(file:)`` (see `ReaderConfiguration+Loading.swift` for the file format);
/// ``default`` is what the reader uses without a file. A bad entry never stops the reader: it
/// is reported in ``problems`` and its default is kept.
///
/// ```swift
/// let configuration = ReaderConfiguration(file: ConfigurationFile(
///   path: "config.toml", contents: .text("mouse = false\nsort = \"largest\"\n")))
/// configuration.mouse     // false
/// configuration.order     // .size
/// var app = ReaderApp(data: data, size: size, configuration: configuration)
/// ```
public struct ReaderConfiguration: Hashable, Sendable {
  /// The key bindings: the defaults with the file's `[keys]` applied.
  public var keymap: Keymap = .default
  /// The file's styles, by role (`[colors]`); roles not named keep the default look.
  public var styles: [Role: RoleStyle] = [:]
  /// Whether the reader takes mouse input (wheel, click, double-click); `false` leaves the
  /// mouse to the terminal, so selecting text works as usual.
  public var mouse = true
  /// The order the stories open in.
  public var order: StoryOrder = .newest
  /// What in the file could not be used, in file order.
  public var problems: [ConfigurationProblem] = []

  /// The configuration without a file.
  public static let `default` = ReaderConfiguration()

  /// Creates the default configuration.
  public init() {}

  /// The look of every role on a terminal of `depth`, the file's styles in place of the
  /// defaults where the terminal can show them (see ``RoleStyle/table(for:overriding:)``).
  public func styleTable(for depth: RoleStyle.Depth) -> [Role: RoleStyle] {
    RoleStyle.table(for: depth, overriding: styles)
  }
}
