/// The reader's whole state: a stack of screens, the keymap, the window size, a count being
/// typed and the status message; turns keys into frames without touching a terminal.
///
/// A run loop (the ncursesw backend, or a test) feeds it keys and draws what ``render()``
/// returns:
///
/// ```swift
/// var app = ReaderApp(data: data, size: GridSize(rows: 24, columns: 80))
/// for key in Key.script("j Enter") ?? [] {
///   if app.handle(key) == .quit { break }
/// }
/// print(app.render().plainText)
/// ```
///
/// Every frame has a title bar, the top screen's body, a status line (the corpus and its counts,
/// or a message; the position on the right) and a hint bar generated from the keymap. Below
/// ``minimumSize`` it shows only a message asking for a larger window; keys still work, and
/// growing the window again shows the same place.
public struct ReaderApp: Sendable {
  /// The smallest window the reader lays out: 40 columns, 10 lines.
  public static let minimumSize = GridSize(rows: 10, columns: 40)
  /// The lines the frame takes around a screen's body: title bar, status line, hint bar.
  static let frameRows = 3

  /// The screens, home first; the last one is shown.
  public internal(set) var screens: [any Screen]
  /// The key bindings.
  public let keymap: Keymap
  /// Where screens read and write.
  public let data: any ReaderData
  /// The window size.
  public private(set) var size: GridSize
  /// The count typed so far for the next action (`5` of `5j`).
  public internal(set) var pendingCount: Int?
  /// The message on the status line, until the next key.
  public internal(set) var message: StatusMessage?
  /// The corpus's name and counts, read once.
  let overview: CorpusOverview?
  /// What in the configuration file could not be used; listed on the Problems screen.
  public private(set) var configurationProblems: [ConfigurationProblem] = []

  /// Opens the reader on the story list.
  ///
  /// - Parameters:
  ///   - data: Where screens read.
  ///   - size: The window size.
  ///   - keymap: The key bindings (defaults, or with a user's overrides applied).
  public init(data: any ReaderData, size: GridSize, keymap: Keymap = .default) {
    self.init(data: data, size: size, keymap: keymap, home: StoriesScreen(data: data))
  }

  /// Opens the reader on the story list as a user's configuration asks: its keys, its first
  /// order; what in the file could not be used is said on the first frame's status line and
  /// listed on the Problems screen (`p`), and counted on the status line.
  ///
  /// - Parameters:
  ///   - data: Where screens read.
  ///   - size: The window size.
  ///   - configuration: The user's configuration (``ReaderConfiguration/default`` without a
  ///     file).
  public init(data: any ReaderData, size: GridSize, configuration: ReaderConfiguration) {
    self.init(
      data: data, size: size, keymap: configuration.keymap,
      home: StoriesScreen(data: data, order: configuration.order))
    configurationProblems = configuration.problems
    if message == nil, let first = configuration.problems.first {
      message = StatusMessage(
        Self.summary(of: configuration.problems, first: first, keymap: keymap), isError: true)
    }
  }

  /// The first frame's message about the configuration's problems: the one problem, or how
  /// many there are and the key that lists them.
  private static func summary(
    of problems: [ConfigurationProblem], first: ConfigurationProblem, keymap: Keymap
  ) -> String {
    let file = first.path.split(separator: "/").last.map(String.init) ?? first.path
    if problems.count == 1 {
      return file + (first.line.map { ":\($0)" } ?? "") + ": " + first.message
    }
    let lists = keymap.keys(for: .problems).first.map { "; \($0) lists them" } ?? ""
    return "\(file): \(problems.count) problems, defaults used" + lists
  }

  /// Opens the reader on `home`.
  public init(data: any ReaderData, size: GridSize, keymap: Keymap = .default, home: any Screen) {
    self.data = data
    self.size = size
    self.keymap = keymap
    self.screens = [home]
    var message: StatusMessage?
    do {
      overview = try data.overview()
    } catch {
      overview = nil
      message = StatusMessage("cannot read the library: \(error)", isError: true)
    }
    self.message = message
    layoutTop()
  }

  /// The size of a screen's body in the current window.
  public var bodySize: GridSize {
    GridSize(rows: size.rows - Self.frameRows, columns: size.columns)
  }

  /// Whether the window is below ``minimumSize``.
  public var isTooSmall: Bool {
    size.rows < Self.minimumSize.rows || size.columns < Self.minimumSize.columns
  }

  /// The screen shown.
  public var top: any Screen {
    // NB: the stack is never empty: popping the home screen quits instead.
    screens[screens.count - 1]
  }

  /// Fits every screen to a new window size, keeping selections and reading positions.
  public mutating func resize(to size: GridSize) {
    self.size = size
    layoutTop()
  }

  /// Handles one key: a digit adds to the count, a bound key runs its action on the top screen
  /// (or, when the screen does not handle it, help, back and quit here).
  ///
  /// - Returns: Whether to draw a new frame, or quit.
  public mutating func handle(_ key: Key) -> AppOutcome {
    if key == .resize { return .redraw }
    if case .mouse(let event) = key { return handle(event) }
    let hadMessage = message != nil
    message = nil
    if top.acceptsText {
      let result = screens[screens.count - 1].handleText(key, data: data)
      if case .notHandled = result {
        // NB: not text (an arrow, Ctrl-d): the keymap has it, without a count.
      } else {
        pendingCount = nil
        let outcome = apply(result)
        return outcome == .unchanged && hadMessage ? .redraw : outcome
      }
    }
    if case .character(let character) = key, keymap.action(for: key) == nil,
      let digit = character.wholeNumberValue, character.isASCII,
      digit > 0 || pendingCount != nil
    {
      pendingCount = min(9999, (pendingCount ?? 0) * 10 + digit)
      return .redraw
    }
    let hadCount = pendingCount != nil
    guard let action = keymap.action(for: key) else {
      pendingCount = nil
      message = StatusMessage("\(key) does nothing here; ? lists the keys")
      return .redraw
    }
    let command = Command(action, count: pendingCount)
    pendingCount = nil
    var result = screens[screens.count - 1].handle(command, data: data)
    if case .notHandled = result { result = fallback(for: command, key: key) }
    let outcome = apply(result)
    if outcome == .unchanged, hadMessage || hadCount { return .redraw }
    return outcome
  }

  /// What the app does with an action the screen left alone.
  private mutating func fallback(for command: Command, key: Key) -> EventResult {
    switch command.action {
    case .help:
      if top is HelpScreen { return .pop }
      return .push(HelpScreen(for: top, keymap: keymap))
    case .back: return top.isHome ? .quit : .pop
    case .speakers: return .push(SpeakersScreen(data: data))
    case .search: return .push(SearchScreen(data: data))
    case .problems:
      if top is ProblemsScreen { return .handled }
      return .push(ProblemsScreen(data: data, configurationProblems: configurationProblems))
    case .quit: return .quit
    default:
      message = StatusMessage("\(key) (\(command.action.hint)) does nothing here")
      return .redraw
    }
  }

  /// Carries out a screen's result on the stack.
  mutating func apply(_ result: EventResult) -> AppOutcome {
    switch result {
    case .notHandled, .handled: return .unchanged
    case .redraw:
      layoutTop()
      return .redraw
    case .push(let screen):
      screens.append(screen)
      layoutTop()
      return .redraw
    case .pop:
      guard screens.count > 1 else { return .quit }
      screens.removeLast()
      screens[screens.count - 1].uncovered()
      layoutTop()
      return .redraw
    case .quit: return .quit
    case .request(let request): return .perform(request)
    case .message(let message):
      self.message = message
      return .redraw
    }
  }

  /// Says on the status line how a request the run loop carried out went: what was done, or
  /// why it could not be.
  ///
  /// - Parameters:
  ///   - request: The request of the last ``AppOutcome/perform(_:)``.
  ///   - failure: Why the backend could not carry it out, or `nil` when it did.
  public mutating func finish(_ request: TerminalRequest, failure: TerminalRequestError?) {
    if let failure {
      message = StatusMessage("\(failure)", isError: true)
    } else {
      message = StatusMessage(request.doneMessage)
    }
  }

  /// Lays the top screen out for the current body size.
  mutating func layoutTop() {
    let body = bodySize
    screens[screens.count - 1].layout(size: body, data: data)
  }
}
