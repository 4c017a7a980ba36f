import Foundation

/// The real `storyline` binary in a detached tmux session, driven by keys and read back as
/// plain text (`send-keys`, `capture-pane`): the end-to-end reader tests' terminal.
///
/// Each session runs on a tmux server of its own (`-L`), so the tests never touch a user's
/// tmux. The command runs inside `sh` (which survives a Ctrl-C sent to the reader), which records the terminal settings (`stty -g`) before
/// and after it and prints `tty=same` or `tty=changed` and `exit=N` when it ends.
final class TmuxSession {
  /// The tmux executable, when one is installed.
  static let executable: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = String(folder) + "/tmux"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }()

  /// Whether tmux is installed.
  static var isAvailable: Bool { executable != nil }

  let socket: String
  let name = "reader"

  /// Starts `arguments` (the binary first) in a `columns`×`rows` window with `environment` set.
  init(
    _ arguments: [String], columns: Int, rows: Int, environment: [String: String] = [:]
  ) throws {
    socket = "storyline-tests-\(getpid())-\(UUID().uuidString.prefix(8))"
    let assignments = environment.sorted { $0.key < $1.key }.map {
      "\($0.key)=\(Self.quoted($0.value))"
    }
    let command = (["env"] + assignments + arguments.map(Self.quoted)).joined(separator: " ")
    let script =
      "trap true INT; before=$(stty -g); \(command); status=$?; after=$(stty -g); "
      + "if [ \"$before\" = \"$after\" ]; then echo tty=same; else echo tty=changed; fi; "
      + "echo exit=$status; sleep 600"
    try tmux(["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", script])
  }

  deinit {
    _ = try? tmux(["kill-server"])
  }

  /// Sends keys as tmux names them (`Enter`, `Escape`, `j`, `C-d`).
  func send(_ keys: String...) throws {
    try tmux(["send-keys", "-t", name] + keys)
  }

  /// Types `text` literally, one key per character.
  func type(_ text: String) throws {
    for character in text { try tmux(["send-keys", "-t", name, "-l", String(character)]) }
  }

  /// Changes the window's size.
  func resize(columns: Int, rows: Int) throws {
    try tmux(["resize-window", "-t", name, "-x", "\(columns)", "-y", "\(rows)"])
  }

  /// The window as plain text (`escapes`: with its colours and attributes as SGR sequences).
  func capture(escapes: Bool = false) throws -> String {
    try tmux(["capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : []), reading: true)
  }

  /// Reads the window until `condition` holds, for at most `seconds`; returns the last capture.
  ///
  /// NB: this waits for the reader to get there (a first analysis takes seconds on a debug
  /// build); no test measures how long it took.
  @discardableResult
  func waitFor(
    seconds: Double = 60, escapes: Bool = false, _ condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(seconds)
    var screen = try capture(escapes: escapes)
    while !condition(screen), Date() < deadline {
      Thread.sleep(forTimeInterval: 0.05)
      screen = try capture(escapes: escapes)
    }
    return screen
  }

  /// Waits until the window shows `text`; returns the last capture.
  @discardableResult
  func waitFor(_ text: String, seconds: Double = 60) throws -> String {
    try waitFor(seconds: seconds) { $0.contains(text) }
  }

  /// Runs a tmux command; returns what it printed when `reading`.
  ///
  /// NB: spawned directly rather than with `Process`: the first command starts the tmux
  /// server, which keeps the descriptors it inherits (only commands whose output is read get a
  /// pipe) and must not inherit the test thread's blocked signals, which its panes would too.
  @discardableResult
  private func tmux(_ arguments: [String], reading: Bool = false) throws -> String {
    let argv = [Self.executable ?? "/usr/bin/tmux", "-L", socket, "-f", "/dev/null"] + arguments
    var pipe: [Int32] = [-1, -1]
    if reading { guard Glibc.pipe(&pipe) == 0 else { throw SpawnError(arguments: arguments) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if reading {
      posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
      posix_spawn_file_actions_addclose(&actions, pipe[0])
      posix_spawn_file_actions_addclose(&actions, pipe[1])
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var cArguments = argv.map { strdup($0) } + [nil]
    defer { for argument in cArguments { free(argument) } }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, argv[0], &actions, &attributes, &cArguments, environ)
    guard status == 0 else { throw SpawnError(arguments: arguments) }
    var output = Data()
    if reading {
      close(pipe[1])
      var buffer = [UInt8](repeating: 0, count: 65536)
      while true {
        let count = read(pipe[0], &buffer, buffer.count)
        if count <= 0 { break }
        output.append(contentsOf: buffer[0..<count])
      }
      close(pipe[0])
    }
    var exitStatus: Int32 = 0
    while waitpid(pid, &exitStatus, 0) == -1, errno == EINTR {}
    return String(decoding: output, as: UTF8.self)
  }

  struct SpawnError: Error {
    var arguments: [String]
  }

  private static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
