/// One screen of the reader (Stories, Story, Article, Help…): state, drawing and key handling,
/// with no terminal in sight.
///
/// The app keeps a stack of screens and draws the frame around the top one: a title bar, the
/// screen's body, a status line and a hint bar. A screen:
/// - reads data only through ``ReaderData``, in ``layout(size:data:)`` and
///   ``handle(_:data:)``, never while drawing;
/// - draws its body with ``draw(into:)``, a pure function of its state (so the same state always
///   gives the same grid, and tests compare grids as text);
/// - handles ``Command``s (actions the keymap found for keys) and returns what happened.
///
/// ```swift
/// var screen: any Screen = StoriesScreen(data: data)
/// screen.layout(size: GridSize(rows: 21, columns: 80), data: data)
/// var body = ScreenGrid(size: GridSize(rows: 21, columns: 80))
/// screen.draw(into: &body)
/// ```
public protocol Screen: Sendable {
  /// The title bar's text: where the user is.
  var title: String { get }
  /// Where the user is within the screen, for the status line's right end (`3/12`), if any.
  var position: String? { get }
  /// The actions this screen handles, in the order its help lists them.
  var actions: [Action] { get }
  /// The actions the hint bar shows, most useful first.
  var hintActions: [Action] { get }
  /// Whether this is the home screen, where `back` quits.
  var isHome: Bool { get }
  /// A message for the status line while this screen is shown (a search's hit count, or why
  /// its query cannot be read), if any; a key's message from the app takes precedence.
  var status: StatusMessage? { get }
  /// Whether keys go to ``handleText(_:data:)`` first, as typing into a prompt: digits, letters
  /// and `Enter` are text there, not counts and actions.
  var acceptsText: Bool { get }
  /// The hint bar while ``acceptsText`` (the prompt's own keys, which are not actions), if any.
  var textHints: String? { get }
  /// What actions do on this screen where it differs from ``Action/help`` and ``Action/hint``
  /// (`/` filters the Speakers screen instead of searching), for help and the hint bar.
  var actionMeanings: [Action: ActionMeaning] { get }
  /// Lines help adds after the keys (a prompt's own keys), if any.
  var helpNotes: [String] { get }

  /// Fits the screen to a body of `size` and reads what it will show; called before every draw
  /// after the size changed or an event was handled. Keeps the selection and reading position.
  mutating func layout(size: GridSize, data: any ReaderData)

  /// Draws the body into `grid`, a grid of the size last given to ``layout(size:data:)``.
  func draw(into grid: inout ScreenGrid)

  /// Carries out `command`, reading or writing through `data` when it must.
  mutating func handle(_ command: Command, data: any ReaderData) -> EventResult

  /// Selects the line drawn on `row` of the body (a click there), when it is one that can be
  /// selected.
  ///
  /// - Returns: Whether a line was selected; `false` (the default) where the screen has no
  ///   selection, or the row holds nothing to select.
  mutating func selectLine(atBodyRow row: Int) -> Bool

  /// Called when the screens opened above this one are closed and it shows again: what was
  /// done there (articles read, stories marked) may change what this one shows, so a screen
  /// that shows reading state reads it again at its next layout.
  mutating func uncovered()

  /// Handles a key typed while ``acceptsText``, before counts and the keymap see it.
  ///
  /// - Returns: ``EventResult/notHandled`` to let the keymap have the key (arrows, `Ctrl-d`).
  mutating func handleText(_ key: Key, data: any ReaderData) -> EventResult
}

extension Screen {
  public var position: String? { nil }
  public var isHome: Bool { false }
  public var status: StatusMessage? { nil }
  public var acceptsText: Bool { false }
  public var textHints: String? { nil }
  public var actionMeanings: [Action: ActionMeaning] { [:] }
  public var helpNotes: [String] { [] }
  public mutating func handleText(_ key: Key, data: any ReaderData) -> EventResult { .notHandled }
  public mutating func selectLine(atBodyRow row: Int) -> Bool { false }
  public mutating func uncovered() {}
  public var hintActions: [Action] { [.moveDown, .open, .back, .help] }
}
