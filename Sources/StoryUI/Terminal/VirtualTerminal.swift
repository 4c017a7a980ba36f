/// A terminal in memory: scripted keys in, every frame kept, for tests and benchmarks.
///
/// Keys are queued (``type(_:)``, ``resize(to:)``); ``read(timeout:)`` hands them out in order
/// and reports the input closed when none are left, so ``ReaderApp/run(on:)`` returns.
///
/// ```swift
/// let terminal = VirtualTerminal(size: GridSize(rows: 24, columns: 80))
/// terminal.type("j Enter")
/// terminal.resize(to: GridSize(rows: 10, columns: 40))
/// terminal.type("q q q")
/// var app = ReaderApp(data: data, size: terminal.size)
/// app.run(on: terminal)  // .quit
/// terminal.frames.count  // frames drawn, one per change
/// ```
@MainActor
public final class VirtualTerminal: TerminalBackend {
  /// The window's size; ``resize(to:)`` changes it when the resize is read.
  public private(set) var size: GridSize
  /// Every frame drawn, oldest first.
  public private(set) var frames: [ScreenGrid] = []
  /// How many times input was read.
  public private(set) var reads = 0
  /// The browser `o` starts (`$BROWSER` of a real terminal); `nil`: none is set.
  public var browser: BrowserCommand?
  /// The commands started for ``TerminalRequest/openURL(_:)``, oldest first: program, then
  /// arguments.
  public private(set) var launched: [[String]] = []
  /// The texts put on the clipboard, oldest first.
  public private(set) var clipboard: [String] = []
  /// The escape sequences written for them (OSC 52), as a real terminal would receive them.
  public private(set) var written: [String] = []
  private var queue: [Event] = []

  private enum Event {
    case key(Key)
    case resize(GridSize)
    case close(signal: Int32?)
  }

  /// Creates a terminal of `size` with `script` queued (key names as ``Key/script(_:)`` reads
  /// them; an unknown name queues nothing).
  public init(size: GridSize, script: String = "") {
    self.size = size
    type(script)
  }

  /// Queues keys named as ``Key/script(_:)`` reads them (`"j j Enter"`).
  ///
  /// - Returns: Whether every name was a key; nothing is queued otherwise.
  @discardableResult
  public func type(_ script: String) -> Bool {
    guard let keys = Key.script(script) else { return false }
    queue += keys.map(Event.key)
    return true
  }

  /// Queues keys as they are, such as characters of a search (`.character(" ")`).
  public func type(keys: [Key]) {
    queue += keys.map(Event.key)
  }

  /// Queues a change of window size, read as ``Key/resize``.
  public func resize(to size: GridSize) {
    queue.append(.resize(size))
  }

  /// Queues the end of input, as a signal (`SIGTERM` is 15) or a closed terminal would.
  public func close(signal: Int32? = nil) {
    queue.append(.close(signal: signal))
  }

  /// The last frame drawn.
  public var lastFrame: ScreenGrid? { frames.last }

  public func draw(_ grid: ScreenGrid) {
    frames.append(grid)
  }

  public func perform(_ request: TerminalRequest) throws(TerminalRequestError) {
    switch request {
    case .openURL(let url):
      guard let browser else { throw .noBrowser }
      launched.append(browser.arguments(for: url))
    case .copy(let text):
      clipboard.append(text)
      written.append(ClipboardSequence.osc52(text))
    }
  }

  public func read(timeout milliseconds: Int?) -> TerminalInput {
    reads += 1
    guard !queue.isEmpty else { return milliseconds == nil ? .closed(signal: nil) : .timedOut }
    switch queue.removeFirst() {
    case .key(let key): return .key(key)
    case .resize(let size):
      self.size = size
      return .key(.resize)
    case .close(let signal): return .closed(signal: signal)
    }
  }
}
